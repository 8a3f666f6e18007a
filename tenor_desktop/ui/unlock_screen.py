"""The unlock screen: passphrase, a clear error, and a recording indicator while locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class UnlockScreen(QWidget):
    """Asks for the vault passphrase; the shell does the (slow) unlocking off the main thread."""

    unlock_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unlockScreen")
        title = QLabel("Tenor is locked")
        title.setObjectName("screenTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recording_badge = QLabel("● Recording continues in the background")
        self.recording_badge.setObjectName("recordingBadge")
        self.recording_badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.recording_badge.setVisible(False)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("Vault passphrase")
        self.passphrase.setPlaceholderText("Passphrase")
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setAccessibleName("Unlock the vault")
        self.unlock_button.setDefault(True)
        self.error = QLabel("")
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        self.error.setAccessibleName("Unlock error")

        form = QFormLayout()
        form.addRow("Passphrase", self.passphrase)
        box = QWidget()
        box.setMaximumWidth(420)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.recording_badge)
        inner.addLayout(form)
        inner.addWidget(self.unlock_button)
        inner.addWidget(self.error)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)

        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)

    def _submit(self) -> None:
        text = self.passphrase.text()
        if not text:
            self.show_error("Enter your passphrase.")
            return
        self.set_busy(True)
        self.unlock_requested.emit(text)

    def set_busy(self, busy: bool) -> None:
        """Disable input while the key is being derived."""
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setText("Unlocking…" if busy else "Unlock")

    def show_error(self, message: str) -> None:
        """Show why unlocking failed and clear the field."""
        self.set_busy(False)
        self.error.setText(message)
        self.passphrase.clear()
        self.passphrase.setFocus()

    def reset(self, *, recording: bool = False) -> None:
        """Prepare for display after a lock."""
        self.set_busy(False)
        self.error.clear()
        self.passphrase.clear()
        self.recording_badge.setVisible(recording)
        self.passphrase.setFocus()
