"""The main window's content: clients | sessions | session (Transcript and Note tabs)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tenor_desktop.core.models import ProcessingMode, Session
from tenor_desktop.services.vault_service import SessionDetail
from tenor_desktop.ui.client_sidebar import ClientSidebar
from tenor_desktop.ui.note_view import NoteView
from tenor_desktop.ui.transcript_view import TranscriptView, format_timestamp

SESSION_ID_ROLE = Qt.ItemDataRole.UserRole


class SessionColumn(QWidget):
    """The selected client's sessions and what can be done for that client."""

    session_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel("Select a client")
        self.heading.setObjectName("columnHeading")
        self.mode_badge = QLabel("")
        self.mode_badge.setObjectName("modeBadge")
        self.mode_badge.setAccessibleName("Processing mode of this client")
        self.record_button = QPushButton("● Record session")
        self.record_button.setObjectName("recordButton")
        self.record_button.setAccessibleName("Record a new session")
        self.import_button = QPushButton("Import…")
        self.import_button.setAccessibleName("Import a recording or transcript")
        self.settings_button = QPushButton("Client settings…")
        self.settings_button.setAccessibleName("Client settings")
        self.list = QListWidget()
        self.list.setAccessibleName("Sessions")
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.mode_badge)
        layout.addWidget(self.record_button)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)
        self.list.currentItemChanged.connect(self._changed)
        self.set_enabled_for_client(False)

    def set_enabled_for_client(self, enabled: bool) -> None:
        """Client actions are available only with a client selected."""
        for button in (self.record_button, self.import_button, self.settings_button):
            button.setEnabled(enabled)

    def show_sessions(
        self, pseudonym: str, mode: ProcessingMode, sessions: list[Session], select: str | None
    ) -> None:
        """List a client's sessions, newest first."""
        self.heading.setText(pseudonym)
        local = mode is ProcessingMode.LOCAL_ONLY
        self.mode_badge.setText("Local only: stays on this computer" if local else "Cloud allowed")
        self.set_enabled_for_client(True)
        self.list.blockSignals(True)
        self.list.clear()
        for session in sessions:
            when = session.started_at.astimezone().strftime("%a %d %b %Y, %H:%M")
            length = format_timestamp(session.duration_ms)
            item = QListWidgetItem(f"{when}\n{length} · {session.status.value}")
            item.setData(SESSION_ID_ROLE, session.id)
            self.list.addItem(item)
            if session.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if not sessions:
            self.list.addItem(QListWidgetItem("No sessions yet"))

    def clear(self) -> None:
        """Nothing selected."""
        self.heading.setText("Select a client")
        self.mode_badge.clear()
        self.list.clear()
        self.set_enabled_for_client(False)

    def _changed(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(SESSION_ID_ROLE):
            self.session_selected.emit(str(item.data(SESSION_ID_ROLE)))


class SessionPane(QWidget):
    """One session: header, delete button, Transcript and Note tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QLabel("")
        self.header.setObjectName("sessionHeader")
        self.delete_button = QPushButton("Delete session…")
        self.delete_button.setAccessibleName("Delete this session")
        self.transcript = TranscriptView()
        self.note = NoteView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.transcript, "Transcript")
        self.tabs.addTab(self.note, "Note")
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.detail: SessionDetail | None = None
        self.note.evidence_requested.connect(self._show_evidence)
        self.show_detail(None)

    def show_detail(self, detail: SessionDetail | None) -> None:
        """Display a session or nothing."""
        self.detail = detail
        self.setEnabled(detail is not None)
        if detail is None:
            self.header.setText("")
            self.transcript.clear()
            self.note.show_note(None)
            return
        session = detail.session
        flags = "  ⚠ risk flagged" if session.risk_flags else ""  # the banner says which
        self.header.setText(
            f"{detail.client.pseudonym} — "
            f"{session.started_at.astimezone().strftime('%A %d %B %Y, %H:%M')}{flags}"
        )
        self.transcript.show_segments(
            detail.segments,
            detail.speaker_names,
            deleted=session.transcript_deleted_at is not None,
            risk_flags=session.risk_flags,
        )
        self.note.show_note(detail.note)

    def _show_evidence(self, segment_ids: list[int]) -> None:
        self.tabs.setCurrentWidget(self.transcript)
        self.transcript.highlight_evidence(segment_ids)


class Workspace(QWidget):
    """The three columns; the shell feeds it data and handles its requests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar = ClientSidebar()
        self.sessions = SessionColumn()
        self.session = SessionPane()
        splitter = QSplitter()
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.sessions)
        splitter.addWidget(self.session)
        splitter.setSizes([240, 280, 760])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def clear(self) -> None:
        """Remove every piece of client data from the widgets (lock)."""
        self.sidebar.set_clients([])
        self.sidebar.search.clear()
        self.sessions.clear()
        self.session.show_detail(None)
