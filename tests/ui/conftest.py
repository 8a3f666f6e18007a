"""Qt offscreen fixtures: a real vault in tmp_path, a manual clock, the real window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tenor_desktop.app import build_ui_context  # noqa: E402
from tenor_desktop.core.clock import ManualClock  # noqa: E402
from tenor_desktop.security.policy import ManagedPolicy  # noqa: E402
from tenor_desktop.ui.shell import TenorWindow  # noqa: E402

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


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def make_window(qtbot, tmp_path: Path, clock: ManualClock) -> Iterator:  # type: ignore[no-untyped-def]
    windows: list[TenorWindow] = []

    def make(policy: ManagedPolicy | None = None) -> TenorWindow:
        context = build_ui_context(tmp_path / "vault", clock=clock, policy=policy or ManagedPolicy())
        context.list_microphones = lambda: ["Test microphone"]
        window = TenorWindow(context)
        qtbot.addWidget(window)
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.runner.wait()
        window.context.vault_service.lock()


def create_vault(qtbot, window: TenorWindow) -> None:  # type: ignore[no-untyped-def]
    """Go through the first-run screen."""
    window.first_run.passphrase.setText(PASSPHRASE)
    window.first_run.confirm.setText(PASSPHRASE)
    window.first_run.create_button.click()
    qtbot.waitUntil(lambda: window.workspace_service is not None, timeout=15000)
