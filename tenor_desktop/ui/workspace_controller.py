"""Carries out what the clinician asks in the workspace: clients, sessions, notes, deletion."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from tenor_desktop.core.models import Client, ProcessingMode
from tenor_desktop.services.vault_service import SessionDetail
from tenor_desktop.ui.client_dialog import ClientDialog
from tenor_desktop.ui.deletion_dialog import DeletionDialog
from tenor_desktop.ui.note_actions import NoteActions
from tenor_desktop.ui.settings_dialog import API_KEYS, PracticeSettingsDialog
from tenor_desktop.ui.speakers_dialog import SpeakersDialog

# Without a sync account there is no account name to type; this phrase takes its place.
ACCOUNT_CONFIRMATION = "delete everything"

if TYPE_CHECKING:
    from tenor_desktop.ui.shell import TenorWindow


def accepted(dialog: QDialog) -> bool:
    """Run a modal dialog and schedule its deletion, so nothing it showed lingers in memory."""
    result = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return result


class WorkspaceController(NoteActions):
    """Connects the workspace widgets to the WorkspaceService; slow work goes to the runner."""

    def __init__(self, window: TenorWindow) -> None:
        self.window = window
        self.client_id: str | None = None
        self.session_id: str | None = None
        ws = window.workspace
        ws.sidebar.client_selected.connect(self.select_client)
        ws.sidebar.add_client_requested.connect(self.add_client)
        ws.sidebar.search_requested.connect(self.search)
        ws.sessions.session_selected.connect(self.select_session)
        ws.sessions.settings_button.clicked.connect(self.edit_client)
        ws.sessions.import_button.clicked.connect(self.import_file)
        ws.session.delete_button.clicked.connect(self.delete_session)
        ws.session.transcript.delete_transcript_requested.connect(self.delete_transcript)
        ws.session.transcript.rename_speakers_requested.connect(self.rename_speakers)
        ws.session.note.save_requested.connect(self.save_note_edits)
        ws.session.note.copy_requested.connect(self.copy_note)
        ws.session.note.export_requested.connect(self.export_note)
        ws.session.note.regenerate_requested.connect(self.regenerate_note)
        self.attach_note_view()  # template picker (+ import) and the streaming preview
        window.settings_action.triggered.connect(self.edit_practice_settings)

    @property
    def service(self) -> Any:
        """The WorkspaceService of the unlocked vault."""
        service = self.window.workspace_service
        if service is None:
            raise RuntimeError("workspace used while locked")
        return service

    def forget(self) -> None:
        """Drop selection state (lock)."""
        self.client_id = self.session_id = None

    def _background(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.window.runner.run(work, done, self._error)

    def _error(self, error: BaseException) -> None:
        from tenor_desktop.ui.shell import user_message

        QMessageBox.warning(self.window, "Tenor", user_message(error))

    # -- clients -----------------------------------------------------------------------------
    def refresh_clients(self, select: str | None = None) -> None:
        """Reload the client list."""
        clients = self.window.context.vault_service.clients()
        self.window.workspace.sidebar.set_clients(clients, select=select)
        if not clients:
            self.window.workspace.sessions.clear()

    def select_client(self, client_id: str, select_session: str | None = None) -> None:
        """Show a client's sessions."""
        self.client_id = client_id
        service = self.window.context.vault_service
        client = next(c for c in service.clients() if c.id == client_id)
        sessions = service.sessions(client.pseudonym)
        self.window.workspace.sessions.show_sessions(
            client.pseudonym, client.processing_mode, sessions, select_session
        )
        if select_session is None:
            self.window.workspace.session.show_detail(None)

    def add_client(self) -> None:
        """Dialog, then create the client and select it."""
        practice = self.service.practice_settings()
        dialog = ClientDialog(
            cloud_allowed=practice.cloud_allowed,
            new_client_mode=ProcessingMode(practice.new_client_mode),
            templates=self.note_template_choices(),
            parent=self.window,
        )
        if not accepted(dialog):
            return
        form = dialog.form()
        try:
            client = self.service.add_client(
                form.pseudonym,
                processing_mode=form.processing_mode,
                retention=form.retention,
                default_template=form.default_template,
            )
        except Exception as error:  # shown to the user, not swallowed
            self._error(error)
            return
        self.refresh_clients(select=client.id)

    def edit_client(self) -> None:
        """Client settings (and deletion from there)."""
        if self.client_id is None:
            return
        client = self._client(self.client_id)
        dialog = ClientDialog(
            client,
            cloud_allowed=self._cloud_allowed(),
            retention_managed=self.window.context.policy.transcript_retention is not None,
            templates=self.note_template_choices(),
            parent=self.window,
        )
        result = accepted(dialog)
        if dialog.delete_requested:
            self.delete_client(client.id, client.pseudonym)
            return
        if not result:
            return
        form = dialog.form()
        client_id = client.id
        self._background(
            lambda: self.service.update_client(
                client_id,
                pseudonym=form.pseudonym,
                processing_mode=form.processing_mode,
                retention=form.retention,
                default_template=form.default_template,
            ),
            lambda _client: self.refresh_clients(select=client_id),
        )

    def delete_client(self, client_id: str, pseudonym: str) -> None:
        """Confirm by typing the pseudonym, then crypto-shred the client."""
        if not accepted(DeletionDialog("client", pseudonym, self.window)):
            return
        self._background(
            lambda: self.service.deletion.delete_client(client_id), lambda _r: self._after_delete()
        )

    def _after_delete(self) -> None:
        self.session_id = None
        self.window.workspace.session.show_detail(None)
        self.window.workspace.sidebar.search.clear()
        self.refresh_clients()
        if self.client_id in {c.id for c in self.window.context.vault_service.clients()}:
            self.select_client(self.client_id)
        else:
            self.client_id = None
            self.window.workspace.sessions.clear()

    def _client(self, client_id: str) -> Client:
        return next(c for c in self.window.context.vault_service.clients() if c.id == client_id)

    def _cloud_allowed(self) -> bool:
        return bool(self.service.practice_settings().cloud_allowed)

    # -- sessions ----------------------------------------------------------------------------
    def select_session(self, session_id: str) -> None:
        """Show transcript and note."""
        self.session_id = session_id
        detail = self.window.context.vault_service.session_detail(session_id)
        self.window.workspace.session.show_detail(detail)

    def _detail(self) -> SessionDetail | None:
        return self.window.workspace.session.detail

    def delete_session(self) -> None:
        """Confirm, then delete the session with its notes."""
        session_id = self.session_id
        if session_id is None or not accepted(DeletionDialog("session", parent=self.window)):
            return
        self._background(
            lambda: self.service.deletion.delete_session(session_id),
            lambda _r: self._after_delete(),
        )

    def delete_transcript(self) -> None:
        """Confirm, then delete the transcript (the note stays)."""
        session_id = self.session_id
        if session_id is None or not accepted(DeletionDialog("transcript", parent=self.window)):
            return
        self._background(
            lambda: self.service.deletion.delete_transcript(session_id),
            lambda _r: self.select_session(session_id),
        )

    def rename_speakers(self) -> None:
        """Name or swap speakers."""
        detail = self._detail()
        if detail is None:
            return
        labels = list(dict.fromkeys(segment.speaker for segment in detail.segments))
        dialog = SpeakersDialog(labels, detail.speaker_names, self.window)
        if accepted(dialog):
            self.service.rename_speakers(detail.session.id, dialog.names())
            self.select_session(detail.session.id)

    def search(self, text: str) -> None:
        """Full-text search; opens the first matching session."""
        if not text.strip():
            return
        hits = self.window.context.vault_service.search(text)
        if not hits:
            QMessageBox.information(self.window, "Search", "Nothing found.")
            return
        detail = self.window.context.vault_service.session_detail(hits[0].session_id)
        self.window.workspace.sidebar.set_clients(
            self.window.context.vault_service.clients(), select=detail.client.id
        )
        self.select_client(detail.client.id, select_session=detail.session.id)
        self.select_session(detail.session.id)
        self.window.workspace.session.transcript.find_box.setText(text)

    def import_file(self) -> None:
        """Import a recording or transcript into the selected client."""
        importer = self.window.context.import_file
        if self.client_id is None or importer is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            "Import a recording or transcript",
            "",
            "Recordings and transcripts (*.wav *.flac *.mp3 *.m4a *.ogg *.txt)",
        )
        if not path:
            return
        client = self._client(self.client_id)
        vault = self.service.vault
        self._background(
            lambda: importer(vault, Path(path), client.pseudonym),
            lambda result: self._open_session(client.id, str(result.session_id)),
        )

    def _open_session(self, client_id: str, session_id: str) -> None:
        self.select_client(client_id, select_session=session_id)
        self.select_session(session_id)

    # -- practice settings -------------------------------------------------------------------
    def edit_practice_settings(self) -> None:
        """Practice-wide settings; managed ones are locked; API keys go to the SecretStore."""
        current = self.service.practice_settings()
        store = self._secret_store()
        saved = frozenset(
            name for name in API_KEYS if store is not None and store.get(name) is not None
        )
        dialog = PracticeSettingsDialog(
            current, self.window.context.policy, self.window, saved_keys=saved
        )
        result = accepted(dialog)
        if dialog.delete_account_requested:
            self.delete_account()
            return
        if dialog.sign_in_requested:
            self.window.accounts.sign_in()
            return
        if dialog.two_factor_requested:
            self.window.accounts.set_up_two_factor()
            return
        if not result:
            return
        saved_settings = self.service.save_practice_settings(dialog.settings())
        if store is not None:
            for name, value in dialog.api_keys().items():
                store.set(name, value)
        cap = self.window.context.policy.enforced.get("max_idle_timeout_minutes")
        self.window.idle.policy.set_timeout_minutes(
            saved_settings.idle_timeout_minutes, policy_cap=cap if isinstance(cap, int) else None
        )

    def _secret_store(self) -> Any:
        make = self.window.context.make_secret_store
        return make(self.service.vault) if make is not None else None

    def delete_account(self) -> None:
        """Confirm by typing, then erase secrets, key and vault files; back to first run."""
        if not accepted(DeletionDialog("account", ACCOUNT_CONFIRMATION, self.window)):
            return
        deletion = self.service.deletion
        self.window.sync.stop()  # no round may write to the vault while it is being erased
        self._background(deletion.delete_account, lambda _files: self.window.account_deleted())
