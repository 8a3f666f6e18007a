"""End-of-session clustering stays bounded on long sessions (stop-to-final ≤ 5 s)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from tenor_desktop.transcription import speaker_clustering
from tenor_desktop.transcription.speaker_clustering import MAX_FOUNDERS, cluster_indices
from tenor_desktop.transcription.speaker_features import default_voice_space


def test_a_long_session_agglomerates_only_the_longest_segments(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = np.random.default_rng(7)
    voices = rng.normal(size=(2, 256))
    voices /= np.linalg.norm(voices, axis=1, keepdims=True)
    count = 2 * MAX_FOUNDERS + 100
    speaker = rng.integers(0, 2, count)
    vectors = voices[speaker] + 0.02 * rng.normal(size=(count, 256))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    lengths = [int(16_000 * rng.uniform(2.0, 12.0)) for _ in range(count)]

    sizes: list[int] = []
    real = speaker_clustering.agglomerate

    def counting(distance: Any, space: Any, max_speakers: int) -> list[list[int]]:
        sizes.append(len(distance))
        return real(distance, space, max_speakers)

    monkeypatch.setattr(speaker_clustering, "agglomerate", counting)
    labels = np.array(cluster_indices(list(vectors), lengths, default_voice_space(), 4))

    assert sizes == [MAX_FOUNDERS]
    assert len(set(labels.tolist())) == 2
    # Speaker numbers follow first appearance; every segment is with its own voice.
    assert (labels == speaker).all() or (labels != speaker).all()
