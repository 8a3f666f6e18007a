"""Offline speaker labels: cluster voice embeddings into one to four speakers.

Embeddings come from a ``VoiceSpace`` (``speaker_features``): the trained voice encoder by
default, the MFCC statistics when that model is missing. Two policies share it:

* ``OnlineSpeakerClustering`` labels each final segment as it is emitted during a live
  session (labels of emitted segments never change): nearest speaker centroid, or a new
  speaker when a long enough segment is well separated from every known voice.
* ``cluster_segments`` labels a whole recording at once (file transcription): agglomerative
  clustering of the long segments that merges the least separated groups first and stops
  when every pair is separated enough; then the short segments join the nearest speaker.

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
voices and never splits the real reader, but merges same-sex espeak pairs when the second
voice speaks before the first has two segments (four voices: two labels).
"""

from __future__ import annotations

from typing import Protocol

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.protocol import SAMPLE_RATE, Pcm
from tenor_desktop.transcription.speaker_features import (
    MFCC_SPACE,
    VoiceSpace,
    default_voice_space,
)

MAX_SPEAKERS = 4
# The MFCC fallback's new-speaker distance, still used by Deepgram's speaker continuity.
NEW_SPEAKER_DISTANCE = MFCC_SPACE.new_speaker_separation
_MAX_WEIGHT_SECONDS = 10.0

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


def _weight(samples: int) -> float:
    return min(samples / SAMPLE_RATE, _MAX_WEIGHT_SECONDS)


def _smoothed(distances: Vectors, previous: int | None, space: VoiceSpace) -> int:
    """Nearest speaker, unless the previous one is nearly as near."""
    best = int(np.argmin(distances))
    if previous is not None and distances[previous] - distances[best] <= space.smoothing:
        return previous
    return best


class _Speaker:
    """One live speaker: member embeddings, their durations and within-distance total."""

    def __init__(self, embedding: Vectors, weight: float) -> None:
        self.members = [embedding]
        self.weights = [weight]
        self.within_sum = 0.0

    def centroid(self) -> Vectors:
        return np.asarray(np.average(self.members, axis=0, weights=self.weights))

    def separation(self, embedding: Vectors, space: VoiceSpace) -> tuple[float, Vectors]:
        """How far ``embedding`` is from this voice, and its distance to each member."""
        to_members = space.distances(embedding[None, :], np.array(self.members))[0]
        if space.scatter_weight == 0.0:  # plain distance to the centroid
            return float(space.distances(embedding[None, :], self.centroid()[None, :])[0, 0]), (
                to_members
            )
        pairs = len(self.members) * (len(self.members) - 1) / 2
        scatter = self.within_sum / pairs if pairs else space.prior_scatter
        return float(to_members.mean()) - space.scatter_weight * scatter, to_members

    def add(self, embedding: Vectors, weight: float, to_members: Vectors) -> None:
        self.within_sum += float(to_members.sum())
        self.members.append(embedding)
        self.weights.append(weight)


class OnlineSpeakerClustering:
    """Live labels: nearest speaker centroid, or a new speaker for a clearly new voice."""

    def __init__(self, max_speakers: int = MAX_SPEAKERS, space: VoiceSpace | None = None) -> None:
        self._max_speakers = max(1, min(max_speakers, MAX_SPEAKERS))
        self._space = space  # resolved at the first segment: loading the model waits till then
        self._speakers: list[_Speaker] = []
        self._last = 0

    def label(self, pcm: Pcm) -> str:
        """Assign the segment to a speaker, creating one if the voice is new."""
        if self._space is None:
            self._space = default_voice_space()
        space = self._space
        embedding = space.embed(pcm)
        if embedding is None:
            return speaker_label(self._last)
        weight = _weight(len(pcm))
        if not self._speakers:
            self._speakers.append(_Speaker(embedding, weight))
            return speaker_label(self._last)
        measured = [s.separation(embedding, space) for s in self._speakers]
        strong = len(pcm) >= space.strong_seconds * SAMPLE_RATE
        room = len(self._speakers) < self._max_speakers
        if strong and room and min(m[0] for m in measured) > space.new_speaker_separation:
            self._speakers.append(_Speaker(embedding, weight))
            self._last = len(self._speakers) - 1
            return speaker_label(self._last)
        centroids = np.array([s.centroid() for s in self._speakers])
        index = _smoothed(space.distances(embedding[None, :], centroids)[0], self._last, space)
        separation, to_members = measured[index]
        if separation <= space.new_speaker_separation:  # learn only from sure matches
            self._speakers[index].add(embedding, weight, to_members)
        self._last = index
        return speaker_label(index)


def _agglomerate(distance: Vectors, space: VoiceSpace, max_speakers: int) -> list[list[int]]:
    """Merge the least separated groups until every pair is separated enough.

    ``distance`` is the (n, n) matrix between segments (zero diagonal). Groups keep sums of
    their cross and within distances, so each merge costs O(n^2) numpy work (Lance-Williams
    style); with ``scatter_weight`` 0 this is plain average linkage. Merging goes on past the
    threshold while more than ``max_speakers`` groups remain.
    """
    count = len(distance)
    between = distance.astype(np.float64, copy=True)
    within = np.zeros(count)
    sizes = np.ones(count)
    alive = np.ones(count, dtype=bool)
    members: list[list[int]] = [[i] for i in range(count)]
    while alive.sum() > 1:
        pairs = sizes * (sizes - 1) / 2
        pooled = pairs[:, None] + pairs[None, :]
        scatter = np.where(
            pooled > 0,
            (within[:, None] + within[None, :]) / np.maximum(pooled, 1.0),
            space.prior_scatter,
        )
        separation = between / np.outer(sizes, sizes) - space.scatter_weight * scatter
        separation[~alive, :] = np.inf
        separation[:, ~alive] = np.inf
        np.fill_diagonal(separation, np.inf)
        i, j = (int(k) for k in np.unravel_index(np.argmin(separation), separation.shape))
        if separation[i, j] > space.merge_separation and alive.sum() <= max_speakers:
            break
        within[i] += within[j] + between[i, j]
        between[i, :] += between[j, :]
        between[:, i] = between[i, :]
        sizes[i] += sizes[j]
        alive[j] = False
        members[i] += members[j]
        members[j] = []
    return [m for m in members if m]


def cluster_segments(
    clips: list[Pcm], max_speakers: int = MAX_SPEAKERS, space: VoiceSpace | None = None
) -> list[str]:
    """Labels for a whole recording's segments, in order."""
    space = space if space is not None else default_voice_space()
    max_speakers = max(1, min(max_speakers, MAX_SPEAKERS))
    embedded = [(i, space.embed(clip)) for i, clip in enumerate(clips)]
    known = [(i, e) for i, e in embedded if e is not None]
    if not known:
        return [speaker_label(0)] * len(clips)
    indices = [i for i, _ in known]
    vectors = np.array([e for _, e in known])
    weights = np.array([_weight(len(clips[i])) for i in indices])
    long_enough = space.strong_seconds * SAMPLE_RATE
    strong = [k for k, i in enumerate(indices) if len(clips[i]) >= long_enough]
    founders = strong or list(range(len(indices)))  # all short: let short ones found speakers
    distance = space.distances(vectors[founders], vectors[founders])
    np.fill_diagonal(distance, 0.0)
    groups = [[founders[m] for m in g] for g in _agglomerate(distance, space, max_speakers)]
    centroids = np.array([np.average(vectors[g], axis=0, weights=weights[g]) for g in groups])
    cluster_of = {k: c for c, group in enumerate(groups) for k in group}
    to_centroids = space.distances(vectors, centroids)
    owner: dict[int, int] = {}
    previous: int | None = None
    for k, index in enumerate(indices):
        cluster = cluster_of.get(k)
        if cluster is None:  # a short segment joins a speaker, smoothed towards the last one
            cluster = _smoothed(to_centroids[k], previous, space)
        owner[index] = previous = cluster
    # Number speakers by first appearance so "Speaker 1" is whoever spoke first.
    order: dict[int, int] = {}
    labels: list[str] = []
    current = 0
    for index in range(len(clips)):
        if index in owner:
            current = order.setdefault(owner[index], len(order))
        labels.append(speaker_label(current))
    return labels
