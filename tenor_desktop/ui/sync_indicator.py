"""The main window's sync indicator: state, last sync time, changes waiting, and "Sync now"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from tenor_desktop.services.sync_status import SyncPhase, SyncStatus

_DOTS = {
    SyncPhase.SIGNED_OUT: "○",
    SyncPhase.SYNCING: "◌",
    SyncPhase.SYNCED: "●",
    SyncPhase.OFFLINE: "◐",
    SyncPhase.ERROR: "▲",
}


def format_time(when: datetime, now: datetime) -> str:
    """``14:32`` today, ``27 Nov 14:32`` on another day (local time)."""
    local, today = when.astimezone(), now.astimezone()
    if local.date() == today.date():
        return local.strftime("%H:%M")
    return local.strftime("%d %b %H:%M")


def status_text(status: SyncStatus, now: datetime) -> str:
    """One calm line for the toolbar; never PHI (counts, times and fixed sentences only)."""
    last = f"last synced {format_time(status.last_synced_at, now)}" if status.last_synced_at else ""
    pending = status.pending
    waiting = f"{pending} change{'s' if pending != 1 else ''} waiting" if pending else ""
    if status.phase is SyncPhase.SIGNED_OUT:
        return "Sync off: everything stays on this computer"
    if status.phase is SyncPhase.SYNCING:
        return "Syncing…"
    if status.phase is SyncPhase.SYNCED:
        when = format_time(status.last_synced_at, now) if status.last_synced_at else ""
        return ", ".join(p for p in (f"Synced {when}".strip(), waiting) if p)
    label = "Offline" if status.phase is SyncPhase.OFFLINE else "Sync problem"
    return ", ".join(p for p in (label, waiting, last) if p)


class SyncIndicator(QWidget):
    """Shows a SyncStatus; the button asks for a round (or for sign-in when signed out)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.label = QLabel("")
        self.label.setObjectName("syncStatus")
        self.label.setAccessibleName("Sync status")
        self.sync_now_button = QPushButton("Sync now")
        self.sync_now_button.setAccessibleName("Sync now")
        self.sync_now_button.setToolTip("Send and receive changes now")
        fixed = QSizePolicy.Policy.Fixed
        self.sync_now_button.setSizePolicy(fixed, fixed)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.addStretch(1)  # the toolbar may hand out extra width: keep both at the right
        layout.addWidget(self.label)
        layout.addWidget(self.sync_now_button)
        self.phase = SyncPhase.SIGNED_OUT
        self.show_status(SyncStatus(SyncPhase.SIGNED_OUT), datetime.now().astimezone())

    def show_status(self, status: SyncStatus, now: datetime, account: str = "") -> None:
        """Display ``status``; the tooltip adds the sentence behind an offline or error state."""
        self.phase = status.phase
        self.label.setText(f"{_DOTS[status.phase]}  {status_text(status, now)}")
        self.label.setProperty("phase", status.phase.value)
        self.label.style().unpolish(self.label)  # re-evaluate the [phase=...] stylesheet rules
        self.label.style().polish(self.label)
        details = [status.message] if status.message else []
        if account:
            details.append(f"Account: {account}")
        self.label.setToolTip("\n".join(details))
        self.label.setAccessibleDescription(status.message)
        if status.phase is SyncPhase.SIGNED_OUT:
            self.sync_now_button.setText("Sign in to sync…")
        elif status.needs_sign_in:
            self.sync_now_button.setText("Sign in again…")
        else:
            self.sync_now_button.setText("Sync now")
        self.sync_now_button.setEnabled(status.phase is not SyncPhase.SYNCING)
