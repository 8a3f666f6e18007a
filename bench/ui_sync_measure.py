"""Background sync in the window, measured for bench/ui_bench.py.

With the caseload vault unlocked in a real TenorWindow and signed in to a ``tenor-server`` child
process on loopback (SQLite), a 5 ms QTimer's lateness on the Qt main thread is recorded:

- idle, as the baseline of the same run;
- during the first background round (the whole caseload is sealed and uploaded);
- during no-change rounds every second.

Then ``window.lock()`` is timed right after asking for a round (the lock waits for a round in
flight before the vault closes).
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

# PySide6 6.12 on Python 3.11: the static QCoreApplication.processEvents() drops a reference to
# None on every call, so a benchmark loop calling it ~10^4 times aborts with "deallocating
# None". A QEventLoop's own processEvents() (same thread, same events) does not.
_LOOP: list[QEventLoop] = []


def pump_events() -> None:
    """Process pending events of this thread (the refcount-safe way)."""
    if not _LOOP:
        _LOOP.append(QEventLoop())
    _LOOP[0].processEvents()


def lateness_while(_app: QApplication, keep_going: Callable[[], bool]) -> list[float]:
    """Milliseconds each 5 ms tick came late while ``keep_going()`` holds."""
    lateness: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        lateness.append(max(0.0, (now - last[0]) / 1e6 - 5.0))
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    while keep_going():
        pump_events()
        time.sleep(0.001)
    timer.stop()
    return lateness


def summary(values: list[float]) -> dict[str, float]:
    """Tick count and lateness percentiles (ms)."""
    array = np.asarray(values or [0.0])
    return {
        "ticks": len(values),
        "p50": round(float(np.percentile(array, 50)), 2),
        "p99": round(float(np.percentile(array, 99)), 2),
        "max": round(float(array.max()), 2),
    }


def for_seconds(seconds: float) -> Callable[[], bool]:
    """A ``keep_going`` that holds for ``seconds``."""
    deadline = time.perf_counter() + seconds
    return lambda: time.perf_counter() < deadline


def measure_background_sync(
    app: QApplication, window: Any, *, no_change_seconds: float, server: Callable[..., Any]
) -> dict[str, Any]:
    """Run the three phases and the lock timing; ``server`` is bench.sync_bench.server_process."""
    from tenor_desktop.services.sync_status import SyncPhase

    context = window.context
    vault = window.workspace_service.vault
    idle = lateness_while(app, for_seconds(3.0))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "blobs").mkdir()
        with server(f"sqlite:///{tmp / 'server.db'}", tmp / "blobs") as base_url:
            context.make_sync_account(vault).sign_in(
                base_url, "bench@example.org", "bench account password 1", create=True
            )
            context.sync_interval_s = 1.0
            statuses: list[Any] = []
            window.sync.status_arrived.connect(statuses.append)
            started = time.perf_counter()
            window.sync.start()

            def first_round_running() -> bool:
                done = any(s.phase is not SyncPhase.SYNCING for s in statuses)
                return not done and time.perf_counter() - started < 600

            first = lateness_while(app, first_round_running)
            first_seconds = time.perf_counter() - started
            outcome = next((s for s in statuses if s.phase is not SyncPhase.SYNCING), None)
            before = len(statuses)
            no_change = lateness_while(app, for_seconds(no_change_seconds))
            rounds = sum(
                1 for s in statuses[before:] if s.phase is SyncPhase.SYNCED and s.report is not None
            )
            window.sync.sync_now()
            time.sleep(0.05)  # let the round begin
            lock_started = time.perf_counter()
            window.lock()
            lock_seconds = time.perf_counter() - lock_started
    idle_summary = summary(idle)
    base = max(idle_summary["p99"], 0.01)
    first_summary, steady = summary(first), summary(no_change)
    return {
        "server": "tenor-server child process, SQLite, loopback",
        "idle_baseline_ms": idle_summary,
        "first_round_upload_ms": {
            **first_summary,
            "seconds": round(first_seconds, 2),
            "outcome": outcome.phase.value if outcome else "timeout",
            "pushed": outcome.report.pushed if outcome and outcome.report else None,
            "p99_vs_idle": round(first_summary["p99"] / base, 2),
        },
        "no_change_rounds_ms": {
            **steady,
            "seconds": no_change_seconds,
            "rounds": rounds,
            "p99_vs_idle": round(steady["p99"] / base, 2),
        },
        "lock_with_round_requested_s": round(lock_seconds, 3),
        "target_p99_ms": 50,
    }
