"""Every interactive control in every screen and dialog has an accessible name (or a visible text
label), and the keyboard alone reaches the main controls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tenor_desktop.core.settings import PracticeSettings
from tenor_desktop.security.policy import ManagedPolicy
from tenor_desktop.ui.client_dialog import ClientDialog
from tenor_desktop.ui.deletion_dialog import DeletionDialog
from tenor_desktop.ui.settings_dialog import PracticeSettingsDialog
from tenor_desktop.ui.speakers_dialog import SpeakersDialog
from tenor_desktop.ui.sync_dialog import SyncSignInDialog
from tenor_desktop.ui.two_factor_dialog import TwoFactorDialog
from tests.ui.conftest import create_vault
from tests.ui.test_workspace_flows import _import

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QListWidget, QTextEdit, QPlainTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive widgets with neither an accessible name nor a text of their own."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE):
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox | QLineEdit | QTabBar):
            continue  # editors, clear buttons and tab scrollers Qt builds inside a named owner
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (scroll-area corners, tab scrollers)
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not widget.accessibleName().strip() and not text.strip("…●■ "):
            missing.append(f"{type(widget).__name__}:{widget.objectName()}")
    return missing


def test_every_screen_names_its_controls(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    assert unnamed_controls(window.first_run) == []
    create_vault(qtbot, window)
    _import(window, tmp_path)
    window.workspace.session.note.regenerate_button.click()
    qtbot.waitUntil(lambda: window.workspace.session.note.editors != [], timeout=30000)
    assert unnamed_controls(window.workspace) == []
    assert unnamed_controls(window.toolbar) == []  # Settings, Lock, the sync indicator
    assert window.sync.indicator.label.accessibleName() == "Sync status"
    assert unnamed_controls(window.recording.panel) == []
    window.lock()
    assert unnamed_controls(window.unlock_screen) == []


def test_every_dialog_names_its_controls(qtbot) -> None:
    policy = ManagedPolicy(enforced={"cloud_providers": False})
    dialogs = [
        ClientDialog(),
        PracticeSettingsDialog(PracticeSettings(), policy),
        DeletionDialog("client", "Juniper"),
        DeletionDialog("account", "delete everything"),
        SpeakersDialog(["speaker_0", "speaker_1"], {}),
        TwoFactorDialog("otpauth://totp/Tenor:a?secret=JBSWY3DPEHPK3PXP&issuer=Tenor"),
        SyncSignInDialog(),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], dialog.windowTitle()


def test_tab_reaches_the_main_controls_in_order(qtbot, make_window, tmp_path) -> None:
    window = make_window()
    create_vault(qtbot, window)
    _import(window, tmp_path)
    window.activateWindow()
    sidebar, sessions = window.workspace.sidebar, window.workspace.sessions
    sidebar.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is sidebar.search, timeout=5000)
    reached: list[QWidget] = []
    for _ in range(40):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    wanted = [
        sidebar.list,
        sessions.record_button,
        sessions.list,
        window.workspace.session.transcript.find_box,
    ]
    positions = [reached.index(widget) for widget in wanted]
    assert positions == sorted(positions)  # left to right, top to bottom
