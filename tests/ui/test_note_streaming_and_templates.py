"""Note tab: a model's text streams in before the validated note; clinicians' own templates.

The local provider is the real app wiring (``TENOR_LOCAL_BASE_URL``) pointed at the loopback
fake of an OpenAI-compatible server, which holds its stream half-way until the test has looked.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from tenor_desktop.ui.client_dialog import ClientDialog
from tests.fakes.openai_server import FakeOpenAIServer
from tests.ui.conftest import create_vault
from tests.ui.test_workspace_flows import _import

COUPLES = """key = "couples_intake"
name = "Couples intake"

[[sections]]
title = "Relationship history"
guidance = "How the couple describe their history."
categories = ["presenting"]

[[sections]]
title = "Next steps"
guidance = "What was agreed."
categories = ["plan"]
"""


@pytest.fixture(scope="module")
def local_server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture
def local_model(
    local_server: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeOpenAIServer]:
    """The app's ``local`` provider talks to the fake; its stream waits for ``hold``."""
    monkeypatch.setenv("TENOR_LOCAL_BASE_URL", local_server.base_url)
    local_server.state.requests.clear()
    local_server.state.hold = threading.Event()
    local_server.state.hold_after = 3  # the role frame and two text deltas, then wait
    yield local_server
    hold, local_server.state.hold = local_server.state.hold, None
    if hold is not None:
        hold.set()  # never leave the server thread waiting


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def test_note_streams_into_the_tab_before_the_validated_note_replaces_it(
    qtbot: Any, make_window: Any, tmp_path: Path, local_model: FakeOpenAIServer
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    session_id = _import(window, tmp_path)
    note_view = window.workspace.session.note
    window.workspace.session.tabs.setCurrentWidget(note_view)
    note_view.provider.setCurrentText("local")
    note_view.regenerate_button.click()

    # Part of the answer is on screen while the model is still "writing" (held by the fake):
    # the main thread kept running and received the deltas through queued signals.
    qtbot.waitUntil(lambda: len(note_view.drafting_text()) >= 48, timeout=30000)
    partial = note_view.drafting_text()
    assert partial.startswith('{"sections"')
    with pytest.raises(json.JSONDecodeError):
        json.loads(partial)  # not the whole answer yet
    assert note_view.stream_view.isVisibleTo(window)
    assert not note_view.regenerate_button.isEnabled()
    assert window.workspace_service._notes.latest(session_id) is None  # nothing saved yet
    assert "Drafting" in note_view.header.text()

    assert local_model.state.hold is not None
    local_model.state.hold.set()
    qtbot.waitUntil(lambda: note_view.editors != [], timeout=30000)
    note = window.workspace.session.detail.note
    assert note is not None and note.provider == "local" and note.version == 1
    assert not note_view.stream_view.isVisibleTo(window)
    assert note_view.drafting_text() == ""
    assert note_view.regenerate_button.isEnabled()
    assert any(section.evidence for section in note.sections)
    assert "local" in note_view.header.text()
    body = local_model.state.requests[-1].body
    assert body["stream"] is True and body["options"] == {"num_ctx": 4096}


def test_a_failed_stream_restores_the_tab_and_says_why(
    qtbot: Any,
    make_window: Any,
    tmp_path: Path,
    local_model: FakeOpenAIServer,
    shown_messages: list[str],
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _import(window, tmp_path)
    local_model.state.faults.append("cut_stream")
    local_model.state.hold = None
    note_view = window.workspace.session.note
    note_view.provider.setCurrentText("local")
    note_view.regenerate_button.click()
    qtbot.waitUntil(lambda: shown_messages != [], timeout=30000)
    assert "stopped before the note was complete" in shown_messages[-1]
    assert note_view.stream_view.isHidden()
    assert note_view.regenerate_button.isEnabled()
    assert "No note yet" in note_view.header.text()


def test_own_templates_are_imported_and_offered_by_every_picker(
    qtbot: Any,
    make_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[str],
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _import(window, tmp_path)
    note_view = window.workspace.session.note
    source = tmp_path / "downloads" / "couples.toml"
    source.parent.mkdir()
    source.write_text(COUPLES, encoding="utf-8")
    _choose_file(monkeypatch, source)
    note_view.add_template_button.click()
    qtbot.waitUntil(lambda: note_view.template.findData("couples_intake") >= 0, timeout=10000)
    assert note_view.template.currentData() == "couples_intake"
    assert "Couples intake" in shown_messages[-1]
    assert (tmp_path / "note_templates" / "couples_intake.toml").exists()
    keys = [note_view.template.itemData(i) for i in range(note_view.template.count())]
    assert keys == ["soap", "dap", "birp", "girp", "summary", "couples_intake"]

    # Regenerate with it (offline drafter): the note has the template's own sections.
    note_view.regenerate_button.click()
    qtbot.waitUntil(lambda: note_view.editors != [], timeout=30000)
    note = window.workspace.session.detail.note
    assert note is not None and note.template == "couples_intake"
    assert [s.title for s in note.sections] == ["Relationship history", "Next steps"]
    assert note_view.template.currentData() == "couples_intake"
    assert note_view.header.text().startswith("Couples intake note")

    # The client dialog offers it as a default template, and saving keeps its key.
    listed: list[list[Any]] = []

    def run(dialog: ClientDialog) -> int:
        listed.append([dialog.template.itemData(i) for i in range(dialog.template.count())])
        dialog.template.setCurrentIndex(dialog.template.findData("couples_intake"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ClientDialog, "exec", run)
    window.controller.edit_client()
    assert listed and listed[0][-1] == "couples_intake" and "soap" in listed[0]
    client_id = window.controller.client_id
    qtbot.waitUntil(
        lambda: window.controller._client(client_id).default_template == "couples_intake",
        timeout=10000,
    )


def test_a_bad_template_file_is_refused_with_a_clear_reason(
    qtbot: Any,
    make_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown_messages: list[str],
) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _import(window, tmp_path)  # the note tab is usable once a session is open
    bad = tmp_path / "broken.toml"
    bad.write_text('key = "mine"\nname = [unclosed\n', encoding="utf-8")
    _choose_file(monkeypatch, bad)
    note_view = window.workspace.session.note
    note_view.add_template_button.click()
    qtbot.waitUntil(lambda: shown_messages != [], timeout=10000)
    assert "broken.toml is not valid TOML" in shown_messages[-1]
    assert "line 2" in shown_messages[-1]
    assert note_view.template.findData("mine") < 0
    assert not (tmp_path / "note_templates" / "mine.toml").exists()
