"""Run slow work off the Qt main thread and deliver its result back on the main thread.

One helper for the whole UI (Picard's ``run_task`` idea): ``runner.run(fn, on_done, on_error)``.
Callbacks always run on the main thread through a queued signal; exceptions in ``fn`` never
escape the worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    finished = Signal(object, object, object)  # (callback, result, error)

    @Slot(object, object, object)
    def deliver(self, callback: Any, result: Any, error: Any) -> None:
        callback(result, error)


class _Job(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[[], Any], callback: Any) -> None:
        super().__init__()
        self._relay, self._fn, self._callback = relay, fn, callback

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # delivered to the caller's on_error
            self._relay.finished.emit(self._callback, None, error)
        else:
            self._relay.finished.emit(self._callback, result, None)


class TaskRunner(QObject):
    """Thread-pool runner whose callbacks land on the thread that created it (the main thread)."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._relay.deliver)
        self.pending = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn()`` on a worker, then ``on_done(result)`` or ``on_error(exc)`` here."""
        self.pending += 1

        def callback(result: Any, error: BaseException | None) -> None:
            self.pending -= 1
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is not None:
                on_error(error)
            else:
                log.error("background task failed: %s", type(error).__name__)

        self._pool.start(_Job(self._relay, fn, callback))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (tests and shutdown)."""
        return bool(self._pool.waitForDone(msecs))
