"""Feeds keyboard and mouse input to the IdlePolicy and asks for a lock when it says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from tenor_desktop.security.idle_policy import IdlePolicy

_USER_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Application-wide event filter; ``idle_timeout`` fires once per idle period."""

    idle_timeout = Signal()

    def __init__(
        self, policy: IdlePolicy, check_interval_ms: int = 5000, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.armed = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Begin watching (after unlock)."""
        self.policy.record_activity()
        self.armed = True
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (while locked)."""
        self.armed = False
        self._timer.stop()

    def attach(self, app: QObject) -> None:
        """Watch every input event of the application."""
        app.installEventFilter(self)

    def detach(self, app: QObject) -> None:
        """Stop receiving the application's events.

        An application-wide filter must be removed before its owner goes away: a filter whose
        Python side is gone while Qt still calls it crashes the process.
        """
        self.stop()
        app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: ARG002 - Qt API
        """Count user input as activity; never consume the event."""
        if self.armed and event.type() in _USER_INPUT:
            self.policy.record_activity()
        return False

    def check(self) -> None:
        """Emit ``idle_timeout`` when the policy says the inactivity period has passed."""
        if self.armed and self.policy.should_lock():
            self.armed = False
            self._timer.stop()
            self.idle_timeout.emit()
