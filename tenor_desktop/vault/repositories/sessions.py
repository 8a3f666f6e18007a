"""Sessions: one recorded or imported conversation of a client."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.ids import new_id
from tenor_desktop.core.models import Session, SessionStatus
from tenor_desktop.vault.errors import NotFound
from tenor_desktop.vault.repositories._codec import (
    check_id,
    dump,
    from_text,
    load,
    require_datetime,
    to_text,
)
from tenor_desktop.vault.repositories.audit import AuditLog
from tenor_desktop.vault.vault import Vault

_SELECT = (
    "SELECT id, client_id, started_at, ended_at, duration_ms, status, consent_at, risk_flags,"
    " transcript_deleted_at FROM sessions"
)
_RISK_KIND = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class SessionRepository:
    """Create sessions and track their status, flags and speaker names."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._audit = AuditLog(vault)

    def create(
        self, client_id: str, *, started_at: datetime, consent_at: datetime | None = None
    ) -> Session:
        """Start a session for ``client_id`` (status ``recording``); raise NotFound."""
        session_id = new_id("se")
        with self._vault.transaction() as connection:
            if not connection.execute(
                "SELECT 1 FROM clients WHERE id = ?", (client_id,)
            ).fetchone():
                raise NotFound(f"No client with id {check_id(client_id, 'client')}.")
            connection.execute(
                "INSERT INTO sessions(id, client_id, started_at, status, consent_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    session_id,
                    client_id,
                    to_text(started_at),
                    SessionStatus.RECORDING.value,
                    to_text(consent_at),
                ),
            )
            self._audit.record_in(connection, "create", "session", session_id)
        return self.get(session_id)

    def get(self, session_id: str) -> Session:
        """The session with that id; raise NotFound."""
        rows = self._vault.read(_SELECT + " WHERE id = ?", (session_id,))
        if not rows:
            raise NotFound(f"No session with id {check_id(session_id, 'session')}.")
        return _session(rows[0])

    def list_for_client(self, client_id: str) -> list[Session]:
        """The client's sessions, newest first."""
        rows = self._vault.read(
            _SELECT + " WHERE client_id = ? ORDER BY started_at DESC, id",
            (client_id,),
        )
        return [_session(row) for row in rows]

    def list_all(self) -> list[Session]:
        """Every session, newest first."""
        rows = self._vault.read(_SELECT + " ORDER BY started_at DESC, id")
        return [_session(row) for row in rows]

    def set_status(
        self,
        session_id: str,
        status: SessionStatus,
        *,
        ended_at: datetime | None = None,
        duration_ms: int | None = None,
    ) -> None:
        """Move the session to ``status``; also set the end time/duration when given."""
        value = SessionStatus(status).value
        if duration_ms is not None and duration_ms < 0:
            raise ValidationError("A duration cannot be negative.")
        self._update(
            session_id,
            "status = ?, ended_at = coalesce(?, ended_at), duration_ms = coalesce(?, duration_ms)",
            (value, to_text(ended_at), duration_ms),
        )

    def set_risk_flags(self, session_id: str, kinds: Sequence[str]) -> None:
        """Replace the session's risk flag kinds (machine names such as ``self_harm``)."""
        cleaned = sorted(set(kinds))
        if any(not _RISK_KIND.match(kind) for kind in cleaned):
            raise ValidationError("Risk flag kinds must be short machine names.")
        self._update(session_id, "risk_flags = ?", (dump(cleaned),))

    def set_speaker_names(self, session_id: str, names: Mapping[str, str]) -> None:
        """Map raw speaker labels (``speaker_0``) to display names (``Clinician``)."""
        self._update(session_id, "speaker_names = ?", (dump(dict(names)),))

    def speaker_names(self, session_id: str) -> dict[str, str]:
        """The label -> display name mapping set with ``set_speaker_names``."""
        rows = self._vault.read("SELECT speaker_names FROM sessions WHERE id = ?", (session_id,))
        if not rows:
            raise NotFound(f"No session with id {check_id(session_id, 'session')}.")
        return {str(key): str(value) for key, value in load(rows[0][0]).items()}

    def _update(self, session_id: str, assignments: str, values: tuple[Any, ...]) -> None:
        with self._vault.transaction() as connection:
            cursor = connection.execute(
                f"UPDATE sessions SET {assignments} WHERE id = ?",  # noqa: S608 (fixed text)
                (*values, session_id),
            )
            if cursor.rowcount == 0:
                raise NotFound(f"No session with id {check_id(session_id, 'session')}.")


def _session(row: Any) -> Session:
    return Session(
        id=row[0],
        client_id=row[1],
        started_at=require_datetime(row[2]),
        ended_at=from_text(row[3]),
        duration_ms=int(row[4]),
        status=SessionStatus(row[5]),
        consent_at=from_text(row[6]),
        risk_flags=tuple(load(row[7])),
        transcript_deleted_at=from_text(row[8]),
    )
