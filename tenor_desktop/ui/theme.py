"""A calm stylesheet that follows the system's light or dark scheme."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

_COMMON = """
QLabel#screenTitle { font-size: 20pt; font-weight: 600; margin: 8px 0; }
QLabel#columnHeading { font-weight: 600; margin-top: 6px; }
QLabel#errorText { color: %(error)s; }
QLabel#warningText { color: %(warning)s; font-weight: 600; }
QLabel#noticeText { color: %(accent)s; }
QLabel#riskBanner { background: %(risk_bg)s; color: %(risk_fg)s; padding: 6px; border-radius: 4px; }
QLabel#recordingBadge { color: %(error)s; font-weight: 600; }
QLabel#modeBadge { color: %(muted)s; }
QLabel#redactionSummary { color: %(accent)s; font-weight: 600; }
QLabel#sessionHeader, QLabel#noteHeader { font-weight: 600; }
QPushButton#recordButton { background: %(error)s; color: white; font-weight: 600; padding: 6px; }
QListWidget::item { padding: 6px 4px; }
"""

_LIGHT = {
    "error": "#c92a2a", "warning": "#e67700", "accent": "#1864ab", "muted": "#868e96",
    "risk_bg": "#fff5f5", "risk_fg": "#c92a2a",
}  # fmt: skip
_DARK = {
    "error": "#ff8787", "warning": "#ffc078", "accent": "#74c0fc", "muted": "#adb5bd",
    "risk_bg": "#3b1f1f", "risk_fg": "#ffa8a8",
}  # fmt: skip


def is_dark(app: QApplication) -> bool:
    """True when the system prefers a dark colour scheme."""
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication) -> None:
    """Apply the stylesheet for the current scheme and follow later changes."""
    app.setStyleSheet(_COMMON % (_DARK if is_dark(app) else _LIGHT))
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: app.setStyleSheet(_COMMON % (_DARK if is_dark(app) else _LIGHT))
    )
