"""Audio is wiped at interpreter exit and on SIGTERM, and foreign SIGTERM handlers still run."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from tenor_desktop.audio.emergency_zeroizer import EmergencyZeroizer
from tenor_desktop.audio.ring_buffer import SecureRingBuffer

SETUP = """
import os, signal, sys, atexit
import numpy as np
from tenor_desktop.audio.emergency_zeroizer import EmergencyZeroizer
from tenor_desktop.audio.ring_buffer import SecureRingBuffer
ring = SecureRingBuffer(16000)
ring.write(np.full(8000, 0.5, dtype=np.float32))
assert not ring.is_zero()
"""


def run(script: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SETUP) + textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_sigterm_wipes_then_chains_to_the_previous_python_handler() -> None:
    result = run(
        """
        def previous(signum, frame):
            print("previous handler ran; zero:", ring.is_zero(), flush=True)
            sys.exit(3)
        signal.signal(signal.SIGTERM, previous)
        zeroizer = EmergencyZeroizer()
        zeroizer.protect(ring)
        zeroizer.install()
        os.kill(os.getpid(), signal.SIGTERM)
        signal.pause()
        """
    )
    assert result.returncode == 3, result.stderr
    assert "previous handler ran; zero: True" in result.stdout


def test_sigterm_with_default_action_still_kills_the_process_after_wiping() -> None:
    result = run(
        """
        # atexit does not run on a signal death, so report from the wiping path itself.
        zeroizer = EmergencyZeroizer()
        zeroizer.protect(ring)
        zeroizer.install()
        original = zeroizer.zeroize_all
        def wipe_and_report():
            original()
            print("wiped; zero:", ring.is_zero(), flush=True)
        zeroizer.zeroize_all = wipe_and_report
        os.kill(os.getpid(), signal.SIGTERM)
        signal.pause()
        """
    )
    assert result.returncode == -signal.SIGTERM
    assert "wiped; zero: True" in result.stdout


def test_interpreter_exit_wipes_live_buffers() -> None:
    result = run(
        """
        # Registered first, so atexit (LIFO) runs it after the zeroizer's hook.
        atexit.register(lambda: print("at exit zero:", ring.is_zero(), flush=True))
        zeroizer = EmergencyZeroizer()
        zeroizer.protect(ring)
        zeroizer.install()
        """
    )
    assert result.returncode == 0, result.stderr
    assert "at exit zero: True" in result.stdout


def test_uninstall_restores_the_previous_handler() -> None:
    def previous(signum: int, frame: object) -> None:
        raise AssertionError("not called")

    original = signal.getsignal(signal.SIGTERM)
    signal.signal(signal.SIGTERM, previous)
    try:
        zeroizer = EmergencyZeroizer()
        zeroizer.install()
        assert zeroizer.sigterm_installed
        assert signal.getsignal(signal.SIGTERM) != previous
        zeroizer.uninstall()
        assert signal.getsignal(signal.SIGTERM) is previous
    finally:
        signal.signal(signal.SIGTERM, original)


def test_zeroize_all_skips_released_and_survives_a_failing_buffer() -> None:
    class Broken:
        def emergency_zeroize(self) -> None:
            raise RuntimeError("broken")

    kept = SecureRingBuffer(100)
    released = SecureRingBuffer(100)
    kept.write(np.ones(10, dtype=np.float32))
    released.write(np.ones(10, dtype=np.float32))
    broken = Broken()
    zeroizer = EmergencyZeroizer()
    zeroizer.protect(broken)
    zeroizer.protect(kept)
    zeroizer.protect(released)
    zeroizer.release(released)
    zeroizer.zeroize_all()
    assert kept.is_zero()
    assert not released.is_zero()
    with pytest.raises(RuntimeError):
        broken.emergency_zeroize()
