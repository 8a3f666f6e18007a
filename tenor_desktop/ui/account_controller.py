"""Sync account actions from the window: sign in (also offered at first run) and two-factor.

Background sync is paused while an account call runs: both would otherwise refresh the same
rotating tokens at once, and a new sign-in replaces the bookkeeping the running rounds use.
It starts again (with the stored credentials) when the call has finished either way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from tenor_desktop.ui.sync_dialog import SyncSignInDialog
from tenor_desktop.ui.two_factor_dialog import TwoFactorDialog

if TYPE_CHECKING:
    from tenor_desktop.ui.shell import TenorWindow


class AccountController:
    """Runs every server call on the task runner; results and errors come back here."""

    def __init__(self, window: TenorWindow) -> None:
        self.window = window
        self.last_message = ""

    def _service(self) -> Any:
        make = self.window.context.make_sync_account
        service = self.window.workspace_service
        if make is None or service is None:
            return None
        return make(service.vault)

    def _error(self, error: BaseException) -> None:
        from tenor_desktop.ui.shell import user_message

        self._resume_sync()
        QMessageBox.warning(self.window, "Sync", user_message(error))

    def _run(self, call: Any, on_done: Any) -> None:
        """Run an account call off the main thread with background sync paused."""
        self.window.sync.stop(paused=True)
        self.window.runner.run(call, on_done, self._error)

    def _resume_sync(self) -> None:
        if self.window.workspace_service is not None:
            self.window.sync.start()

    def sign_in(self) -> None:
        """Ask for the account and sign this device in."""
        from tenor_desktop.ui.workspace_controller import accepted

        accounts = self._service()
        if accounts is None:
            return
        server = self.window.workspace_service.practice_settings().sync_server or ""  # type: ignore[union-attr]
        dialog = SyncSignInDialog(server, parent=self.window)
        if not accepted(dialog):
            return
        server, email, password, create, code = dialog.values()
        self._run(
            lambda: accounts.sign_in(server, email, password, create=create, totp_code=code),
            self._signed_in,
        )

    def _signed_in(self, stored: Any) -> None:
        self.last_message = f"Signed in as {stored.email}. This computer now syncs."
        self._resume_sync()
        QMessageBox.information(self.window, "Sync", self.last_message)

    def set_up_two_factor(self) -> None:
        """Enrol: QR code from the server, the first code back, then the recovery codes."""
        accounts = self._service()
        if accounts is None:
            return
        self._run(accounts.start_two_factor, self._confirm)

    def _confirm(self, uri: str) -> None:
        from tenor_desktop.ui.workspace_controller import accepted

        accounts = self._service()
        dialog = TwoFactorDialog(uri, self.window)
        if accounts is None or not accepted(dialog):
            self._resume_sync()
            return
        code = dialog.code()
        self._run(lambda: accounts.confirm_two_factor(code), self._enrolled)

    def _enrolled(self, codes: list[str]) -> None:
        self._resume_sync()
        self.last_message = (
            "Two-factor sign-in is on. Write these recovery codes down and keep them with your "
            "recovery kit:\n\n" + "\n".join(codes)
        )
        QMessageBox.information(self.window, "Two-factor sign-in", self.last_message)
