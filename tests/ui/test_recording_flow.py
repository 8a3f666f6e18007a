"""The recording panel end to end: consent, live text, pause/resume, stop → redaction review,
lock while recording (segments keep arriving in the vault), silence and fallback notices.

Real vault, recorder, redaction (spaCy) and note drafting; the microphone and the engine are
protocol doubles from tests/ui/recording_doubles.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.services.recording_events import SegmentStored
from tenor_desktop.transcription.deepgram_settings import NoticeKind, TranscriberNotice
from tests.ui.conftest import PASSPHRASE, create_vault, use_test_recorder, visible_text


def _answer(monkeypatch, answer: QMessageBox.StandardButton) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[str] = []

    def question(_parent, title, *_args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _client(window, mode: ProcessingMode = ProcessingMode.LOCAL_ONLY) -> str:  # type: ignore[no-untyped-def]
    client = window.workspace_service.add_client("Juniper", processing_mode=mode)
    window.controller.refresh_clients(select=client.id)
    window.controller.select_client(client.id)
    return str(client.id)


def _start(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.workspace.sessions.record_button.click()
    assert window.stack.currentWidget() is window.recording.panel
    window.recording.panel.start_button.click()
    qtbot.waitUntil(lambda: window.recording.active, timeout=30000)


def test_record_stop_then_redaction_review_and_note(
    qtbot, make_window, redaction_models, monkeypatch
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    use_test_recorder(window, redaction_models)
    _client(window)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    nudges: list[int] = []
    monkeypatch.setattr(window.sync, "nudge", lambda: nudges.append(1))
    _start(qtbot, window)
    assert asked == ["Consent to record"]
    assert "Local only" in window.recording.panel.badge.text()
    panel = window.recording.panel
    qtbot.waitUntil(lambda: "sleeping badly" in panel.live_text(), timeout=30000)
    assert "[NAME 1]" in panel.live_text() and "Gregory" not in panel.live_text()
    panel.stop_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=60000)
    qtbot.waitUntil(lambda: window.workspace.session.detail is not None, timeout=30000)
    session = window.workspace.session
    assert session.tabs.currentWidget() is session.transcript
    assert session.transcript.summary.text().startswith("Removed: ")
    assert "name" in session.transcript.summary.text()
    placeholder = session.transcript.text.document().find("[NAME 1]")
    assert not placeholder.isNull()
    assert placeholder.charFormat().toolTip() == "Removed name"  # highlighted, with its label
    assert "Gregory" not in visible_text(window)
    assert window.context.vault_service.search("Gregory") == []
    assert session.detail.note is not None  # type: ignore[union-attr]
    assert session.detail.session.consent_at is not None  # type: ignore[union-attr]
    assert nudges == [1]  # the finished session is offered to sync right away


def test_consent_is_asked_before_the_first_recording_only(
    qtbot, make_window, redaction_models, monkeypatch
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    use_test_recorder(window, redaction_models)
    _client(window)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    window.workspace.sessions.record_button.click()
    assert asked == ["Consent to record"]
    assert window.stack.currentWidget() is window.workspace  # no consent, no panel
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _start(qtbot, window)
    window.recording.panel.stop_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.workspace, timeout=60000)
    asked.clear()
    window.workspace.sessions.record_button.click()
    assert asked == []  # consent recorded with the first session
    assert window.stack.currentWidget() is window.recording.panel


def test_pause_and_resume_stop_and_restart_listening(
    qtbot, make_window, redaction_models, monkeypatch
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    sources = use_test_recorder(window, redaction_models)
    _client(window)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _start(qtbot, window)
    panel = window.recording.panel
    panel.pause_button.click()
    qtbot.waitUntil(lambda: sources.sources[-1].paused.is_set(), timeout=10000)
    assert panel.pause_button.text() == "Resume"
    written = sources.sources[-1].written
    qtbot.wait(300)
    assert sources.sources[-1].written == written  # nothing captured while paused
    panel.pause_button.click()
    qtbot.waitUntil(lambda: not sources.sources[-1].paused.is_set(), timeout=10000)
    qtbot.waitUntil(lambda: sources.sources[-1].written > written, timeout=10000)
    assert panel.pause_button.text() == "Pause"


def test_lock_while_recording_keeps_storing_segments_and_unlock_shows_them(
    qtbot, make_window, redaction_models, monkeypatch
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    use_test_recorder(window, redaction_models)
    _client(window)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _start(qtbot, window)
    panel = window.recording.panel
    qtbot.waitUntil(lambda: "sleeping badly" in panel.live_text(), timeout=30000)
    stored_while_locked: list[int] = []
    window.recording.bridge.received.connect(
        lambda event: (
            stored_while_locked.append(event.segment.id)
            if isinstance(event, SegmentStored) and window.is_locked
            else None
        )
    )
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked and not window.context.vault_service.is_unlocked
    assert window.stack.currentWidget() is window.unlock_screen
    assert window.unlock_screen.recording_badge.isVisibleTo(window)
    assert "Juniper" not in visible_text(window) and "sleeping" not in visible_text(window)
    qtbot.waitUntil(lambda: len(stored_while_locked) >= 3, timeout=30000)
    assert window.recording.active
    window.unlock_screen.passphrase.setText(PASSPHRASE)
    window.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=15000)
    assert window.stack.currentWidget() is panel
    session_id = window.recording.recorder.session_id
    stored = {s.id for s in window.context.vault_service.session_detail(session_id).segments}
    assert set(stored_while_locked) <= stored
    assert panel.live_text().count("sleeping badly") >= 1
    panel.stop_button.click()
    qtbot.waitUntil(lambda: window.workspace.session.detail is not None, timeout=60000)
    assert len(window.workspace.session.detail.segments) >= len(stored)  # type: ignore[union-attr]


def test_silence_warning_and_engine_fallback_notice_are_shown(
    qtbot, make_window, redaction_models, monkeypatch
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    use_test_recorder(window, redaction_models, silent=True)
    _client(window, ProcessingMode.CLOUD_ALLOWED)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _start(qtbot, window)
    panel = window.recording.panel
    assert panel.badge.text() == "Cloud allowed"
    qtbot.waitUntil(lambda: "No sound from the microphone" in panel.warning.text(), timeout=20000)
    assert panel.level.value() == panel.level.minimum()
    notice = TranscriberNotice(
        NoticeKind.SWITCHED_TO_OFFLINE, 16_000, "Deepgram is unreachable; continuing offline."
    )
    window.recording.bridge.post(notice)
    qtbot.waitUntil(lambda: "continuing offline" in panel.notice.text(), timeout=5000)


def test_network_transcription_only_for_cloud_allowed_clients() -> None:
    from tenor_desktop.core.settings import PracticeSettings
    from tenor_desktop.services.live_recording import engine_for

    deepgram = PracticeSettings(transcription_engine="deepgram")
    assert engine_for(deepgram, ProcessingMode.CLOUD_ALLOWED) == "deepgram"
    assert engine_for(deepgram, ProcessingMode.LOCAL_ONLY) == "offline"
    no_cloud = PracticeSettings(transcription_engine="deepgram", cloud_allowed=False)
    assert engine_for(no_cloud, ProcessingMode.CLOUD_ALLOWED) == "offline"
    assert engine_for(PracticeSettings(), ProcessingMode.CLOUD_ALLOWED) == "offline"
