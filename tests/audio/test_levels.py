"""LevelMeter: dBFS readings 20 times a second and the 10-second silence warning."""

from __future__ import annotations

import numpy as np
import pytest

from tenor_desktop.audio.levels import FLOOR_DBFS, LevelMeter, to_dbfs


def test_full_scale_sine_reads_minus_three_rms_and_zero_peak() -> None:
    meter = LevelMeter()
    t = np.arange(16_000) / 16_000
    readings = meter.process(np.sin(2 * np.pi * 1_000 * t).astype(np.float32))
    assert len(readings) == 20  # one second → 20 readings
    assert readings[5].rms_dbfs == pytest.approx(-3.01, abs=0.05)
    assert readings[5].peak_dbfs == pytest.approx(0.0, abs=0.05)


def test_digital_silence_is_floored_and_warns_once_after_ten_seconds_then_clears() -> None:
    meter = LevelMeter()
    silence = np.zeros(16_000, dtype=np.float32)
    warnings = 0
    for second in range(12):
        readings = meter.process(silence)
        assert readings[-1].rms_dbfs == FLOOR_DBFS
        if meter.silence_started():
            warnings += 1
            assert second == 9  # the tenth second completes the warning time
    assert warnings == 1
    assert meter.silent_seconds >= 10
    meter.process(np.full(800, 0.1, dtype=np.float32))
    assert meter.silence_ended()
    assert not meter.silence_ended()


def test_quiet_room_noise_is_not_silence() -> None:
    meter = LevelMeter(silence_warning_seconds=1.0)
    noise = (np.random.default_rng(1).standard_normal(16_000 * 2) * 0.003).astype(np.float32)
    meter.process(noise)
    assert not meter.silence_started()


def test_to_dbfs() -> None:
    assert to_dbfs(1.0) == 0.0
    assert to_dbfs(0.5) == pytest.approx(-6.02, abs=0.01)
    assert to_dbfs(0.0) == FLOOR_DBFS
