"""Speaker labels without torch: voice-encoder embeddings clustered into one to four speakers."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.transcription import voice_encoder
from tenor_desktop.transcription.diarization import (
    OnlineSpeakerClustering,
    SingleSpeaker,
    cluster_segments,
)
from tenor_desktop.transcription.errors import ModelUnavailableError
from tenor_desktop.transcription.file_audio import decode_audio_file
from tenor_desktop.transcription.speaker_clustering import keep_known_numbers
from tenor_desktop.transcription.speaker_features import (
    MFCC_SPACE,
    VoiceSpace,
    default_voice_space,
    encoder_space,
    voice_embedding,
)
from tests.transcription.speech import SENTENCES, VOICES, speak

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")
FOUR_VOICES = ("en-us+m3", "en-us+f4", "en-us+m7", "en-us+f2")


def clips(folder: Path, voices: list[str]) -> list[np.ndarray]:
    """One sentence per voice entry, cycling through the test sentences."""
    return [speak(SENTENCES[i % len(SENTENCES)], v, folder) for i, v in enumerate(voices)]


def test_embedding_needs_enough_speech(voices_dir: Path) -> None:
    speech = speak(SENTENCES[0], VOICES[0], voices_dir)
    for embed in (voice_embedding, encoder_space().embed):
        assert embed(np.zeros(16_000, np.float32)) is None
        assert embed(speech[:1_000]) is None
        embedding = embed(speech)
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


def test_four_voices_get_four_speakers_in_a_whole_recording(voices_dir: Path) -> None:
    order = [0, 1, 2, 3, 1, 0, 3, 2, 0, 2, 1, 3]
    labels = cluster_segments(clips(voices_dir, [FOUR_VOICES[v] for v in order]))
    assert len(set(labels)) == 4
    assert len({(label, v) for label, v in zip(labels, order, strict=True)}) == 4  # one each


def test_the_mfcc_fallback_still_separates_two_voices(voices_dir: Path) -> None:
    order = [VOICES[0], VOICES[1], VOICES[0], VOICES[1]]
    labels = cluster_segments(clips(voices_dir, order), space=MFCC_SPACE)
    assert labels == ["Speaker 1", "Speaker 2", "Speaker 1", "Speaker 2"]


def test_a_short_segment_never_opens_a_new_speaker(voices_dir: Path) -> None:
    long_clips = clips(voices_dir, [VOICES[0]] * 3)
    short = speak("Yes.", VOICES[1], voices_dir)
    assert len(short) < encoder_space().strong_seconds * 16_000
    labels = cluster_segments([long_clips[0], short, long_clips[1], long_clips[2]])
    assert set(labels) == {"Speaker 1"}
    tracker = OnlineSpeakerClustering()
    online = [tracker.label(c) for c in (long_clips[0], short, long_clips[1])]
    assert set(online) == {"Speaker 1"}


@pytest.mark.skipif(not LIBRIVOX.is_dir(), reason="pocketsphinx-testdata is not installed")
@pytest.mark.parametrize("turn_seconds", [1.5, 2.5])
def test_one_real_reader_stays_one_speaker(turn_seconds: float) -> None:
    size = int(turn_seconds * 16_000)
    recordings = [decode_audio_file(p) for p in sorted(LIBRIVOX.glob("*.wav"))]
    turns = [r[i : i + size] for r in recordings for i in range(0, len(r) - size // 2, size)]
    assert len(turns) >= 9
    assert set(cluster_segments(turns)) == {"Speaker 1"}
    tracker = OnlineSpeakerClustering()
    assert {tracker.label(t) for t in turns} == {"Speaker 1"}


def _points(centre: np.ndarray, spread: float, count: int, seed: int) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [centre + rng.normal(0, spread, centre.shape) for _ in range(count)]


def _space_over(vectors: list[np.ndarray]) -> tuple[VoiceSpace, list[np.ndarray]]:
    """The encoder's thresholds over given vectors: clip ``i`` (3 s long) embeds as vector i."""

    def embed(pcm: np.ndarray) -> np.ndarray:
        return vectors[int(pcm[0])].astype(np.float64)

    space = dataclasses.replace(
        encoder_space(), embed=embed, embed_many=lambda clips: [embed(c) for c in clips]
    )
    return space, [np.full(48_000, i, np.float32) for i in range(len(vectors))]


def _mean_distance(a: list[np.ndarray], b: list[np.ndarray]) -> float:
    unit_a = np.array([x / np.linalg.norm(x) for x in a])
    unit_b = np.array([x / np.linalg.norm(x) for x in b])
    return float(np.mean(1 - unit_a @ unit_b.T))


def test_separation_keeps_two_steady_voices_apart_and_a_scattered_one_whole() -> None:
    rng = np.random.default_rng(0)
    a, other = np.abs(rng.normal(size=256)), np.abs(rng.normal(size=256))
    b = a + 0.7 * (other - a)
    first, second = _points(a, 0.25, 6, 1), _points(b, 0.25, 6, 2)
    # Like two espeak-ng voices of one sex: close, but each very steady.
    assert _mean_distance(first, second) < 0.3
    assert _mean_distance(first, first) < 0.06
    space, fake_clips = _space_over(first + second)
    assert cluster_segments(fake_clips, space=space) == ["Speaker 1"] * 6 + ["Speaker 2"] * 6
    # Like one real voice in short turns: farther apart than those two voices, yet one voice.
    scattered = _points(a, 0.7, 12, 3)
    assert _mean_distance(scattered, scattered) > _mean_distance(first, second)
    space, fake_clips = _space_over(scattered)
    assert set(cluster_segments(fake_clips, space=space)) == {"Speaker 1"}


def test_a_missing_encoder_falls_back_to_mfcc_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(voice_encoder, "WEIGHTS_PACKAGE", "no_such_voice_encoder_package")
    with pytest.raises(ModelUnavailableError, match="not installed"):
        voice_encoder.installed_weights_path()

    def unavailable() -> voice_encoder.VoiceEncoder:
        raise ModelUnavailableError("The voice encoder is not installed.")

    monkeypatch.setattr(voice_encoder, "shared_voice_encoder", unavailable)
    with caplog.at_level(logging.WARNING):
        assert default_voice_space() is MFCC_SPACE
    assert "MFCC fallback" in caplog.text


def test_final_labels_revise_a_live_session_with_four_voices(voices_dir: Path) -> None:
    order = [0, 1, 2, 3, 1, 0, 3, 2, 0, 2, 1, 3]
    tracker = OnlineSpeakerClustering()
    live = [tracker.label(c) for c in clips(voices_dir, [FOUR_VOICES[v] for v in order])]
    final = tracker.final_labels()
    assert len(final) == len(live)
    assert len(set(final)) == 4
    assert len({(label, v) for label, v in zip(final, order, strict=True)}) == 4
    assert final[0] == live[0] == "Speaker 1"  # numbers the clinician saw are kept


def test_final_labels_keep_a_correct_live_session_as_it_was(voices_dir: Path) -> None:
    tracker = OnlineSpeakerClustering()
    order = [VOICES[1], VOICES[0], VOICES[1], VOICES[0]]
    live = [tracker.label(clip) for clip in clips(voices_dir, order)]
    live.append(tracker.label(np.zeros(800, np.float32)))  # unusable: previous speaker
    assert tracker.final_labels() == live
    assert OnlineSpeakerClustering().final_labels() == []


def test_relabelling_keeps_the_numbers_seen_live() -> None:
    # Live merged voices 0 and 2 under "Speaker 1"; the first voice keeps that number.
    assert keep_known_numbers([0, 1, 2, 3, 1, 0], [0, 1, 0, 1, 1, 0], [1] * 6) == [0, 1, 2, 3, 1, 0]
    # The final clustering numbers voices differently: live numbers win.
    assert keep_known_numbers([0, 1, 0, 1], [1, 0, 1, 0], [1] * 4) == [1, 0, 1, 0]
