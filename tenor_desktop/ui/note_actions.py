"""Note actions of the workspace: save edits, regenerate, copy for the EHR, export a PDF."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from tenor_desktop.notes.note_export import to_ehr_text, to_pdf
from tenor_desktop.services.vault_service import SessionDetail

if TYPE_CHECKING:
    from tenor_desktop.ui.shell import TenorWindow


class NoteActions:
    """Mixed into WorkspaceController, which provides the window, selection and helpers."""

    window: TenorWindow
    session_id: str | None

    @property
    def service(self) -> Any:
        """The WorkspaceService of the unlocked vault."""
        raise NotImplementedError

    def _background(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        raise NotImplementedError

    def select_session(self, session_id: str) -> None:
        """Show a session."""
        raise NotImplementedError

    def _detail(self) -> SessionDetail | None:
        return self.window.workspace.session.detail

    def save_note_edits(self, edits: dict[str, str]) -> None:
        """Store the edits as a new note version."""
        session_id = self.session_id
        if session_id is not None:
            self._background(
                lambda: self.service.save_note_edits(session_id, edits),
                lambda _note: self.select_session(session_id),
            )

    def regenerate_note(self, template: str, provider: str) -> None:
        """Draft again with another template or provider."""
        session_id = self.session_id
        if session_id is not None:
            self.window.workspace.session.note.header.setText("Drafting the note…")
            self._background(
                lambda: self.service.draft_note(session_id, template=template, provider=provider),
                lambda _note: self.select_session(session_id),
            )

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
