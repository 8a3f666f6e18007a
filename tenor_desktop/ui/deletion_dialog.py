"""Deletion confirmations that say exactly what disappears; clients and accounts need typing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

EXPLANATIONS = {
    "transcript": (
        "Delete this transcript?\n\nEvery line of the transcript and its search entries are "
        "permanently erased from the vault. The session and its note stay. This cannot be undone."
    ),
    "session": (
        "Delete this session?\n\nThe transcript, every note version, the risk flags and the "
        "search entries are permanently erased, as if the session never happened. The audit log "
        "keeps only the session's id and the time of deletion. This cannot be undone."
    ),
    "client": (
        "Delete this client?\n\nThe client, every session, transcript and note, and the client's "
        "encryption key are permanently erased, as if the client never existed. Synced copies "
        "become unreadable everywhere. This cannot be undone."
    ),
    "account": (
        "Delete your account?\n\nThe whole vault on this computer (every client, session, "
        "transcript and note), its key, stored API keys and, if you sync, every copy on the "
        "server are permanently erased. This cannot be undone."
    ),
}


class DeletionDialog(QDialog):
    """Explains the deletion; for a client or an account the name must be typed to confirm."""

    def __init__(self, kind: str, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Delete {kind}")
        self._required = name if kind in ("client", "account") else ""
        text = QLabel(EXPLANATIONS[kind])
        text.setWordWrap(True)
        text.setAccessibleName("What will be deleted")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName("Type the name to confirm")
        if self._required:
            layout.addWidget(QLabel(f"Type “{self._required}” to confirm:"))
            layout.addWidget(self.confirm)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.delete_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.delete_button.setText(f"Delete {kind}")
        self.delete_button.setAccessibleName(f"Delete {kind} permanently")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm.textChanged.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.delete_button.setEnabled(
            not self._required or self.confirm.text().strip() == self._required
        )
