"""Streaming Silero VAD gives the same answers however the audio is chunked."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tenor_desktop.transcription.vad import WINDOW_SAMPLES, SpeechGate, StreamingVad, VadSettings
from tests.transcription.speech import SENTENCES, noise, speak


def test_chunking_does_not_change_probabilities(voices_dir: Path) -> None:
    audio = np.concatenate([noise(1.0, 0.002, 1), speak(SENTENCES[0], "en-us", voices_dir)])
    whole = StreamingVad().probabilities(audio)
    streamed = StreamingVad()
    parts = [streamed.probabilities(audio[i : i + 777]) for i in range(0, len(audio), 777)]
    chunked = np.concatenate(parts)
    assert len(whole) == len(audio) // WINDOW_SAMPLES == len(chunked)
    assert np.allclose(whole, chunked, atol=1e-5)
    # Silence at the start, speech after it.
    assert whole[:25].max() < 0.5
    assert (whole[40:] > 0.5).mean() > 0.5


def test_gate_needs_a_long_enough_silence_to_end_speech() -> None:
    gate = SpeechGate(VadSettings(min_silence_ms=320))  # 10 windows of 32 ms
    assert gate.step(0.9) == "start"
    assert [gate.step(0.1) for _ in range(9)] == [None] * 9
    assert gate.step(0.9) is None  # a short pause does not end the utterance
    results = [gate.step(0.1) for _ in range(10)]
    assert results[-1] == "end"
    assert not gate.in_speech


def test_zeroize_clears_the_kept_samples() -> None:
    vad = StreamingVad()
    vad.probabilities(np.full(700, 0.3, dtype=np.float32))
    vad.zeroize()
    assert not vad._pending.any()
    assert not vad._context.any()
