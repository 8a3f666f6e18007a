"""Background sync while the vault is open: the session's status reaches the toolbar indicator.

The sync session runs its rounds on its own worker thread. Its callback only emits
``_woken(generation)``, an int, through a queued signal (a Python object crossing threads in a
Qt signal is what we avoid); the statuses themselves are collected here with
``session.drain()``. Nothing here touches the idle lock: sync rounds and the refreshes they
cause are not keyboard or mouse input, so they never postpone the automatic logoff.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from tenor_desktop.services.sync_status import SyncPhase, SyncStatus
from tenor_desktop.ui.sync_indicator import SyncIndicator
from tenor_desktop.vault.errors import NotFound

if TYPE_CHECKING:
    from tenor_desktop.ui.shell import TenorWindow


class SyncController(QObject):
    """Starts the session at unlock and sign-in, stops it before the vault locks."""

    # Emitted by the sync thread: "statuses are queued" for that session generation (a wake-up
    # from a session stopped since is dropped).
    _woken = Signal(int)
    # Emitted here, on the main thread, for every status shown (tests and benchmarks listen).
    status_arrived = Signal(object)

    def __init__(self, window: TenorWindow) -> None:
        super().__init__(window)
        self.window = window
        self.indicator = SyncIndicator()
        self.session: Any = None
        self.last_status = SyncStatus(SyncPhase.SIGNED_OUT)
        self.refreshes = 0  # workspace reloads caused by changes from other devices (tests)
        self._generation = 0
        self._woken.connect(self._arrived)
        self.indicator.sync_now_button.clicked.connect(self.sync_now)

    def start(self) -> None:
        """Begin background rounds for the signed-in account (a no-op when signed out)."""
        self.stop()
        make = self.window.context.make_sync_session
        workspace = self.window.workspace_service
        if make is None or workspace is None:
            return
        generation = self._generation

        def report(_status: object) -> None:  # runs on the sync thread
            self._woken.emit(generation)

        session = make(workspace.vault, report, self.window.context.sync_interval_s)
        if session is None:
            return
        self.session = session
        self._show(SyncStatus(SyncPhase.SYNCING))
        session.start()

    def stop(self, *, paused: bool = False) -> None:
        """Stop rounds and wait for the one in flight (before the vault closes).

        Args: ``paused``: an account call runs meanwhile; the indicator keeps what it shows.
        """
        self._generation += 1
        session, self.session = self.session, None
        if session is not None:
            session.stop()
        if not paused:
            self._show(SyncStatus(SyncPhase.SIGNED_OUT))

    def sync_now(self) -> None:
        """A round now; when signed out or the sign-in has ended, offer the sign-in instead."""
        if self.session is None or self.last_status.needs_sign_in:
            self.window.accounts.sign_in()
            return
        self._show(SyncStatus(SyncPhase.SYNCING, last_synced_at=self.last_status.last_synced_at))
        self.session.sync_now()

    def nudge(self) -> None:
        """After a local change: a round soon, if sync is running (nothing is shown for it)."""
        if self.session is not None and not self.last_status.needs_sign_in:
            self.session.sync_now()

    def _arrived(self, generation: int) -> None:
        if generation != self._generation or self.session is None:
            return
        refresh = False
        for status in self.session.drain():
            self._show(status)
            self.status_arrived.emit(status)
            report = status.report
            refresh = refresh or bool(
                report is not None and (report.pulled or report.deleted_locally)
            )
        if refresh:
            self._refresh_workspace()

    def _show(self, status: SyncStatus) -> None:
        self.last_status = status
        account = self.session.account_email if self.session is not None else ""
        self.indicator.show_status(status, self.window.context.clock.now(), account)

    def _refresh_workspace(self) -> None:
        """Show what other devices changed; never overwrite a note being edited."""
        if self.window.workspace_service is None:
            return
        controller = self.window.controller
        client_id, session_id = controller.client_id, controller.session_id
        vault = self.window.context.vault_service
        self.refreshes += 1
        controller.refresh_clients(select=client_id)
        if client_id is None or client_id not in {c.id for c in vault.clients()}:
            controller.forget()
            self.window.workspace.sessions.clear()
            self.window.workspace.session.show_detail(None)
            return
        controller.select_client(client_id, select_session=session_id)
        if session_id is None:
            return
        editing = any(
            e.edited_text() is not None for e in self.window.workspace.session.note.editors
        )
        try:
            detail = vault.session_detail(session_id)
        except NotFound:
            controller.session_id = None
            self.window.workspace.session.show_detail(None)
            return
        if not editing:
            controller.session_id = session_id
            self.window.workspace.session.show_detail(detail)
