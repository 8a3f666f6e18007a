"""Sync sign-in from the window (and offered at first run), then two-factor enrolment, against a
real tenor_server on loopback (SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyotp
import pytest
from PySide6.QtWidgets import QDialog

from tenor_desktop.sync.device_account import DeviceAccountStore
from tenor_desktop.ui.settings_dialog import PracticeSettingsDialog
from tenor_desktop.ui.sync_dialog import SyncSignInDialog
from tenor_desktop.ui.two_factor_dialog import TwoFactorDialog
from tests.server.live_server import LiveServer, cheap_settings, database_url, run_server
from tests.ui.conftest import PASSPHRASE

ACCEPTED = QDialog.DialogCode.Accepted.value
ACCOUNT_PASSWORD = "a long account password 91"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    with database_url("sqlite", tmp_path) as url:
        with run_server(cheap_settings(url, tmp_path)) as live:
            yield live


def test_first_run_sign_in_then_two_factor_setup(
    qtbot, make_window, server, monkeypatch, shown_messages
) -> None:
    window = make_window()

    def fill(dialog: SyncSignInDialog) -> int:
        dialog.server.setText(server.base_url)
        dialog.email.setText("clinic@example.org")
        dialog.password.setText(ACCOUNT_PASSWORD)
        dialog.new_account.setChecked(True)
        return ACCEPTED

    monkeypatch.setattr(SyncSignInDialog, "exec", fill)
    window.first_run.passphrase.setText(PASSPHRASE)
    window.first_run.confirm.setText(PASSPHRASE)
    window.first_run.sign_in_to_sync.setChecked(True)
    window.first_run.create_button.click()
    qtbot.waitUntil(lambda: "Signed in as" in window.accounts.last_message, timeout=60000)
    stored = DeviceAccountStore(window.workspace_service.vault).load()
    assert stored is not None and stored.email == "clinic@example.org"

    secrets_seen: list[str] = []

    def enrol(dialog: TwoFactorDialog) -> int:
        assert not dialog.qr.pixmap().isNull()
        secret = pyotp.parse_uri(dialog.otpauth_uri).secret
        secrets_seen.append(secret)
        dialog.code_field.setText(pyotp.TOTP(secret).now())
        return ACCEPTED

    monkeypatch.setattr(TwoFactorDialog, "exec", enrol)
    monkeypatch.setattr(
        PracticeSettingsDialog, "exec", lambda d: (d.two_factor_button.click(), 0)[1]
    )
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: "recovery codes" in window.accounts.last_message, timeout=60000)
    assert len(secrets_seen) == 1
    assert len(window.accounts.last_message.splitlines()) >= 10


def test_a_wrong_password_is_reported_not_stored(
    qtbot, make_window, server, monkeypatch, shown_messages
) -> None:
    from tests.ui.conftest import create_vault

    window = make_window()
    create_vault(qtbot, window)

    def fill(dialog: SyncSignInDialog) -> int:
        dialog.server.setText(server.base_url)
        dialog.email.setText("nobody@example.org")
        dialog.password.setText("not registered at all")
        return ACCEPTED

    monkeypatch.setattr(SyncSignInDialog, "exec", fill)
    window.accounts.sign_in()
    qtbot.waitUntil(lambda: bool(shown_messages), timeout=30000)
    assert DeviceAccountStore(window.workspace_service.vault).load() is None
