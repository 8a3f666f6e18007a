"""Recovery kit PDF on first run, API keys into the SecretStore (never the settings JSON),
two-factor QR code rendered in memory."""

from __future__ import annotations

import json

import pyotp
from PySide6.QtWidgets import QDialog, QFileDialog

from tenor_desktop.security.secrets import SecretStore
from tenor_desktop.ui.settings_dialog import PracticeSettingsDialog
from tenor_desktop.ui.two_factor_dialog import TwoFactorDialog, qr_matrix
from tenor_desktop.vault.repositories import SettingsRepository
from tests.ui.conftest import PASSPHRASE, create_vault


def test_first_run_saves_a_printable_recovery_kit(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    window = make_window()
    target = tmp_path / "kit.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    window.first_run.passphrase.setText(PASSPHRASE)
    window.first_run.recovery_button.click()
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert str(tmp_path / "vault").encode() in data  # the vault location is printed
    assert b"Passphrase: ____" in data
    assert PASSPHRASE.encode() not in data  # never the passphrase itself


def test_api_keys_go_to_the_secret_store_not_the_settings(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    window.context.make_secret_store = lambda vault: SecretStore(vault=vault, detect_keyring=False)
    create_vault(qtbot, window)

    def fill(dialog: PracticeSettingsDialog) -> int:
        dialog.key_fields["openai_api_key"].setText("sk-test-0123456789")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PracticeSettingsDialog, "exec", fill)
    window.settings_action.trigger()
    vault = window.workspace_service.vault
    store = SecretStore(vault=vault, detect_keyring=False)
    assert store.get("openai_api_key") == "sk-test-0123456789"
    stored_settings = json.dumps(SettingsRepository(vault).get("practice", {}))
    assert "sk-test" not in stored_settings
    seen: list[str] = []

    def look(dialog: PracticeSettingsDialog) -> int:
        seen.append(dialog.key_fields["openai_api_key"].placeholderText())
        seen.append(dialog.key_fields["openai_api_key"].text())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(PracticeSettingsDialog, "exec", look)
    window.settings_action.trigger()
    assert seen == ["Saved; type to replace", ""]  # the key is never shown back


def test_two_factor_dialog_shows_a_qr_code_of_the_enrolment_uri(qtbot) -> None:
    uri = pyotp.TOTP(pyotp.random_base32()).provisioning_uri(
        name="clinic@example.org", issuer_name="Tenor"
    )
    dialog = TwoFactorDialog(uri)
    qtbot.addWidget(dialog)
    pixmap = dialog.qr.pixmap()
    matrix = qr_matrix(uri)
    assert pixmap.width() == pixmap.height() == len(matrix) * 6
    image = pixmap.toImage()
    assert image.pixelColor(0, 0).lightness() > 200  # quiet border
    dark = next((x, y) for y, row in enumerate(matrix) for x, cell in enumerate(row) if cell)
    assert image.pixelColor(dark[0] * 6 + 1, dark[1] * 6 + 1).lightness() < 50
    dialog.code_field.setText("123 456")
    assert dialog.code() == "123456"
