"""Dark scheme: key widgets are rendered and their text must stand out from its background.

The contrast is measured on the rendered pixels (WCAG 2 ratio between the background, the most
common colour, and the pixel that differs most from it, which is the core of the glyphs), so
colours from the palette, the stylesheet and inline HTML are all covered.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QListWidget, QWidget

from tenor_desktop.services.sync_status import SyncPhase, SyncStatus
from tenor_desktop.ui import theme
from tenor_desktop.ui.theme import (
    apply_theme,
    error_colour,
    muted_colour,
    palette_is_dark,
    readable_selection,
)
from tenor_desktop.ui.theme import contrast_ratio as ratio
from tests.ui.conftest import create_vault
from tests.ui.test_workspace_flows import _import

AA_TEXT = 4.5  # WCAG 2 AA for normal text


def rendered_contrast(widget: QWidget, area: QRect | None = None) -> float:
    """Contrast between a rendered widget's background and its strongest foreground pixel."""
    pixmap = widget.grab(area) if area is not None else widget.grab()
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert image.width() > 4 and image.height() > 4, widget.objectName()
    pixels = Counter(
        image.pixel(x, y) for y in range(0, image.height()) for x in range(0, image.width())
    )
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(ratio(background, QColor.fromRgb(rgb)) for rgb in pixels)


def selected_row_contrast(view: QListWidget) -> float:
    """Contrast of the selected row's text on the selection colour."""
    item = view.currentItem()
    assert item is not None
    area = view.visualItemRect(item).adjusted(2, 2, -2, -2)  # inside the focus frame
    return rendered_contrast(view.viewport(), area)


@pytest.fixture
def dark_app(qapp: QApplication) -> Iterator[QApplication]:
    """The dark scheme for one test; the application's look is restored afterwards."""
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    apply_theme(qapp, dark=True)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def base_style_name(app: QApplication) -> str:
    """The style under the stylesheet (a stylesheet wraps it in a nameless proxy)."""
    sheet = app.styleSheet()
    app.setStyleSheet("")
    name = app.style().name().lower()
    app.setStyleSheet(sheet)
    return name


def test_following_a_dark_system_scheme_gives_a_dark_palette(
    qapp: QApplication, monkeypatch
) -> None:
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    try:
        qapp.setStyleSheet("")
        qapp.setProperty("tenorNativeStyle", None)
        qapp.setStyle("Windows")  # stands in for a native style without a dark palette
        apply_theme(qapp, dark=False)  # start-up in light mode: the stylesheet is set
        monkeypatch.setattr(theme, "is_dark", lambda _app: True)
        apply_theme(qapp)
        assert palette_is_dark(qapp.palette())
        assert base_style_name(qapp) == "fusion"
        monkeypatch.setattr(theme, "is_dark", lambda _app: False)
        apply_theme(qapp)
        assert not palette_is_dark(qapp.palette())
        assert base_style_name(qapp) == "windows"  # the platform's style is back
    finally:
        qapp.setProperty("tenorNativeStyle", None)
        qapp.setStyleSheet(sheet)
        qapp.setStyle(style)
        qapp.setPalette(palette)


def test_key_widgets_are_readable_in_dark_mode(qtbot, dark_app, make_window, tmp_path) -> None:
    window = make_window()
    window.first_run.defaults.notes.setCurrentIndex(1)  # shows the cloud notice
    qtbot.wait(10)
    measured = {
        "first-run title": rendered_contrast(window.first_run.findChild(QWidget, "screenTitle")),
        "first-run cloud notice": rendered_contrast(window.first_run.defaults.cloud_hint),
    }
    window.first_run.defaults.notes.setCurrentIndex(0)
    create_vault(qtbot, window)
    _import(window, tmp_path)
    workspace, sync = window.workspace, window.sync
    checks: dict[str, QWidget] = {
        "client list": workspace.sidebar.list.viewport(),
        "session list": workspace.sessions.list.viewport(),
        "client heading": workspace.sessions.heading,
        "processing-mode badge": workspace.sessions.mode_badge,
        "record button": workspace.sessions.record_button,
        "session header": workspace.session.header,
        "transcript": workspace.session.transcript.text.viewport(),
    }
    measured |= {name: rendered_contrast(widget) for name, widget in checks.items()}
    measured["selected client"] = selected_row_contrast(workspace.sidebar.list)
    measured["selected session"] = selected_row_contrast(workspace.sessions.list)
    # Secondary text in rich-text views (timestamps, partials) is blended, never a fixed grey.
    view = workspace.session.transcript.text
    base = view.palette().color(view.palette().ColorRole.Base)
    measured["muted rich text"] = ratio(QColor(muted_colour(view)), base)
    # The note tab's "unsupported" flags sit on the window colour.
    window_colour = view.palette().color(view.palette().ColorRole.Window)
    measured["unsupported flag"] = ratio(QColor(error_colour(view)), window_colour)
    now = window.context.clock.now()
    for phase in (SyncPhase.SYNCED, SyncPhase.OFFLINE, SyncPhase.ERROR, SyncPhase.SIGNED_OUT):
        sync.indicator.show_status(SyncStatus(phase, last_synced_at=now, pending=2), now)
        measured[f"sync status {phase.value}"] = rendered_contrast(sync.indicator.label)
    panel = window.recording.panel
    window.stack.setCurrentWidget(panel)
    panel.set_partial("A partial line still being transcribed")
    qtbot.wait(10)
    measured["live partial text"] = rendered_contrast(panel.transcript.viewport())
    window.lock()
    window.unlock_screen.show_error("That passphrase did not open the vault.")
    measured["unlock error"] = rendered_contrast(window.unlock_screen.error)

    too_faint = {name: round(value, 2) for name, value in measured.items() if value < AA_TEXT}
    assert too_faint == {}


def test_a_faint_platform_selection_is_darkened_until_readable() -> None:
    palette = QApplication.palette()
    palette.setColor(palette.ColorRole.Highlight, QColor("#308cc6"))  # Fusion's light default
    palette.setColor(palette.ColorRole.HighlightedText, QColor("#ffffff"))
    adjusted = readable_selection(palette)
    assert adjusted is not None
    highlight = adjusted.color(adjusted.ColorRole.Highlight)
    assert ratio(highlight, QColor("#ffffff")) >= AA_TEXT
    assert highlight.hue() == QColor("#308cc6").hue()  # the same accent, only darker
    assert readable_selection(adjusted) is None  # already readable: left alone


def test_the_two_factor_qr_code_has_whole_device_pixels_per_module_at_2x(qapp) -> None:  # type: ignore[no-untyped-def]
    import sys

    from tenor_desktop.ui.two_factor_dialog import qr_matrix, qr_pixmap

    uri = "otpauth://totp/Tenor:a?secret=JBSWY3DPEHPK3PXP&issuer=Tenor"
    modules = len(qr_matrix(uri))
    none_refs = sys.getrefcount(None)
    sharp = qr_pixmap(uri, module=6, ratio=2.0)
    # Painting it pixel by pixel cost one None reference per binding call (PySide6 6.12 on
    # Python 3.11): ~60,000 at 2x, which aborted the process.
    assert sys.getrefcount(None) - none_refs > -100
    assert sharp.devicePixelRatio() == 2.0
    assert sharp.width() == modules * 12  # 12 device pixels per module, not 6 upscaled
    assert sharp.deviceIndependentSize().width() == modules * 6  # same size on screen
    image = sharp.toImage()
    colours = {image.pixelColor(x, 40).name() for x in range(image.width())}
    assert colours <= {"#000000", "#ffffff"}  # no blended edge pixels
    drawn = [
        [image.pixelColor(x * 12 + 6, y * 12 + 6).name() == "#000000" for x in range(modules)]
        for y in range(modules)
    ]
    assert drawn == [[bool(dark) for dark in row] for row in qr_matrix(uri)]
