"""Left column: search, the client list, and "Add client"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tenor_desktop.core.models import Client, ProcessingMode

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole


class ClientSidebar(QWidget):
    """Lists clients by pseudonym; the search box filters them and searches transcripts."""

    client_selected = Signal(str)
    add_client_requested = Signal()
    search_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientSidebar")
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search clients and transcripts")
        self.search.setAccessibleName("Search clients and transcripts")
        self.search.setClearButtonEnabled(True)
        heading = QLabel("Clients")
        heading.setObjectName("columnHeading")
        self.list = QListWidget()
        self.list.setAccessibleName("Clients")
        self.add_button = QPushButton("+ Add client")
        self.add_button.setAccessibleName("Add a client")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button)
        self.list.currentItemChanged.connect(self._current_changed)
        self.add_button.clicked.connect(self.add_client_requested)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(lambda: self.search_requested.emit(self.search.text()))

    def set_clients(self, clients: Sequence[Client], select: str | None = None) -> None:
        """Replace the list (keeps or sets the selection)."""
        current = select or self.current_client_id()
        self.list.blockSignals(True)
        self.list.clear()
        for client in clients:
            badge = "local only" if client.processing_mode is ProcessingMode.LOCAL_ONLY else "cloud"
            item = QListWidgetItem(f"{client.pseudonym}\n{badge}")
            item.setData(CLIENT_ID_ROLE, client.id)
            item.setToolTip(f"{client.pseudonym} — {badge}")
            self.list.addItem(item)
            if client.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        if current and self.current_client_id() == current:
            self.client_selected.emit(current)

    def current_client_id(self) -> str | None:
        """Id of the selected client, if any."""
        item = self.list.currentItem()
        return str(item.data(CLIENT_ID_ROLE)) if item is not None else None

    def _current_changed(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.client_selected.emit(str(item.data(CLIENT_ID_ROLE)))

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())
