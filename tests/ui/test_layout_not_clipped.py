"""At the default 1280x800 window, no control of the main screens is squeezed below the height
it needs (a clipped combo box cut the descenders of its text on the first-run screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from tests.ui.conftest import create_vault
from tests.ui.test_workspace_flows import _import

CONTROLS = (QAbstractButton, QComboBox, QLineEdit)


def squeezed(root: QWidget) -> list[str]:
    """Visible controls shorter than their minimum size hint."""
    return [
        f"{type(widget).__name__}:{widget.accessibleName() or widget.objectName()}"
        f" {widget.height()}<{widget.minimumSizeHint().height()}"
        for widget in root.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and widget.isVisible()
        and widget.height() < widget.minimumSizeHint().height()
    ]


def test_main_screens_give_every_control_its_height(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.first_run.isVisible(), timeout=5000)
    qtbot.wait(20)
    assert squeezed(window.first_run) == []
    create_vault(qtbot, window)
    _import(window, tmp_path)
    qtbot.wait(20)
    assert squeezed(window) == []
    panel = window.recording.panel
    panel.prepare("Juniper", True, ["Test microphone"], "Test microphone")
    window.stack.setCurrentWidget(panel)
    qtbot.wait(20)
    assert squeezed(panel) == []
    window.stack.setCurrentWidget(window.workspace)
    window.lock()
    qtbot.wait(20)
    assert squeezed(window.unlock_screen) == []
