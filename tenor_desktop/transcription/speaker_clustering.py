"""Whole-recording speaker clustering on voice embeddings (used by ``diarization``).

Groups are merged least-separated first until every pair is separated enough (see
``VoiceSpace`` for the separation measure); long segments found the groups, short ones then
join the nearest group, smoothed towards the previous segment's speaker.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from tenor_desktop.transcription.protocol import SAMPLE_RATE
from tenor_desktop.transcription.speaker_features import VoiceSpace

_MAX_WEIGHT_SECONDS = 10.0
# Agglomeration costs O(n^3): 1,000 founders took 7.6 s of CPU at the end of a long session
# (300 take 0.24 s). A 50-minute session has many more long segments than it needs to find at
# most four voices, so only the longest ones found groups; the others join the nearest one.
MAX_FOUNDERS = 300

Vectors = npt.NDArray[np.float64]


def segment_weight(samples: int) -> float:
    return min(samples / SAMPLE_RATE, _MAX_WEIGHT_SECONDS)


def smoothed_choice(distances: Vectors, previous: int | None, space: VoiceSpace) -> int:
    """Nearest speaker, unless the previous one is nearly as near."""
    best = int(np.argmin(distances))
    if previous is not None and distances[previous] - distances[best] <= space.smoothing:
        return previous
    return best


def agglomerate(distance: Vectors, space: VoiceSpace, max_speakers: int) -> list[list[int]]:
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


def cluster_indices(
    embeddings: list[Vectors | None], lengths: list[int], space: VoiceSpace, max_speakers: int
) -> list[int]:
    """Speaker index (0-based, in order of first appearance) of each segment.

    Args:
        embeddings: one per segment, None where a segment had no usable speech.
        lengths: each segment's length in samples (long ones found speakers; weights).
        space: the embedding's distance and thresholds.
        max_speakers: at most this many speakers come out.
    """
    known = [(i, e) for i, e in enumerate(embeddings) if e is not None]
    if not known:
        return [0] * len(embeddings)
    indices = [i for i, _ in known]
    vectors = np.array([e for _, e in known])
    weights = np.array([segment_weight(lengths[i]) for i in indices])
    long_enough = space.strong_seconds * SAMPLE_RATE
    strong = [k for k, i in enumerate(indices) if lengths[i] >= long_enough]
    founders = strong or list(range(len(indices)))  # all short: let short ones found speakers
    if len(founders) > MAX_FOUNDERS:
        longest = sorted(founders, key=lambda k: (-lengths[indices[k]], k))[:MAX_FOUNDERS]
        founders = sorted(longest)
    distance = space.distances(vectors[founders], vectors[founders])
    np.fill_diagonal(distance, 0.0)
    groups = [[founders[m] for m in g] for g in agglomerate(distance, space, max_speakers)]
    centroids = np.array([np.average(vectors[g], axis=0, weights=weights[g]) for g in groups])
    cluster_of = {k: c for c, group in enumerate(groups) for k in group}
    to_centroids = space.distances(vectors, centroids)
    owner: dict[int, int] = {}
    previous: int | None = None
    for k, index in enumerate(indices):
        cluster = cluster_of.get(k)
        if cluster is None:  # a short segment joins a speaker, smoothed towards the last one
            cluster = smoothed_choice(to_centroids[k], previous, space)
        owner[index] = previous = cluster
    # Number speakers by first appearance so speaker 0 is whoever spoke first.
    order: dict[int, int] = {}
    result: list[int] = []
    current = 0
    for index in range(len(embeddings)):
        if index in owner:
            current = order.setdefault(owner[index], len(order))
        result.append(current)
    return result


def keep_known_numbers(final: list[int], live: list[int], lengths: list[int]) -> list[int]:
    """Renumber ``final`` clusters so they keep the live numbers they overlap most.

    A clinician who saw "Speaker 2" during the session should still see the same person as
    "Speaker 2" after the end-of-session relabelling. Clusters claim numbers in order of first
    appearance (each the live number it shares most audio with, if still free); clusters left
    over take the lowest numbers nobody claimed.
    """
    overlap: dict[tuple[int, int], int] = {}
    for f, v, n in zip(final, live, lengths, strict=True):
        overlap[(f, v)] = overlap.get((f, v), 0) + n
    mapping: dict[int, int] = {}
    for f in dict.fromkeys(final):  # first-appearance order
        shared = {v: n for (g, v), n in overlap.items() if g == f}
        preferred = max(shared, key=lambda v: shared[v])
        if preferred not in mapping.values():
            mapping[f] = preferred
    free = (n for n in range(len(final) + 1) if n not in mapping.values())
    for f in dict.fromkeys(final):
        if f not in mapping:
            mapping[f] = next(free)
    return [mapping[f] for f in final]
