"""Note actions of the workspace: save edits, regenerate (streaming), templates, copy, export.

Drafting runs on the task runner's worker thread. A language model's output reaches the note
tab as it streams: the worker only emits a queued signal per delta (``DraftRelay``), and the main
thread appends it to the preview, so a slow model never blocks the UI. When drafting ends, the
validated note replaces the preview.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tenor_desktop.core.models import NOTE_TEMPLATES
from tenor_desktop.notes.note_export import to_ehr_text, to_pdf
from tenor_desktop.services.vault_service import SessionDetail

if TYPE_CHECKING:
    from tenor_desktop.ui.shell import TenorWindow


class DraftRelay(QObject):
    """Carries streamed note text from the drafting thread to the main thread."""

    delta = Signal(str, str)  # session id, text

    def __init__(self, deliver: Callable[[str, str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver = deliver
        # Queued explicitly: emitted on a worker thread, delivered on the relay's (main) thread.
        self.delta.connect(self._on_delta, Qt.ConnectionType.QueuedConnection)

    @Slot(str, str)
    def _on_delta(self, session_id: str, text: str) -> None:
        self._deliver(session_id, text)


class NoteActions:
    """Mixed into WorkspaceController, which provides the window, selection and helpers."""

    window: TenorWindow
    session_id: str | None
    _draft_relay: DraftRelay | None = None

    @property
    def service(self) -> Any:
        """The WorkspaceService of the unlocked vault."""
        raise NotImplementedError

    def _background(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        raise NotImplementedError

    def _error(self, error: BaseException) -> None:
        raise NotImplementedError

    def select_session(self, session_id: str) -> None:
        """Show a session."""
        raise NotImplementedError

    def _detail(self) -> SessionDetail | None:
        return self.window.workspace.session.detail

    def attach_note_view(self) -> None:
        """Connect the note tab's template picker and streaming preview (once, at start)."""
        note_view = self.window.workspace.session.note
        note_view.template_source = self.note_template_choices
        note_view.import_template_requested.connect(self.import_note_template)
        self._draft_relay = DraftRelay(self._show_streamed_text, self.window)

    def note_template_choices(self) -> list[tuple[str, str]]:
        """Built-in and the clinician's own templates; the built-ins alone while locked."""
        if self.window.workspace_service is None:
            return [(key, key.upper()) for key in NOTE_TEMPLATES]
        choices: list[tuple[str, str]] = self.service.note_templates()
        return choices

    def import_note_template(self) -> None:
        """Pick a template file; it is validated and added, or the reason is shown."""
        if self.window.workspace_service is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window, "Add a note template", "", "Note templates (*.toml)"
        )
        if not path:
            return
        self._background(
            lambda: self.service.import_note_template(Path(path)), self._template_added
        )

    def _template_added(self, added: tuple[str, str]) -> None:
        key, name = added
        note_view = self.window.workspace.session.note
        note_view.refresh_templates()
        note_view.select_template(key)
        QMessageBox.information(
            self.window, "Tenor", f"The template “{name}” was added to your templates."
        )

    def save_note_edits(self, edits: dict[str, str]) -> None:
        """Store the edits as a new note version."""
        session_id = self.session_id
        if session_id is not None:
            self._background(
                lambda: self.service.save_note_edits(session_id, edits),
                lambda _note: self.select_session(session_id),
            )

    def regenerate_note(self, template: str, provider: str) -> None:
        """Draft again with another template or provider, streaming a model's text as it comes."""
        session_id = self.session_id
        relay = self._draft_relay
        if session_id is None:
            return
        note_view = self.window.workspace.session.note
        note_view.begin_drafting(streaming=provider != "offline")  # offline text does not stream

        def stream(text: str) -> None:  # runs on the worker thread: only emit
            if relay is not None:
                relay.delta.emit(session_id, text)

        def failed(error: BaseException) -> None:
            note_view.end_drafting()
            if self.session_id == session_id:
                self.select_session(session_id)  # the previous version, unchanged
            self._error(error)

        self.window.runner.run(
            lambda: self.service.draft_note(
                session_id, template=template, provider=provider, on_delta=stream
            ),
            lambda _note: self.select_session(session_id),
            failed,
        )

    def _show_streamed_text(self, session_id: str, text: str) -> None:
        if session_id == self.session_id:
            self.window.workspace.session.note.append_draft_text(text)

    def copy_note(self) -> None:
        """Clean plain text on the clipboard for the EHR."""
        detail = self._detail()
        if detail is not None and detail.note is not None:
            QGuiApplication.clipboard().setText(to_ehr_text(detail.note.sections))

    def export_note(self) -> None:
        """Save the note as a PDF where the clinician chooses."""
        detail = self._detail()
        if detail is None or detail.note is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.window, "Export note", "note.pdf", "PDF (*.pdf)")
        if path:
            Path(path).write_bytes(to_pdf(detail.note.sections, flags=detail.note.flags))
