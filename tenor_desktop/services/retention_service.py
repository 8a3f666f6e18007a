"""Per-client automatic transcript deletion (``never | after_note | after_days:N``).

When it runs:
- ``on_note_saved(session_id)``: right after a note is saved (``after_note`` clients);
- ``run_due(now)``: at unlock and hourly while the vault is open; it also catches up on
  ``after_note`` sessions whose deletion was missed (a crash between saving the note and
  deleting the transcript);
- ``apply_policy(client_id)``: the moment a client's policy is set, so it takes effect on the
  data that already exists, not only on future sessions. A retention setting that silently does
  not apply is the failure users report most, so every entry point here ends in a deletion.

Sessions still being recorded (or paused) are never touched: their transcript is incomplete and
deleting under the recorder would race the vault writer.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.core.models import Client, RetentionPolicy, Session, SessionStatus
from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.vault.repositories import ClientRepository, NoteRepository, SessionRepository
from tenor_desktop.vault.vault import Vault

RETENTION_ACTOR = "retention"
_IN_PROGRESS = frozenset({SessionStatus.RECORDING, SessionStatus.PAUSED})


class RetentionService:
    """Applies each client's automatic transcript deletion policy."""

    def __init__(
        self, vault: Vault, deletion: DeletionService, *, clock: Clock | None = None
    ) -> None:
        self._clients = ClientRepository(vault)
        self._sessions = SessionRepository(vault)
        self._notes = NoteRepository(vault)
        self._deletion = deletion
        self._clock = clock or SystemClock()

    def on_note_saved(self, session_id: str) -> bool:
        """Delete the session's transcript if its client's policy is ``after_note``.

        Returns whether the transcript was deleted.
        """
        session = self._sessions.get(session_id)
        client = self._clients.get(session.client_id)
        if client.retention.kind != "after_note" or not self._eligible_after_note(session):
            return False
        self._deletion.delete_transcripts([session_id], actor=RETENTION_ACTOR)
        return True

    def run_due(self, now: datetime | None = None) -> list[str]:
        """Delete every transcript whose client's policy says it is due; return session ids."""
        moment = now or self._clock.now()
        due: list[str] = []
        for client in self._clients.list():
            due.extend(self._due_for(client, self._sessions.list_for_client(client.id), moment))
        self._deletion.delete_transcripts(due, actor=RETENTION_ACTOR)
        return due

    def apply_policy(self, client_id: str, now: datetime | None = None) -> list[str]:
        """Apply a client's (just changed) policy to its existing sessions; return session ids."""
        client = self._clients.get(client_id)
        moment = now or self._clock.now()
        due = self._due_for(client, self._sessions.list_for_client(client_id), moment)
        self._deletion.delete_transcripts(due, actor=RETENTION_ACTOR)
        return due

    def set_policy(
        self, client_id: str, policy: RetentionPolicy, now: datetime | None = None
    ) -> list[str]:
        """Store a client's policy and apply it to existing data at once; return session ids."""
        self._clients.update(client_id, retention=policy)
        return self.apply_policy(client_id, now)

    def _due_for(self, client: Client, sessions: Iterable[Session], now: datetime) -> list[str]:
        policy = client.retention
        if policy.kind == "after_note":
            return [s.id for s in sessions if self._eligible_after_note(s)]
        if policy.kind == "after_days" and policy.days is not None:
            cutoff = now - timedelta(days=policy.days)
            return [
                s.id
                for s in sessions
                if _has_transcript(s) and s.status not in _IN_PROGRESS and s.started_at <= cutoff
            ]
        return []

    def _eligible_after_note(self, session: Session) -> bool:
        return (
            _has_transcript(session)
            and session.status not in _IN_PROGRESS
            and self._notes.latest(session.id) is not None
        )


def _has_transcript(session: Session) -> bool:
    return session.transcript_deleted_at is None
