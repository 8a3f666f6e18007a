"""A calm look that follows the system's light or dark colour scheme.

Colours come from the application palette. Where the platform reports a dark scheme but its
style still hands out a light palette (offscreen, many Linux desktops), Tenor switches to Fusion
with its own dark palette, so no widget is left with light colours on a dark screen. The few
accent colours in the stylesheet have a light and a dark variant with WCAG AA contrast on the
matching window colour. HTML views ask ``muted_colour`` for secondary text instead of a fixed
grey.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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
QLabel#syncStatus { color: %(muted)s; }
QLabel#syncStatus[phase="synced"] { color: %(ok)s; }
QLabel#syncStatus[phase="offline"] { color: %(warning)s; }
QLabel#syncStatus[phase="error"] { color: %(error)s; font-weight: 600; }
QPushButton#recordButton { background: %(record_bg)s; color: %(record_fg)s; font-weight: 600;
    padding: 6px; border-radius: 4px; }
QPushButton#recordButton:disabled { background: %(disabled_bg)s; color: %(disabled_fg)s; }
QListWidget::item { padding: 6px 4px; }
"""

_LIGHT = {
    "error": "#c92a2a", "warning": "#a64b00", "accent": "#1864ab", "muted": "#5f666d",
    "ok": "#2b8a3e", "risk_bg": "#fff5f5", "risk_fg": "#c92a2a",
    "record_bg": "#c92a2a", "record_fg": "#ffffff", "disabled_bg": "#dee2e6",
    "disabled_fg": "#6c737a",
}  # fmt: skip
_DARK = {
    "error": "#ff8787", "warning": "#ffc078", "accent": "#74c0fc", "muted": "#b7bdc4",
    "ok": "#8ce99a", "risk_bg": "#3b1f1f", "risk_fg": "#ffa8a8",
    "record_bg": "#c92a2a", "record_fg": "#ffffff", "disabled_bg": "#33373d",
    "disabled_fg": "#8d949c",
}  # fmt: skip

# Tenor's dark palette (Fusion): near-black surfaces, off-white text, blue selection.
_DARK_PALETTE = {
    QPalette.ColorRole.Window: "#1f2227",
    QPalette.ColorRole.WindowText: "#e9ecef",
    QPalette.ColorRole.Base: "#16181c",
    QPalette.ColorRole.AlternateBase: "#25282d",
    QPalette.ColorRole.Text: "#e9ecef",
    QPalette.ColorRole.Button: "#2c3036",
    QPalette.ColorRole.ButtonText: "#e9ecef",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Highlight: "#1864ab",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.ToolTipBase: "#2c3036",
    QPalette.ColorRole.ToolTipText: "#e9ecef",
    QPalette.ColorRole.PlaceholderText: "#9aa1a9",
    QPalette.ColorRole.Link: "#74c0fc",
    QPalette.ColorRole.LinkVisited: "#b197fc",
    QPalette.ColorRole.Light: "#3a3f46",
    QPalette.ColorRole.Midlight: "#30343a",
    QPalette.ColorRole.Mid: "#24272c",
    QPalette.ColorRole.Dark: "#121417",
    QPalette.ColorRole.Shadow: "#000000",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7d848c",
    QPalette.ColorRole.Text: "#7d848c",
    QPalette.ColorRole.ButtonText: "#7d848c",
    QPalette.ColorRole.Base: "#1b1d21",
    QPalette.ColorRole.Button: "#25282d",
}
_FOLLOWING = "tenorThemeFollowsScheme"
_NATIVE_STYLE = "tenorNativeStyle"


def is_dark(app: QApplication) -> bool:
    """True when the system prefers a dark colour scheme."""
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """Tenor's dark palette."""
    palette = QPalette()
    for role, colour in _DARK_PALETTE.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def palette_is_dark(palette: QPalette) -> bool:
    """True when the window colour is darker than its text."""
    return (
        palette.color(QPalette.ColorRole.Window).lightness()
        < palette.color(QPalette.ColorRole.WindowText).lightness()
    )


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio between two colours (1 to 21)."""

    def luminance(colour: QColor) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        red, green, blue = (channel(v) for v in (colour.red(), colour.green(), colour.blue()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable_selection(palette: QPalette) -> QPalette | None:
    """The palette with its selection darkened until the selected text reaches 4.5:1, or None
    when it already does (the platform's accent colour is kept whenever it is readable)."""
    active = QPalette.ColorGroup.Active
    highlight = palette.color(active, QPalette.ColorRole.Highlight)
    text = palette.color(active, QPalette.ColorRole.HighlightedText)
    if contrast_ratio(highlight, text) >= 4.5:
        return None
    lighter_text = text.lightness() > highlight.lightness()
    for _ in range(20):
        highlight = highlight.darker(110) if lighter_text else highlight.lighter(110)
        if contrast_ratio(highlight, text) >= 4.5:
            break
    adjusted = QPalette(palette)
    for group in (active, QPalette.ColorGroup.Inactive):
        adjusted.setColor(group, QPalette.ColorRole.Highlight, highlight)
    return adjusted


def apply_theme(app: QApplication, dark: bool | None = None) -> None:
    """Apply the scheme's palette and stylesheet (``dark=None``: follow the system, and keep
    following it when it changes)."""
    wanted = is_dark(app) if dark is None else dark
    if app.property(_NATIVE_STYLE) is None:
        # The platform's style, to return to in light mode; read before any stylesheet, which
        # wraps the style in a proxy without a name.
        app.setProperty(_NATIVE_STYLE, app.style().name())
    if wanted and not palette_is_dark(app.palette()):
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif not wanted and palette_is_dark(app.palette()):
        native = app.property(_NATIVE_STYLE)
        if native:
            app.setStyle(str(native))
        app.setPalette(app.style().standardPalette())
    selection = readable_selection(app.palette())
    if selection is not None:
        app.setPalette(selection)
    app.setStyleSheet(_COMMON % (_DARK if wanted else _LIGHT))
    if dark is None and not app.property(_FOLLOWING):
        app.setProperty(_FOLLOWING, True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_theme(app))


def muted_colour(widget: QWidget) -> str:
    """Secondary text for rich-text views: text blended towards the base, still AA-readable."""
    palette = widget.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    blend = 0.62  # share of the text colour; keeps contrast ≥ 4.5:1 on light and dark bases

    def mix(a: int, b: int) -> int:
        return round(a * blend + b * (1 - blend))

    return QColor(
        mix(text.red(), base.red()), mix(text.green(), base.green()), mix(text.blue(), base.blue())
    ).name()


def error_colour(widget: QWidget) -> str:
    """The warning red for rich-text views, in the variant readable on the widget's scheme."""
    return (_DARK if palette_is_dark(widget.palette()) else _LIGHT)["error"]
