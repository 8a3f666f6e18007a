"""SecureRingBuffer: positions, zero-on-acknowledge, overflow accounting, verified zeroize."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tenor_desktop.audio.errors import BufferClosedError
from tenor_desktop.audio.ring_buffer import SAMPLE_RATE, SecureRingBuffer


def ramp(start: int, count: int) -> np.ndarray:
    """Distinct non-zero samples that encode their absolute position."""
    return ((np.arange(start, start + count) % 1000) + 1).astype(np.float32) / 1000.0


def test_default_capacity_is_at_least_ten_minutes_and_preallocated() -> None:
    ring = SecureRingBuffer()
    assert ring.capacity >= 10 * 60 * SAMPLE_RATE
    assert ring.memory_view().nbytes == ring.capacity * 4
    assert ring.is_zero()
    ring.close()


def test_read_returns_what_was_written_with_absolute_positions_across_wraparound() -> None:
    ring = SecureRingBuffer(1000)
    position = 0
    for _ in range(7):
        assert ring.write(ramp(position, 300)) == 300
        start, block = ring.read(1000)
        assert start == position
        np.testing.assert_array_equal(block, ramp(position, 300))
        position += 300
        ring.acknowledge(position)
    assert ring.written_position == ring.acknowledged_position == 2100
    assert ring.is_zero()


def test_acknowledge_zeroes_exactly_the_acknowledged_audio() -> None:
    ring = SecureRingBuffer(100)
    ring.write(ramp(0, 80))
    ring.read(80)
    assert ring.acknowledge(30) == 30
    raw = np.frombuffer(ring.memory_view(), dtype=np.float32)
    assert not raw[:30].any()
    assert raw[30:80].all()
    assert ring.acknowledge(10) == 30  # backwards is ignored
    assert ring.acknowledge(1_000) == 80  # clamped to what the consumer has read


def test_overflow_is_counted_never_silent_and_keeps_unacknowledged_audio() -> None:
    ring = SecureRingBuffer(100, high_water=0.5)
    assert ring.write(ramp(0, 60)) == 60
    assert ring.under_pressure()
    assert ring.write(ramp(60, 60)) == 40
    assert ring.dropped_samples == 20
    assert ring.free_space() == 0
    start, block = ring.read(200)
    assert start == 0
    np.testing.assert_array_equal(block, ramp(0, 100))


def test_rewind_replays_unacknowledged_audio_only() -> None:
    ring = SecureRingBuffer(100)
    ring.write(ramp(0, 50))
    ring.read(50)
    ring.acknowledge(20)
    ring.rewind_to(20)
    start, block = ring.read(100)
    assert start == 20
    np.testing.assert_array_equal(block, ramp(20, 30))
    with pytest.raises(ValueError, match="unacknowledged"):
        ring.rewind_to(10)


def test_zeroize_wipes_everything_and_close_refuses_more_audio() -> None:
    ring = SecureRingBuffer(SAMPLE_RATE)
    ring.write(ramp(0, 12_000))
    ring.read(5_000)
    ring.zeroize()
    assert ring.is_zero()
    assert ring.available() == 0
    ring.close()
    assert ring.write(ramp(0, 10)) == 0
    assert ring.dropped_samples == 10
    assert ring.is_zero()
    with pytest.raises(BufferClosedError):
        ring.read(10)


def test_context_manager_zeroizes_when_an_exception_escapes() -> None:
    ring = SecureRingBuffer(1000)
    with pytest.raises(RuntimeError), ring:
        ring.write(ramp(0, 500))
        raise RuntimeError("boom")
    assert ring.closed
    assert ring.is_zero()


def test_multichannel_frames_round_trip() -> None:
    ring = SecureRingBuffer(10, channels=2)
    frames = np.arange(16, dtype=np.float32).reshape(8, 2) + 1
    ring.write(frames)
    _start, block = ring.read(8)
    np.testing.assert_array_equal(block, frames)


def test_mlock_failure_is_reported_with_the_limit() -> None:
    script = (
        "import resource\n"
        "resource.setrlimit(resource.RLIMIT_MEMLOCK, (65536, 65536))\n"
        "from tenor_desktop.audio.ring_buffer import SecureRingBuffer\n"
        "ring = SecureRingBuffer(16000 * 60)\n"
        "print(ring.memory_lock.locked, ring.memory_lock.reason)\n"
    )
    command = [sys.executable, "-c", script]
    setpriv = shutil.which("setpriv")
    if os.geteuid() == 0:
        # Root ignores RLIMIT_MEMLOCK through CAP_IPC_LOCK; drop it to see what users see.
        assert setpriv is not None, "util-linux setpriv is needed to drop CAP_IPC_LOCK"
        command = [setpriv, "--inh-caps=-ipc_lock", "--bounding-set=-ipc_lock", *command]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    assert output.startswith("False mlock failed")
    assert "RLIMIT_MEMLOCK 65536 bytes" in output


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["write", "read", "ack"]), st.integers(0, 90)),
        min_size=1,
        max_size=60,
    )
)
def test_model_based_spsc_invariants(operations: list[tuple[str, int]]) -> None:
    """Against a plain model: no audio lost or reordered, acknowledged audio always zero."""
    ring = SecureRingBuffer(64)
    written = read = acknowledged = 0
    for operation, amount in operations:
        if operation == "write":
            stored = ring.write(ramp(written, amount))
            assert stored == min(amount, 64 - (written - acknowledged))
            written += stored
        elif operation == "read":
            start, block = ring.read(amount)
            assert start == read
            np.testing.assert_array_equal(block, ramp(read, block.shape[0]))
            read += block.shape[0]
        else:
            acknowledged = max(acknowledged, min(acknowledged + amount, read))
            assert ring.acknowledge(acknowledged) == acknowledged
        raw = np.frombuffer(ring.memory_view(), dtype=np.float32)
        held = {position % 64 for position in range(acknowledged, written)}
        for index in range(64):
            assert (raw[index] != 0) == (index in held)
