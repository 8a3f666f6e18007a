"""Qt start-up: the QApplication, the theme and the first window."""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from tenor_desktop.ui.shell import TenorWindow
from tenor_desktop.ui.theme import apply_theme


def start_gui(context: Any) -> int:
    """Create the application and the window; run until it closes."""
    app = QApplication.instance() or QApplication(sys.argv)
    if isinstance(app, QApplication):
        app.setApplicationName("Tenor")
        app.setOrganizationName("Tenor")
        apply_theme(app)
    window = TenorWindow(context)
    window.show()
    return int(app.exec())
