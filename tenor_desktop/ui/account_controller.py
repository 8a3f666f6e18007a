"""Sync account actions from the window: sign in (also offered at first run) and two-factor."""

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

        QMessageBox.warning(self.window, "Sync", user_message(error))

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
        self.window.runner.run(
            lambda: accounts.sign_in(server, email, password, create=create, totp_code=code),
            self._signed_in,
            self._error,
        )

    def _signed_in(self, stored: Any) -> None:
        self.last_message = f"Signed in as {stored.email}. This computer now syncs."
        self.window.sync.start()
        QMessageBox.information(self.window, "Sync", self.last_message)

    def set_up_two_factor(self) -> None:
        """Enrol: QR code from the server, the first code back, then the recovery codes."""
        accounts = self._service()
        if accounts is None:
            return
        self.window.runner.run(accounts.start_two_factor, self._confirm, self._error)

    def _confirm(self, uri: str) -> None:
        from tenor_desktop.ui.workspace_controller import accepted

        accounts = self._service()
        dialog = TwoFactorDialog(uri, self.window)
        if accounts is None or not accepted(dialog):
            return
        code = dialog.code()
        self.window.runner.run(
            lambda: accounts.confirm_two_factor(code),
            self._enrolled,
            self._error,
        )

    def _enrolled(self, codes: list[str]) -> None:
        self.last_message = (
            "Two-factor sign-in is on. Write these recovery codes down and keep them with your "
            "recovery kit:\n\n" + "\n".join(codes)
        )
        QMessageBox.information(self.window, "Two-factor sign-in", self.last_message)
