"""Background sync while the app is open: one worker thread, periodic rounds, backoff on failure.

The worker never touches Qt. A UI adapts the callbacks into signals (they run on the worker
thread):

- ``on_round_start()``: a round begins (show "syncing");
- ``on_report(SyncReport)``: a round succeeded; ``on_error(SyncError)``: it failed;
- ``on_status(BackgroundStatus)``: after every change of the above, one snapshot with the last
  success time, the number of local changes waiting, and a fixed, PHI-free sentence for the last
  failure (``describe_error``; never server text, ids or content).

``status()`` returns the latest snapshot from any thread. Transient failures (network, 5xx,
throttling) back off exponentially up to ``max_backoff_s`` and the offline queue (the engine's
bookkeeping) keeps every change; a failed sign-in stops the loop until ``start()`` is called
again after the user signs in.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.sync.engine import SyncEngine, SyncReport
from tenor_desktop.sync.errors import (
    AuthenticationFailed,
    CryptoError,
    ServerRejected,
    ServerUnavailable,
    SyncError,
    Throttled,
)

_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BackgroundStatus:
    """A snapshot of the background sync, safe to show (no PHI)."""

    running: bool = False
    syncing: bool = False
    last_success_at: datetime | None = None
    pending: int | None = None  # local changes waiting; None when it could not be counted
    error: str | None = None  # a fixed sentence for the last failed round; None after success
    failures: int = 0  # consecutive failed rounds
    stopped_for_sign_in: bool = False


def describe_error(error: SyncError) -> str:
    """A fixed sentence for a failed round, chosen by the kind of error only."""
    if isinstance(error, AuthenticationFailed):
        return "Sign in again to keep syncing."
    if isinstance(error, ServerUnavailable):
        return "Can't reach the sync server. Changes are kept and sent later."
    if isinstance(error, Throttled):
        return "The sync server asked to wait. Tenor will try again."
    if isinstance(error, CryptoError):
        return "An item from the server could not be decrypted."
    if isinstance(error, ServerRejected):
        return "The sync server refused a change. Tenor will try again."
    return "Sync failed unexpectedly; Tenor will try again."


class BackgroundSync:
    """Runs ``engine.sync()`` every ``interval_s`` seconds on a daemon thread."""

    def __init__(
        self,
        engine: SyncEngine,
        *,
        interval_s: float = 60.0,
        max_backoff_s: float = 900.0,
        on_report: Callable[[SyncReport], None] = lambda _report: None,
        on_error: Callable[[SyncError], None] = lambda _error: None,
        on_round_start: Callable[[], None] = lambda: None,
        on_status: Callable[[BackgroundStatus], None] = lambda _status: None,
        clock: Clock | None = None,
    ) -> None:
        self._engine = engine
        self._interval = interval_s
        self._max_backoff = max_backoff_s
        self._on_report = on_report
        self._on_error = on_error
        self._on_round_start = on_round_start  # lets a UI show "syncing"
        self._on_status = on_status
        self._clock = clock or SystemClock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._status = BackgroundStatus()
        self.failures = 0

    def start(self) -> None:
        """Start the worker (idempotent); the first round runs at once."""
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._publish(running=True, stopped_for_sign_in=False)
            self._thread = threading.Thread(target=self._run, name="tenor-sync", daemon=True)
            self._thread.start()

    def sync_now(self) -> None:
        """Ask for a round as soon as possible (after a local change, say)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the current round (waits up to ``timeout`` seconds for it)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
        self._publish(running=False, syncing=False)

    def status(self) -> BackgroundStatus:
        """The latest snapshot (any thread)."""
        with self._lock:
            return self._status

    def next_delay(self) -> float:
        """Seconds until the next round given the failures so far."""
        if self.failures == 0:
            return self._interval
        return float(min(self._interval * 2 ** (self.failures - 1), self._max_backoff))

    def _run(self) -> None:
        while not self._stop.is_set():
            delay = self._round()
            self._wake.wait(delay)
            self._wake.clear()

    def _round(self) -> float:
        self._on_round_start()
        self._publish(syncing=True)
        try:
            report = self._engine.sync()
        except AuthenticationFailed as error:
            self._failed(error, stop=True)
            self._stop.set()
            return 0.0
        except Throttled as error:
            self.failures += 1
            self._failed(error)
            return max(float(error.retry_after), self.next_delay())
        except SyncError as error:
            self.failures += 1
            _log.info("sync round failed: %s", type(error).__name__)
            self._failed(error)
            return self.next_delay()
        except Exception as error:
            # Anything else (a vault error, a bug) must not end the worker silently: the UI
            # would say "syncing" forever. Report it as a sync failure and back off.
            self.failures += 1
            _log.warning("sync round failed unexpectedly: %s", type(error).__name__)
            self._failed(SyncError("Sync failed unexpectedly; Tenor will try again."))
            return self.next_delay()
        self.failures = 0
        self._on_report(report)
        self._publish(
            syncing=False,
            last_success_at=self._clock.now(),
            pending=self._pending(),
            error=None,
            failures=0,
        )
        return self._interval

    def _failed(self, error: SyncError, *, stop: bool = False) -> None:
        self._on_error(error)
        self._publish(
            syncing=False,
            running=not stop,
            pending=self._pending(),
            error=describe_error(error),
            failures=self.failures,
            stopped_for_sign_in=stop,
        )

    def _pending(self) -> int | None:
        try:
            return self._engine.pending_changes()
        except Exception:  # a count is informative only; the round's outcome is what matters
            _log.info("could not count pending sync changes")
            return None

    def _publish(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # type: ignore[arg-type]
            status = self._status
        self._on_status(status)
