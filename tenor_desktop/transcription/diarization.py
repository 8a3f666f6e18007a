"""Offline speaker labels: cluster voice embeddings into one to four speakers.

Embeddings come from a ``VoiceSpace`` (``speaker_features``): the trained voice encoder by
default, the MFCC statistics when that model is missing. Two policies share it:

* ``OnlineSpeakerClustering`` labels each final segment as it is emitted during a live
  session (labels of emitted segments never change): nearest speaker centroid, or a new
  speaker when a long enough segment is well separated from every known voice.
* ``cluster_segments`` labels a whole recording at once (file transcription): agglomerative
  clustering of the long segments that merges the least separated groups first and stops
  when every pair is separated enough; then the short segments join the nearest speaker
  (``speaker_clustering``). ``OnlineSpeakerClustering.final_labels`` runs the same clustering
  over a live session's stored embeddings when it ends, keeping live numbers where it can.

The split guard is the separation measure (``VoiceSpace``): the distance between two groups
minus their own scatter. One real voice cut into 1.5 s turns scatters widely (mean pairwise
cosine distance 0.27), so its groups are never "separated"; two steady voices 0.22 apart whose
segments scatter by 0.08 are. Short segments are noisy, so they never found a speaker, count
little in a centroid, and keep the previous segment's speaker when it is almost as close as
the nearest one (smoothing against label flicker on "mm-hm" and "yes").

Labels are "Speaker 1".."Speaker 4" in order of first appearance; naming them therapist or
client is the clinician's job in the UI.

Calibration of the encoder thresholds (``speaker_features.ENCODER_*``; cosine distances
between utterance embeddings, 15 sentences per espeak-ng voice, Debian's LibriVox reader cut
into 1.5 s and 2.5 s turns, the CMU "cards" and "goforward" recordings as other real voices):
within one voice 0.07-0.08 (espeak) and 0.19-0.27 (real); between voices 0.22 (espeak f4/f2),
0.25 (m3/m7), 0.38-0.45 (real/real), 0.42-0.56 (espeak/real). Whole-recording merging at a
separation of 0.12 (prior scatter 0.15) is right on every set above, from 0.12 to 0.14 (0.10
splits a real voice). Live labelling opens a speaker at a separation of 0.15: right on two
voices and never splits the real reader, but can merge same-sex espeak pairs when the second
voice speaks before the first has two long segments (four voices: two or three labels, which
``final_labels`` corrects).
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.protocol import SAMPLE_RATE, Pcm
from tenor_desktop.transcription.speaker_clustering import (
    cluster_indices,
    keep_known_numbers,
    segment_weight,
    smoothed_choice,
)
from tenor_desktop.transcription.speaker_features import (
    MFCC_SPACE,
    VoiceSpace,
    default_voice_space,
)

MAX_SPEAKERS = 4
# The MFCC fallback's new-speaker distance, still used by Deepgram's speaker continuity.
NEW_SPEAKER_DISTANCE = MFCC_SPACE.new_speaker_separation

Vectors = npt.NDArray[np.float64]


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


class _Speaker:
    """One live speaker: centroid sums, and the long segments that define its scatter.

    Only long ("strong") segments enter the scatter and the separation test: a short segment
    that founded or joined a speaker would otherwise inflate the scatter, and an inflated
    scatter lets every later voice join (one label for the whole session).
    """

    def __init__(self, embedding: Vectors, weight: float, strong: bool) -> None:
        self.total = weight * embedding
        self.weight = weight
        self.strong: list[Vectors] = [embedding] if strong else []
        self.fallback = embedding  # compared with while no long segment is known
        self.within_sum = 0.0

    def centroid(self) -> Vectors:
        return self.total / self.weight

    def separation(self, embedding: Vectors, space: VoiceSpace) -> tuple[float, Vectors]:
        """How far ``embedding`` is from this voice, and its distance to each long member."""
        members = np.array(self.strong) if self.strong else self.fallback[None, :]
        to_members = space.distances(embedding[None, :], members)[0]
        if space.scatter_weight == 0.0:  # plain distance to the centroid
            centroid = self.centroid()[None, :]
            return float(space.distances(embedding[None, :], centroid)[0, 0]), to_members
        pairs = len(self.strong) * (len(self.strong) - 1) / 2
        scatter = self.within_sum / pairs if pairs else space.prior_scatter
        return float(to_members.mean()) - space.scatter_weight * scatter, to_members

    def add(self, embedding: Vectors, weight: float, strong: bool, to_members: Vectors) -> None:
        self.total = self.total + weight * embedding
        self.weight += weight
        if strong:
            if self.strong:
                self.within_sum += float(to_members.sum())
            else:
                self.fallback = embedding
            self.strong.append(embedding)


class OnlineSpeakerClustering:
    """Live labels: nearest speaker centroid, or a new speaker for a clearly new voice."""

    def __init__(self, max_speakers: int = MAX_SPEAKERS, space: VoiceSpace | None = None) -> None:
        self._max_speakers = max(1, min(max_speakers, MAX_SPEAKERS))
        self._space = space  # resolved at the first segment: loading the model waits till then
        self._speakers: list[_Speaker] = []
        self._last = 0
        # Per labelled segment: embedding (None if unusable), length, live index. Summary
        # vectors only, in RAM for the session, so the end-of-session relabelling needs no audio.
        self._history: list[tuple[Vectors | None, int, int]] = []

    def label(self, pcm: Pcm) -> str:
        """Assign the segment to a speaker, creating one if the voice is new."""
        if self._space is None:
            self._space = default_voice_space()
        embedding = self._space.embed(pcm)
        index = self._assign(embedding, len(pcm), self._space)
        self._history.append((embedding, len(pcm), index))
        return speaker_label(index)

    def final_labels(self) -> list[str]:
        """Labels of every segment so far, re-decided with the whole session in view.

        Live labels are decided segment by segment and cannot be revised; at the end of a
        session the whole-recording clustering sees every segment (better with three or four
        voices). Speakers keep their live numbers where they overlap.
        """
        if self._space is None or not self._history:
            return [speaker_label(i) for _, _, i in self._history]
        embeddings = [e for e, _, _ in self._history]
        lengths = [n for _, n, _ in self._history]
        final = cluster_indices(embeddings, lengths, self._space, self._max_speakers)
        live = [i for _, _, i in self._history]
        return [speaker_label(i) for i in keep_known_numbers(final, live, lengths)]

    def _assign(self, embedding: Vectors | None, samples: int, space: VoiceSpace) -> int:
        if embedding is None:
            return self._last
        weight = segment_weight(samples)
        strong = samples >= space.strong_seconds * SAMPLE_RATE
        if not self._speakers:
            self._speakers.append(_Speaker(embedding, weight, strong))
            return self._last
        measured = [s.separation(embedding, space) for s in self._speakers]
        room = len(self._speakers) < self._max_speakers
        if strong and room and min(m[0] for m in measured) > space.new_speaker_separation:
            self._speakers.append(_Speaker(embedding, weight, strong))
            self._last = len(self._speakers) - 1
            return self._last
        centroids = np.array([s.centroid() for s in self._speakers])
        index = smoothed_choice(
            space.distances(embedding[None, :], centroids)[0], self._last, space
        )
        separation, to_members = measured[index]
        if separation <= space.new_speaker_separation:  # learn only from sure matches
            self._speakers[index].add(embedding, weight, strong, to_members)
        self._last = index
        return index


def cluster_segments(
    clips: list[Pcm], max_speakers: int = MAX_SPEAKERS, space: VoiceSpace | None = None
) -> list[str]:
    """Labels for a whole recording's segments, in order."""
    space = space if space is not None else default_voice_space()
    max_speakers = max(1, min(max_speakers, MAX_SPEAKERS))
    lengths = [len(c) for c in clips]
    indices = cluster_indices(space.embed_many(clips), lengths, space, max_speakers)
    return [speaker_label(i) for i in indices]
