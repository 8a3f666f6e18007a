"""The engine's audio copy is zeroed as soon as it is dropped."""

from __future__ import annotations

import numpy as np

from tenor_desktop.transcription.audio_window import AudioWindow


def test_drop_before_keeps_absolute_positions_and_zeroes_the_freed_space() -> None:
    window = AudioWindow(capacity_samples=10)
    window.reset(start=100)
    window.append(np.arange(1, 9, dtype=np.float32))
    window.drop_before(103)
    assert window.start == 103
    assert window.end == 108
    assert window.view(104, 106).tolist() == [5.0, 6.0]
    raw = window._data
    assert raw[len(window) :].tolist() == [0.0] * (len(raw) - len(window))


def test_growing_past_capacity_zeroes_the_old_buffer() -> None:
    window = AudioWindow(capacity_samples=4)
    window.append(np.ones(3, dtype=np.float32))
    old = window._data
    window.append(np.ones(5, dtype=np.float32))
    assert len(window) == 8
    assert not old.any()
    assert window.view().sum() == 8.0


def test_zeroize_and_reset_leave_nothing() -> None:
    window = AudioWindow(capacity_samples=16)
    window.append(np.full(16, 0.5, dtype=np.float32))
    window.reset(start=16)
    assert not window._data.any()
    window.append(np.full(4, 0.5, dtype=np.float32))
    window.zeroize()
    assert not window._data.any()
    assert len(window) == 0
