"""Qt offscreen fixtures: a real vault in tmp_path, a manual clock, the real window."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tenor_desktop.app import build_recorder_factory, build_ui_context
from tenor_desktop.core.clock import ManualClock
from tenor_desktop.security.policy import ManagedPolicy
from tenor_desktop.services.redaction_models_cache import RedactionModelsCache
from tenor_desktop.ui.shell import TenorWindow
from tests.ui.recording_doubles import ScriptTranscriber, SourceLog

PASSPHRASE = "correct horse battery staple 42"


def visible_text(root: QWidget) -> str:
    """Every piece of text any widget under ``root`` holds (shown or not)."""
    parts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel | QAbstractButton):
            parts.append(widget.text())
        elif isinstance(widget, QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            parts.append(widget.toPlainText())
        elif isinstance(widget, QListWidget):
            parts.extend(widget.item(i).text() for i in range(widget.count()))
    return "\n".join(parts)


@pytest.fixture(scope="session")
def redaction_models() -> RedactionModelsCache:
    """Real redaction models, loaded once for the whole UI test run."""
    return RedactionModelsCache()


def use_test_recorder(
    window: TenorWindow, models: RedactionModelsCache, *, silent: bool = False
) -> SourceLog:
    """Real recorder, vault and redaction; the microphone and engine are protocol doubles."""
    sources = SourceLog(silent=silent)
    window.context.make_recorder = build_recorder_factory(
        window.context.clock,
        window.context.policy,
        models,
        transcriber_factory=ScriptTranscriber,
        capture_factory=sources,
    )
    return sources


@pytest.fixture(autouse=True)
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes would block an offscreen test forever; record their text instead."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *_args: object) -> object:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    return shown


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_window(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, clock: ManualClock
) -> Iterator[Callable[..., TenorWindow]]:
    windows: list[TenorWindow] = []

    def make(policy: ManagedPolicy | None = None) -> TenorWindow:
        context = build_ui_context(
            tmp_path / "vault", clock=clock, policy=policy or ManagedPolicy()
        )
        context.list_microphones = lambda: ["Test microphone"]
        window = TenorWindow(context)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.recording.active:
            window.recording.stop_blocking()
        window.runner.wait()
        window.context.vault_service.lock()
        window.close()  # detaches the app-wide idle filter before the window is destroyed


def create_vault(qtbot, window: TenorWindow) -> None:  # type: ignore[no-untyped-def]
    """Go through the first-run screen."""
    window.first_run.passphrase.setText(PASSPHRASE)
    window.first_run.confirm.setText(PASSPHRASE)
    window.first_run.create_button.click()
    qtbot.waitUntil(lambda: window.workspace_service is not None, timeout=15000)
