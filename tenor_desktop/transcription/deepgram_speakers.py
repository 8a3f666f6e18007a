"""Stable speaker labels across Deepgram streams.

Deepgram numbers speakers per websocket stream, from 0 in order of appearance. After a
reconnect the new stream starts counting again, so without care the client could become
"Speaker 1" half-way through a session. This module keeps labels stable: during the first
stream Deepgram's numbering is used as is, and every final speaker turn also enrols a small
voice embedding (numpy MFCC + pitch, ``speaker_features``) under its label. In a later stream,
the first turn of each new Deepgram speaker is matched to the nearest enrolled voice; a voice
far from all of them gets the next free label.

Privacy: embeddings are summary statistics kept in RAM for the session only; the audio
copies made to compute them are zeroed at once.
"""

from __future__ import annotations

import numpy as np

from tenor_desktop.transcription.diarization import MAX_SPEAKERS, NEW_SPEAKER_DISTANCE
from tenor_desktop.transcription.protocol import Pcm
from tenor_desktop.transcription.speaker_features import Embedding, voice_embedding


def _label(index: int) -> str:
    return f"Speaker {index + 1}"


class SpeakerContinuity:
    """Maps each stream's Deepgram speaker labels onto labels stable for the whole session."""

    def __init__(
        self, max_speakers: int = MAX_SPEAKERS, threshold: float = NEW_SPEAKER_DISTANCE
    ) -> None:
        self._max_speakers = max_speakers
        self._threshold = threshold
        self._sums: dict[str, Embedding] = {}
        self._counts: dict[str, int] = {}
        self._stream_map: dict[str, str] = {}
        self._streams = 0
        self._last = _label(0)

    def new_stream(self) -> None:
        """A new websocket stream begins: its speaker numbering starts over."""
        self._streams += 1
        self._stream_map = {}

    def current_label(self, stream_label: str) -> str:
        """Best label for a partial (interim) turn, without learning anything from it."""
        if stream_label in self._stream_map:
            return self._stream_map[stream_label]
        return stream_label if self._streams <= 1 else self._last

    def session_label(self, stream_label: str, pcm: Pcm) -> str:
        """The session label for a final turn Deepgram attributed to ``stream_label``.

        Args:
            stream_label: Deepgram's label within the current stream ("Speaker N").
            pcm: the turn's audio; read for an embedding, never kept.
        """
        embedding = voice_embedding(pcm)
        label = self._stream_map.get(stream_label)
        if label is None and self._streams <= 1:
            label = stream_label  # the first stream defines the session's numbering
        if label is None:
            if embedding is None:
                return self._last  # too short to tell; do not commit a mapping on it
            label = self._match(embedding)
        self._stream_map[stream_label] = label
        if embedding is not None:
            self._enrol(label, embedding)
        self._last = label
        return label

    def _match(self, embedding: Embedding) -> str:
        taken = set(self._stream_map.values())
        candidates = [label for label in self._sums if label not in taken]
        if candidates:
            distances = [
                float(np.linalg.norm(self._sums[label] / self._counts[label] - embedding))
                for label in candidates
            ]
            best = int(np.argmin(distances))
            if distances[best] <= self._threshold or len(self._sums) >= self._max_speakers:
                return candidates[best]
        used = set(self._sums) | taken
        index = 0
        while _label(index) in used:
            index += 1
        return _label(index)

    def _enrol(self, label: str, embedding: Embedding) -> None:
        if label in self._sums:
            self._sums[label] = self._sums[label] + embedding
            self._counts[label] += 1
        else:
            self._sums[label] = embedding.copy()
            self._counts[label] = 1
