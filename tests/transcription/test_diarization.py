"""Speaker labels without torch: numpy voice embeddings clustered into up to four speakers."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tenor_desktop.transcription.diarization import (
    OnlineSpeakerClustering,
    SingleSpeaker,
    cluster_segments,
)
from tenor_desktop.transcription.speaker_features import voice_embedding
from tests.transcription.speech import SENTENCES, VOICES, speak


def clips(folder: Path, voices: list[str]) -> list[np.ndarray]:
    """One sentence per voice entry, cycling through the test sentences."""
    return [speak(SENTENCES[i % len(SENTENCES)], v, folder) for i, v in enumerate(voices)]


def test_embedding_needs_enough_speech(voices_dir: Path) -> None:
    assert voice_embedding(np.zeros(16_000, np.float32)) is None
    assert voice_embedding(np.zeros(1_000, np.float32)) is None
    embedding = voice_embedding(speak(SENTENCES[0], VOICES[0], voices_dir))
    assert embedding is not None
    assert np.isfinite(embedding).all()


def test_whole_recording_clustering_separates_two_voices(voices_dir: Path) -> None:
    order = [VOICES[0], VOICES[1], VOICES[1], VOICES[0], VOICES[1], VOICES[0]]
    labels = cluster_segments(clips(voices_dir, order))
    assert labels == ["Speaker 1", "Speaker 2", "Speaker 2", "Speaker 1", "Speaker 2", "Speaker 1"]


def test_one_voice_stays_one_speaker(voices_dir: Path) -> None:
    labels = cluster_segments(clips(voices_dir, [VOICES[1]] * 4))
    assert set(labels) == {"Speaker 1"}


def test_online_clustering_labels_as_segments_arrive(voices_dir: Path) -> None:
    tracker = OnlineSpeakerClustering()
    order = [VOICES[0], VOICES[1], VOICES[0], VOICES[1]]
    labels = [tracker.label(clip) for clip in clips(voices_dir, order)]
    assert labels == ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2"]
    # A clip too short to embed keeps the previous speaker instead of inventing one.
    assert tracker.label(np.zeros(800, np.float32)) == "Speaker 2"


def test_never_more_than_four_speakers(voices_dir: Path) -> None:
    voices = ["en-us+m3", "en-us+f4", "en-us+m1", "en-us+f2", "en-gb+m7", "en-us+f5"]
    labels = cluster_segments(clips(voices_dir, voices), max_speakers=4)
    assert len(set(labels)) <= 4
    tracker = OnlineSpeakerClustering(max_speakers=4)
    online = {tracker.label(clip) for clip in clips(voices_dir, voices)}
    assert online <= {"Speaker 1", "Speaker 2", "Speaker 3", "Speaker 4"}
    assert SingleSpeaker().label(np.zeros(10, np.float32)) == "Speaker 1"
