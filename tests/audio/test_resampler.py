"""PolyphaseResampler: pitch preserved, aliases suppressed, streaming equals one-shot."""

from __future__ import annotations

import numpy as np
import pytest

from tenor_desktop.audio.resampler import PolyphaseResampler


def tone(rate: int, seconds: float, *frequencies: float) -> np.ndarray:
    t = np.arange(round(rate * seconds)) / rate
    signal = np.zeros_like(t)
    for frequency in frequencies:
        signal += 0.3 * np.sin(2 * np.pi * frequency * t)
    return signal.astype(np.float32)


def spectrum_db(signal: np.ndarray, rate: int = 16_000) -> tuple[np.ndarray, np.ndarray]:
    window = signal[-rate:] * np.hanning(rate)
    magnitude = np.abs(np.fft.rfft(window))
    return np.fft.rfftfreq(rate, 1 / rate), 20 * np.log10(magnitude / magnitude.max() + 1e-15)


def stream(resampler: PolyphaseResampler, signal: np.ndarray, block: int) -> np.ndarray:
    parts = [resampler.process(signal[i : i + block]).copy() for i in range(0, len(signal), block)]
    return np.concatenate(parts)


@pytest.mark.parametrize("rate", [48_000, 44_100, 32_000, 22_050])
def test_speech_band_tone_survives_and_out_of_band_aliases_are_60_db_down(rate: int) -> None:
    resampler = PolyphaseResampler(rate)
    out = stream(resampler, tone(rate, 2.0, 1_000, 9_500 if rate > 19_000 else 1_000), 960)
    assert abs(len(out) - 32_000) <= 1
    freqs, db = spectrum_db(out)
    assert freqs[np.argmax(db)] == pytest.approx(1_000, abs=2)
    if rate > 19_000:
        alias = 16_000 - 9_500
        assert db[np.argmin(np.abs(freqs - alias))] < -60


def test_streaming_in_any_block_size_gives_the_same_samples() -> None:
    signal = tone(48_000, 0.5, 440, 3_000)
    small = stream(PolyphaseResampler(48_000), signal, 7)
    large = stream(PolyphaseResampler(48_000), signal, 4_801)
    np.testing.assert_allclose(small, large, atol=1e-6)


def test_passthrough_at_16k_and_clear_wipes_scratch() -> None:
    resampler = PolyphaseResampler(16_000)
    signal = tone(16_000, 0.1, 500)
    np.testing.assert_array_equal(stream(resampler, signal, 160), signal)
    resampler.clear()
    assert not resampler._output.any()
    other = PolyphaseResampler(48_000)
    other.process(tone(48_000, 0.1, 500))
    other.clear()
    assert not other._extended.any() and not other._output.any() and not other._gathered.any()
