"""Qt start-up: the QApplication and the first window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def start_gui(vault_dir: Path) -> int:
    """Create the application and a minimal main window; return the exit code."""
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Tenor")
    window.setCentralWidget(QLabel(f"Tenor — vault at {vault_dir}"))
    window.resize(1280, 800)
    window.show()
    return int(app.exec())
