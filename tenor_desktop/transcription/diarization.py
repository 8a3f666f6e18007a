"""Offline speaker labels: cluster voice embeddings into at most four speakers.

Two policies share one distance:

* ``OnlineSpeakerClustering`` labels each final segment as it is emitted during a live
  session (labels of emitted segments never change): nearest speaker centroid if it is close
  enough, otherwise a new speaker while fewer than ``max_speakers`` exist.
* ``cluster_segments`` labels a whole recording at once (file transcription) with
  average-linkage agglomerative clustering, which sees every segment before deciding.

Labels are "Speaker 1".."Speaker 4" in order of first appearance; naming them therapist or
client is the clinician's job in the UI. Segments too short for an embedding take the label
of the segment before them.
"""

from __future__ import annotations

from typing import Protocol

import numpy as np

from tenor_desktop.transcription.protocol import Pcm
from tenor_desktop.transcription.speaker_features import Embedding, voice_embedding

MAX_SPEAKERS = 4
# Distance above which a voice counts as a new speaker. Measured (bench/asr_bench.py and ad-hoc
# sweeps): two espeak-ng voices of different pitch are 11.5-14 apart and separate perfectly
# from 6 up to 12; one real LibriVox reader cut into 2.5 s turns spreads up to ~8.6 around his
# centroid and is split into 3 labels at 9, 2 at 10, 1 at 12. 10 keeps a margin for two
# voices while rarely splitting one; same-gender voices of similar pitch can merge.
NEW_SPEAKER_DISTANCE = 10.0


def speaker_label(index: int) -> str:
    """Display label of the ``index``-th speaker (0-based)."""
    return f"Speaker {index + 1}"


class SpeakerTracker(Protocol):
    """Gives each final segment a speaker label from its audio."""

    def label(self, pcm: Pcm) -> str:
        """Label for the speech in ``pcm``."""
        ...


class SingleSpeaker:
    """Tracker for when speaker labels are off: everyone is Speaker 1."""

    def label(self, pcm: Pcm) -> str:  # noqa: ARG002 - protocol signature
        """Always ``Speaker 1``."""
        return speaker_label(0)


class OnlineSpeakerClustering:
    """Nearest-centroid online clustering with a new-speaker distance."""

    def __init__(
        self, max_speakers: int = MAX_SPEAKERS, threshold: float = NEW_SPEAKER_DISTANCE
    ) -> None:
        self._max_speakers = max(1, min(max_speakers, MAX_SPEAKERS))
        self._threshold = threshold
        self._sums: list[Embedding] = []
        self._counts: list[int] = []
        self._last = 0

    def label(self, pcm: Pcm) -> str:
        """Assign the segment to a speaker, creating one if the voice is new."""
        embedding = voice_embedding(pcm)
        if embedding is None:
            return speaker_label(self._last)
        if not self._sums:
            index = self._add(embedding)
        else:
            centroids = np.array([s / c for s, c in zip(self._sums, self._counts, strict=True)])
            distances = np.linalg.norm(centroids - embedding, axis=1)
            index = int(np.argmin(distances))
            if distances[index] > self._threshold and len(self._sums) < self._max_speakers:
                index = self._add(embedding)
            else:
                self._sums[index] = self._sums[index] + embedding
                self._counts[index] += 1
        self._last = index
        return speaker_label(index)

    def _add(self, embedding: Embedding) -> int:
        self._sums.append(embedding.copy())
        self._counts.append(1)
        return len(self._sums) - 1


def cluster_segments(
    clips: list[Pcm], max_speakers: int = MAX_SPEAKERS, threshold: float = NEW_SPEAKER_DISTANCE
) -> list[str]:
    """Labels for a whole recording's segments (average-linkage agglomerative clustering)."""
    embeddings = [voice_embedding(clip) for clip in clips]
    known = [i for i, e in enumerate(embeddings) if e is not None]
    clusters: list[list[int]] = [[i] for i in known]
    vectors = {i: e for i, e in enumerate(embeddings) if e is not None}

    def linkage(a: list[int], b: list[int]) -> float:
        return float(np.mean([np.linalg.norm(vectors[x] - vectors[y]) for x in a for y in b]))

    while len(clusters) > 1:
        pairs = [
            (linkage(clusters[i], clusters[j]), i, j)
            for i in range(len(clusters))
            for j in range(i + 1, len(clusters))
        ]
        distance, i, j = min(pairs)
        if distance > threshold and len(clusters) <= max_speakers:
            break
        clusters[i] = clusters[i] + clusters[j]
        del clusters[j]
    owner: dict[int, int] = {}
    for cluster_id, members in enumerate(clusters):
        for member in members:
            owner[member] = cluster_id
    # Number speakers by first appearance so "Speaker 1" is whoever spoke first.
    order: dict[int, int] = {}
    labels: list[str] = []
    previous = 0
    for index in range(len(clips)):
        if index in owner:
            previous = order.setdefault(owner[index], len(order))
        labels.append(speaker_label(previous))
    return labels
