"""First run: the vault passphrase (strength, confirmation, recovery kit) and starting choices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tenor_desktop.security.passphrase_strength import estimate_strength
from tenor_desktop.ui.first_run_defaults import DefaultsBox


class FirstRunScreen(QWidget):
    """Collects a new passphrase; emits ``create_requested(passphrase)``.

    The starting choices are read from ``defaults`` when the vault has been created.
    """

    create_requested = Signal(str)
    recovery_sheet_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunScreen")
        title = QLabel("Welcome to Tenor")
        title.setObjectName("screenTitle")
        intro = QLabel(
            "Your sessions are kept in an encrypted vault on this computer. Choose a passphrase "
            "to protect it. Nobody, including Tenor, can recover the vault without it."
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName("New passphrase")
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName("Confirm passphrase")
        self.strength = QProgressBar()
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setAccessibleName("Passphrase strength")
        self.hint = QLabel("")
        self.hint.setAccessibleName("Passphrase hint")
        self.defaults = DefaultsBox()
        self.sign_in_to_sync = QCheckBox("Sign in to sync after creating the vault (optional)")
        self.sign_in_to_sync.setAccessibleName("Sign in to sync after creating the vault")
        self.recovery_button = QPushButton("Save printable recovery kit (PDF)…")
        self.recovery_button.setAccessibleName("Save a printable recovery kit")
        self.create_button = QPushButton("Create vault")
        self.create_button.setAccessibleName("Create the encrypted vault")
        self.create_button.setDefault(True)
        self.error = QLabel("")
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow("Passphrase", self.passphrase)
        form.addRow("Strength", self.strength)
        form.addRow("", self.hint)
        form.addRow("Confirm", self.confirm)
        box = QWidget()
        box.setFixedWidth(560)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(intro)
        inner.addLayout(form)
        widgets: tuple[QWidget, ...] = (
            self.defaults,
            self.sign_in_to_sync,
            self.recovery_button,
            self.create_button,
            self.error,
        )
        for widget in widgets:
            inner.addWidget(widget)
        # Centred by stretches, not by an alignment flag: an aligned item gets its size hint,
        # which ignores how far the intro wraps, and the rows below were squeezed to fit.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.passphrase.textChanged.connect(self._update_strength)
        self.create_button.clicked.connect(self._submit)
        self.recovery_button.clicked.connect(self.recovery_sheet_requested)
        self._update_strength("")

    def _update_strength(self, text: str) -> None:
        report = estimate_strength(text)
        self.strength.setValue(report.score)
        self.hint.setText(report.hint)

    def _submit(self) -> None:
        text = self.passphrase.text()
        report = estimate_strength(text)
        if not report.acceptable:
            self.error.setText(report.hint)
            return
        if text != self.confirm.text():
            self.error.setText("The two passphrases do not match.")
            return
        self.error.clear()
        self.create_button.setEnabled(False)
        self.create_button.setText("Creating…")
        self.create_requested.emit(text)

    def reset(self) -> None:
        """Empty form (after the account was deleted)."""
        for field in (self.passphrase, self.confirm):
            field.clear()
        self.defaults.reset()
        self.sign_in_to_sync.setChecked(False)
        self.show_error("")

    def show_error(self, message: str) -> None:
        """Creation failed: say why and let the user try again."""
        self.create_button.setEnabled(True)
        self.create_button.setText("Create vault")
        self.error.setText(message)
