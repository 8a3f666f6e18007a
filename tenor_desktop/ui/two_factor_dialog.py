"""Two-factor setup: the enrolment QR code (painted in memory, never written to a file) and a
field for the first code from the authenticator app."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPixmap
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


def qr_pixmap(text: str, module: int = 6) -> QPixmap:
    """The QR code for ``text`` painted in memory (no image library, no file)."""
    matrix = qr_matrix(text)
    size = len(matrix) * module
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    black = QColor("black").rgb()
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                for dy in range(module):
                    for dx in range(module):
                        image.setPixel(x * module + dx, y * module + dy, black)
    return QPixmap.fromImage(image)


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
        self.qr.setPixmap(qr_pixmap(otpauth_uri))
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
