"""Clients, sessions, transcript, notes and deletion through the real window and a real vault."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from tenor_desktop.core.models import ProcessingMode, RetentionPolicy
from tenor_desktop.security.policy import ManagedPolicy
from tenor_desktop.services.import_service import ImportService
from tenor_desktop.ui.deletion_dialog import DeletionDialog
from tenor_desktop.ui.settings_dialog import PracticeSettingsDialog
from tests.ui.conftest import create_vault, visible_text

TRANSCRIPT = """Therapist: How have you been sleeping since we last met?
Client: Badly. I keep waking at three and thinking about the quarrynest canary project.
Therapist: What goes through your mind when you wake?
Client: That I will fail again, and I feel anxious and tired all day.
Therapist: Let's try a wind-down routine this week and track your sleep in a diary.
"""


def _import(window, tmp_path: Path, pseudonym: str = "Juniper") -> str:  # type: ignore[no-untyped-def]
    source = tmp_path / "session.txt"
    source.write_text(TRANSCRIPT)
    service = window.workspace_service
    client = service.add_client(pseudonym, processing_mode=ProcessingMode.LOCAL_ONLY)
    result = ImportService(service.vault).import_file(source, client_pseudonym=pseudonym)
    window.controller.refresh_clients(select=client.id)
    window.controller.select_client(client.id, select_session=result.session_id)
    window.controller.select_session(result.session_id)
    return str(result.session_id)


@pytest.fixture
def accept_dialogs(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(DeletionDialog, "exec", lambda _self: QDialog.DialogCode.Accepted.value)
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    )


def test_session_view_shows_speakers_timestamps_and_search_highlight(
    qtbot, make_window, tmp_path
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _import(window, tmp_path)
    shown = window.workspace.session.transcript.plain_text()
    assert "Client: Badly." in shown and "0:00:00" in shown
    window.workspace.session.transcript.find_box.setText("quarrynest")
    assert "quarrynest" in window.workspace.session.transcript.text.toHtml()


def test_offline_note_is_drafted_with_evidence_and_edits_make_a_new_version(
    qtbot, make_window, tmp_path
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    session_id = _import(window, tmp_path)
    window.workspace.session.note.regenerate_button.click()
    qtbot.waitUntil(lambda: window.workspace.session.note.editors != [], timeout=30000)
    note = window.workspace.session.detail.note
    assert note is not None and note.version == 1 and note.template == "soap"
    assert any(section.evidence for section in note.sections)
    editor = window.workspace.session.note.editors[0]
    editor.editor.setPlainText("Client reports broken sleep, written by the clinician.")
    window.workspace.session.note.save_button.click()
    qtbot.waitUntil(
        lambda: window.workspace.session.detail.note.version == 2,  # type: ignore[union-attr]
        timeout=15000,
    )
    versions = window.workspace_service._notes.versions(session_id)
    assert [v.version for v in versions] == [1, 2] or [v.version for v in versions] == [2, 1]


def test_deleting_a_session_removes_it_from_every_list_and_search(
    qtbot, make_window, tmp_path, accept_dialogs
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _import(window, tmp_path)
    window.workspace.session.delete_button.click()
    qtbot.waitUntil(lambda: window.workspace.session.detail is None, timeout=15000)
    assert "quarrynest" not in visible_text(window)
    assert window.context.vault_service.search("quarrynest") == []
    assert window.context.vault_service.sessions("Juniper") == []


def test_deleting_a_transcript_keeps_the_session_and_says_so(
    qtbot, make_window, tmp_path, accept_dialogs
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    session_id = _import(window, tmp_path)
    window.workspace.session.transcript.delete_button.click()
    qtbot.waitUntil(
        lambda: "deleted" in window.workspace.session.transcript.plain_text(), timeout=15000
    )
    assert "quarrynest" not in visible_text(window)
    assert window.context.vault_service.session_detail(session_id).segments == ()


def test_client_deletion_needs_the_pseudonym_typed(qtbot, make_window, tmp_path) -> None:
    dialog = DeletionDialog("client", "Juniper")
    qtbot.addWidget(dialog)
    assert not dialog.delete_button.isEnabled()
    dialog.confirm.setText("Junip")
    assert not dialog.delete_button.isEnabled()
    dialog.confirm.setText("Juniper")
    assert dialog.delete_button.isEnabled()
    assert "never existed" in visible_text(dialog)


def test_deleting_a_client_leaves_nothing_on_screen(
    qtbot, make_window, tmp_path, accept_dialogs
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _import(window, tmp_path, "Juniper")
    window.controller.delete_client(window.controller.client_id, "Juniper")
    qtbot.waitUntil(lambda: window.workspace.sidebar.list.count() == 0, timeout=15000)
    text = visible_text(window)
    assert "Juniper" not in text and "quarrynest" not in text


def test_retention_set_in_client_settings_applies_to_existing_sessions(
    qtbot, make_window, tmp_path
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    session_id = _import(window, tmp_path)
    window.workspace_service.draft_note(session_id, template="soap")
    client_id = window.controller.client_id
    window.workspace_service.update_client(client_id, retention=RetentionPolicy("after_note"))
    assert window.context.vault_service.session_detail(session_id).segments == ()


def test_hourly_retention_check_deletes_transcripts_that_became_due(
    qtbot, make_window, tmp_path, clock
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    session_id = _import(window, tmp_path)
    client_id = window.controller.client_id
    window.workspace_service.update_client(client_id, retention=RetentionPolicy("after_days", 1))
    assert window.context.vault_service.session_detail(session_id).segments != ()  # not yet due
    assert window.retention_timer.isActive()
    assert window.retention_timer.interval() == 60 * 60 * 1000
    clock.advance(2 * 24 * 3600)
    window.check_retention()  # what the hourly timer calls
    qtbot.waitUntil(
        lambda: "deleted" in window.workspace.session.transcript.plain_text(), timeout=15000
    )
    assert window.context.vault_service.session_detail(session_id).segments == ()
    assert "quarrynest" not in visible_text(window)


def test_managed_settings_are_locked_in_the_settings_dialog(qtbot, make_window) -> None:
    policy = ManagedPolicy(enforced={"cloud_providers": False, "phi_redaction": True})
    window = make_window(policy)
    create_vault(qtbot, window)
    dialog = PracticeSettingsDialog(window.workspace_service.practice_settings(), policy, window)
    qtbot.addWidget(dialog)
    assert not dialog.provider.isEnabled() and not dialog.phi.isEnabled()
    assert "IT policy" in dialog.provider.toolTip()
    assert dialog.idle.maximum() == 30


def test_closing_while_recording_asks_first(qtbot, make_window, monkeypatch) -> None:
    window = make_window()
    create_vault(qtbot, window)

    class Recording:
        session_id = "ses_live"

        def stop(self) -> None:
            self.session_id = None  # type: ignore[assignment]

    window.recording.recorder = Recording()
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No)
    )
    window.close()
    assert window.isVisible() and not window.is_locked
