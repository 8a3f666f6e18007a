"""Background sync while the app is open: one worker thread, periodic rounds, backoff on failure.

The worker never touches Qt; the UI layer adapts ``on_report`` / ``on_error`` callbacks into
signals. Transient failures (network, 5xx, throttling) back off exponentially up to
``max_backoff_s`` and the offline queue (the engine's bookkeeping) keeps every change; a failed
sign-in stops the loop until the user signs in again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from tenor_desktop.sync.engine import SyncEngine, SyncReport
from tenor_desktop.sync.errors import AuthenticationFailed, SyncError, Throttled

_log = logging.getLogger(__name__)


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
    ) -> None:
        self._engine = engine
        self._interval = interval_s
        self._max_backoff = max_backoff_s
        self._on_report = on_report
        self._on_error = on_error
        self._on_round_start = on_round_start  # lets a UI show "syncing"
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.failures = 0

    def start(self) -> None:
        """Start the worker (idempotent)."""
        if self._thread is None or not self._thread.is_alive():
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="tenor-sync", daemon=True)
            self._thread.start()

    def sync_now(self) -> None:
        """Ask for a round as soon as possible (after a local change, say)."""
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop after the current round."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

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
        try:
            report = self._engine.sync()
        except AuthenticationFailed as error:
            self._on_error(error)
            self._stop.set()
            return 0.0
        except Throttled as error:
            self.failures += 1
            self._on_error(error)
            return max(float(error.retry_after), self.next_delay())
        except SyncError as error:
            self.failures += 1
            _log.info("sync round failed: %s", type(error).__name__)
            self._on_error(error)
            return self.next_delay()
        except Exception as error:
            # Anything else (a vault error, a bug) must not end the worker silently: the UI
            # would say "syncing" forever. Report it as a sync failure and back off.
            self.failures += 1
            _log.warning("sync round failed unexpectedly: %s", type(error).__name__)
            self._on_error(SyncError("Sync failed unexpectedly; Tenor will try again."))
            return self.next_delay()
        self.failures = 0
        self._on_report(report)
        return self._interval
