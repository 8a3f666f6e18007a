"""Import, speakers, EHR copy, PDF export, regenerate, client and practice settings, account
deletion: each driven through the real window, its dialogs and a real vault."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from tenor_desktop.core.models import ProcessingMode, RetentionPolicy
from tenor_desktop.ui.client_dialog import ClientDialog
from tenor_desktop.ui.deletion_dialog import DeletionDialog
from tenor_desktop.ui.settings_dialog import PracticeSettingsDialog
from tenor_desktop.ui.speakers_dialog import SpeakersDialog
from tenor_desktop.ui.workspace_controller import ACCOUNT_CONFIRMATION
from tests.ui.conftest import create_vault, visible_text
from tests.ui.test_workspace_flows import TRANSCRIPT, _import

ACCEPTED = QDialog.DialogCode.Accepted.value


def _drive(monkeypatch, cls: type, fill: Callable[[Any], None]) -> list[Any]:  # type: ignore[no-untyped-def]
    """Replace ``cls.exec`` with: fill the fields like a user would, then press Save/OK."""
    opened: list[Any] = []

    def run(dialog: Any) -> int:
        opened.append(dialog)
        fill(dialog)
        return ACCEPTED

    monkeypatch.setattr(cls, "exec", run)
    return opened


def test_import_a_transcript_file_through_the_ui(qtbot, make_window, tmp_path, monkeypatch) -> None:
    window = make_window()
    create_vault(qtbot, window)
    source = tmp_path / "visit.txt"
    source.write_text(TRANSCRIPT.replace("Badly.", "Badly since Gregory Hale moved out."))
    client = window.workspace_service.add_client("Rowan")
    window.controller.refresh_clients(select=client.id)
    window.controller.select_client(client.id)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(source), ""))
    )
    window.workspace.sessions.import_button.click()
    qtbot.waitUntil(lambda: window.workspace.session.detail is not None, timeout=60000)
    detail = window.workspace.session.detail
    assert detail.client.id == client.id and len(detail.segments) == 5  # type: ignore[union-attr]
    assert detail.note is not None  # type: ignore[union-attr]
    assert "Gregory" not in visible_text(window)  # redacted on import
    assert "name" in window.workspace.session.transcript.summary.text()


def test_rename_and_swap_speakers(qtbot, make_window, tmp_path, monkeypatch) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _import(window, tmp_path)
    _drive(monkeypatch, SpeakersDialog, lambda d: d.swap())
    window.workspace.session.transcript.rename_button.click()
    shown = window.workspace.session.transcript.plain_text()
    assert "Therapist: Badly." in shown and "Client: How have you been" in shown

    def rename(dialog: SpeakersDialog) -> None:
        for field in dialog.fields.values():
            field.setText({"Client": "Dr Moss", "Therapist": "Juniper"}[field.text()])

    _drive(monkeypatch, SpeakersDialog, rename)
    window.workspace.session.transcript.rename_button.click()
    assert "Juniper: Badly." in window.workspace.session.transcript.plain_text()


def _with_note(qtbot, window, tmp_path) -> str:  # type: ignore[no-untyped-def]
    session_id = _import(window, tmp_path)
    window.workspace.session.note.regenerate_button.click()
    qtbot.waitUntil(lambda: window.workspace.session.note.editors != [], timeout=30000)
    return session_id


def test_copy_for_ehr_puts_plain_text_on_the_clipboard(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _with_note(qtbot, window, tmp_path)
    QGuiApplication.clipboard().clear()
    window.workspace.session.note.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert "SUBJECTIVE" in text and "quarrynest" in text and "<" not in text


def test_export_pdf_writes_a_pdf_where_chosen(qtbot, make_window, tmp_path, monkeypatch) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _with_note(qtbot, window, tmp_path)
    target = tmp_path / "out" / "note.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    window.workspace.session.note.export_button.click()
    assert target.read_bytes().startswith(b"%PDF")


def test_regenerate_with_another_template(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _with_note(qtbot, window, tmp_path)
    note_view = window.workspace.session.note
    note_view.template.setCurrentText("DAP")
    note_view.regenerate_button.click()
    qtbot.waitUntil(
        lambda: window.workspace.session.detail.note.template == "dap",  # type: ignore[union-attr]
        timeout=30000,
    )
    assert "DAP note, version 2" in note_view.header.text()
    assert note_view.editors[0].section.title == "Data"


def test_client_settings_change_mode_retention_and_template(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    session_id = _with_note(qtbot, window, tmp_path)

    def fill(dialog: ClientDialog) -> None:
        dialog.pseudonym.setText("Juniper B")
        dialog.mode.setCurrentIndex(1)
        dialog.retention.setCurrentIndex(dialog.retention.findData("after_note"))
        dialog.template.setCurrentIndex(dialog.template.findData("birp"))

    _drive(monkeypatch, ClientDialog, fill)
    window.workspace.sessions.settings_button.click()
    qtbot.waitUntil(lambda: window.workspace.sessions.heading.text() == "Juniper B", timeout=15000)
    client = window.context.vault_service.client_by_pseudonym("Juniper B")
    assert client.processing_mode is ProcessingMode.CLOUD_ALLOWED
    assert client.retention == RetentionPolicy("after_note")
    assert client.default_template == "birp"
    assert window.context.vault_service.session_detail(session_id).segments == ()
    assert window.workspace.sessions.mode_badge.text() == "Cloud allowed"


def test_practice_settings_are_saved_and_the_idle_timeout_applies_at_once(
    qtbot, make_window, clock, monkeypatch
) -> None:
    window = make_window()
    create_vault(qtbot, window)

    def fill(dialog: PracticeSettingsDialog) -> None:
        dialog.idle.setValue(5)
        dialog.topics["SUBSTANCE_USE"].setChecked(True)

    _drive(monkeypatch, PracticeSettingsDialog, fill)
    window.settings_action.trigger()
    saved = window.workspace_service.practice_settings()
    assert saved.idle_timeout_minutes == 5 and "SUBSTANCE_USE" in saved.topic_categories
    clock.advance(5 * 60 + 1)
    window.idle.check()
    assert window.is_locked


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_account_deletion_explains_needs_typing_and_returns_to_first_run(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _import(window, tmp_path)
    explained: list[str] = []
    _drive(monkeypatch, PracticeSettingsDialog, lambda d: d.delete_account_button.click())

    def confirm(dialog: DeletionDialog) -> None:
        explained.append(visible_text(dialog))
        assert not dialog.delete_button.isEnabled()
        dialog.confirm.setText(ACCOUNT_CONFIRMATION)
        assert dialog.delete_button.isEnabled()

    _drive(monkeypatch, DeletionDialog, confirm)
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.first_run, timeout=30000)
    assert "whole vault" in explained[0]
    assert not window.context.vault_service.exists()
    assert not any(Path(tmp_path / "vault").glob("vault.*"))
    assert "Juniper" not in visible_text(window) and "quarrynest" not in visible_text(window)
