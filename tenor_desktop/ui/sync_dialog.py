"""Sign in to sync (or create the account): server, email, password, optional two-factor code."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class SyncSignInDialog(QDialog):
    """Collects the sign-in; the controller talks to the server off the main thread."""

    def __init__(self, server: str = "", email: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sign in to sync")
        intro = QLabel(
            "Sync keeps an end-to-end encrypted copy of your vault on your practice's server, "
            "so another computer can open it. The server never sees your sessions."
        )
        intro.setWordWrap(True)
        self.server = QLineEdit(server)
        self.server.setPlaceholderText("https://sync.example.org")
        self.server.setAccessibleName("Sync server")
        self.email = QLineEdit(email)
        self.email.setAccessibleName("Account email")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("Account password")
        self.totp = QLineEdit()
        self.totp.setPlaceholderText("Only if two-factor sign-in is on")
        self.totp.setAccessibleName("Two-factor code")
        self.new_account = QCheckBox("This is a new account: create it")
        self.new_account.setAccessibleName("Create a new account")
        self.error = QLabel("")
        self.error.setObjectName("errorText")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Server", self.server)
        form.addRow("Email", self.email)
        form.addRow("Password", self.password)
        form.addRow("Code", self.totp)
        form.addRow(self.new_account)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Sign in")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro,):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if not self.server.text().strip() or not self.email.text().strip():
            self.error.setText("Enter the server address and your email.")
            return
        if not self.password.text():
            self.error.setText("Enter your password.")
            return
        self.accept()

    def values(self) -> tuple[str, str, str, bool, str]:
        """(server, email, password, create, two-factor code)."""
        return (
            self.server.text().strip(),
            self.email.text().strip(),
            self.password.text(),
            self.new_account.isChecked(),
            "".join(ch for ch in self.totp.text() if ch.isdigit()),
        )
