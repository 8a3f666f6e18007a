"""Zero every live audio buffer at interpreter exit and on SIGTERM.

The composition root builds one :class:`EmergencyZeroizer`, installs it once from the main
thread and hands it to whoever creates buffers. The SIGTERM handler chains to the handler that
was there before, so a host (Qt, a test runner) keeps its own shutdown behaviour: a Python
callable is called after wiping; the default action is restored and the signal re-raised, so
the process still dies with SIGTERM; an ignored signal stays ignored.
"""

from __future__ import annotations

import atexit
import os
import signal
import threading
import weakref
from collections.abc import Callable
from types import FrameType
from typing import Protocol

SignalHandler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


class Zeroizable(Protocol):
    """Anything holding audio that can be wiped without raising."""

    def emergency_zeroize(self) -> None:
        """Stop accepting audio and overwrite what is held."""
        ...


class EmergencyZeroizer:
    """Keeps weak references to audio buffers and wipes them when the process goes away."""

    def __init__(self) -> None:
        self._buffers: weakref.WeakSet[Zeroizable] = weakref.WeakSet()
        self._previous_sigterm: SignalHandler = None
        self._sigterm_installed = False
        self._atexit_installed = False

    @property
    def sigterm_installed(self) -> bool:
        """True while our SIGTERM handler is active."""
        return self._sigterm_installed

    def protect(self, buffer: Zeroizable) -> None:
        """Wipe ``buffer`` on exit/SIGTERM for as long as it is alive."""
        self._buffers.add(buffer)

    def release(self, buffer: Zeroizable) -> None:
        """Stop tracking ``buffer`` (it was zeroized and closed normally)."""
        self._buffers.discard(buffer)

    def install(self) -> None:
        """Register the atexit hook, and the SIGTERM handler when called from the main thread."""
        if not self._atexit_installed:
            atexit.register(self.zeroize_all)
            self._atexit_installed = True
        if (
            not self._sigterm_installed
            and hasattr(signal, "SIGTERM")
            and threading.current_thread() is threading.main_thread()
        ):
            self._previous_sigterm = signal.getsignal(signal.SIGTERM)
            signal.signal(signal.SIGTERM, self._on_sigterm)
            self._sigterm_installed = True

    def uninstall(self) -> None:
        """Undo :meth:`install`, restoring the previous SIGTERM handler if ours is current."""
        if self._atexit_installed:
            atexit.unregister(self.zeroize_all)
            self._atexit_installed = False
        if self._sigterm_installed and threading.current_thread() is threading.main_thread():
            if signal.getsignal(signal.SIGTERM) == self._on_sigterm:
                previous = self._previous_sigterm
                signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
            self._sigterm_installed = False

    def zeroize_all(self) -> None:
        """Wipe every tracked buffer; never raises (runs in exit and signal paths)."""
        for buffer in list(self._buffers):
            try:
                buffer.emergency_zeroize()
            except Exception:  # noqa: S112 - one failing buffer must not spare the others
                continue

    def _on_sigterm(self, signum: int, frame: FrameType | None) -> None:
        self.zeroize_all()
        previous = self._previous_sigterm
        if callable(previous):
            previous(signum, frame)
        elif previous == signal.SIG_IGN:
            return
        else:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
