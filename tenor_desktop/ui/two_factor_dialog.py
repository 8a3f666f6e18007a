"""Two-factor setup: the enrolment QR code (painted in memory, never written to a file) and a
field for the first code from the authenticator app."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules for ``text`` (True is dark), with a quiet border of two."""
    code = qrcode.QRCode(border=2)
    code.add_data(text)
    code.make(fit=True)
    return [list(row) for row in code.get_matrix()]


def qr_pixmap(text: str, module: int = 6, ratio: float = 1.0) -> QPixmap:
    """The QR code for ``text`` painted in memory (no image library, no file).

    Args: ``module`` is the side of one module in logical pixels; ``ratio`` the screen's device
    pixel ratio, so a HiDPI screen gets whole device pixels per module instead of a blurred
    upscale (a camera reads sharp edges best).
    """
    physical = max(1, round(module * ratio))
    matrix = qr_matrix(text)
    size = len(matrix) * physical
    # One grey byte per device pixel, built in Python and handed to Qt in one call: painting
    # pixel by pixel made ~15,000 binding calls, and PySide6 6.12 on Python 3.11 drops a
    # reference to None on every void call (enough of them abort the process).
    rows = bytearray()
    for row in matrix:
        line = b"".join((b"\x00" if dark else b"\xff") * physical for dark in row)
        rows += line * physical
    image = QImage(bytes(rows), size, size, size, QImage.Format.Format_Grayscale8).copy()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(physical / module)
    return pixmap


class TwoFactorDialog(QDialog):
    """Shows the otpauth:// QR code; ``code()`` is what the clinician typed to confirm."""

    def __init__(self, otpauth_uri: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set up two-factor sign-in")
        self.otpauth_uri = otpauth_uri
        intro = QLabel(
            "Scan this code with an authenticator app (for example the one on your phone), "
            "then type the six-digit code it shows."
        )
        intro.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(otpauth_uri, ratio=self.devicePixelRatioF()))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setAccessibleName("Two-factor QR code")
        self.code_field = QLineEdit()
        self.code_field.setPlaceholderText("123456")
        self.code_field.setMaxLength(8)
        self.code_field.setAccessibleName("Code from the authenticator app")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.qr, self.code_field, buttons):
            layout.addWidget(widget)

    def code(self) -> str:
        """The digits typed."""
        return "".join(ch for ch in self.code_field.text() if ch.isdigit())
