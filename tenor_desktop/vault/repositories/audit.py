"""The audit log: who did what to which id, and when. Never content."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.vault.database import Connection
from tenor_desktop.vault.repositories._codec import check_id, require_datetime, to_text
from tenor_desktop.vault.vault import Vault

# Action and kind are short machine names ("create", "transcript.delete"): a free-text field
# here would be the first place someone logs a pseudonym.
_NAME = re.compile(r"^[a-z][a-z0-9_.]{0,39}$")


@dataclass(frozen=True)
class AuditEntry:
    """One line of the audit log."""

    id: int
    at: datetime
    actor: str
    action: str
    object_kind: str
    object_id: str


class AuditLog:
    """Append-only record of actions on vault objects."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def record(
        self, action: str, object_kind: str, object_id: str, actor: str = "clinician"
    ) -> None:
        """Append one entry (its own transaction, or the caller's when one is open)."""
        with self._vault.transaction() as connection:
            self.record_in(connection, action, object_kind, object_id, actor)

    def record_in(
        self,
        connection: Connection,
        action: str,
        object_kind: str,
        object_id: str,
        actor: str = "clinician",
    ) -> None:
        """Append one entry inside a transaction the caller already holds."""
        for value, what in ((action, "action"), (object_kind, "object kind"), (actor, "actor")):
            if not isinstance(value, str) or not _NAME.match(value):
                raise ValidationError(f"Not a valid audit {what}.")
        check_id(object_id, "object")
        connection.execute(
            "INSERT INTO audit_log(at, actor, action, object_kind, object_id)"
            " VALUES (?, ?, ?, ?, ?)",
            (to_text(self._vault.clock.now()), actor, action, object_kind, object_id),
        )

    def entries(self, object_id: str | None = None) -> list[AuditEntry]:
        """All entries, oldest first, optionally for one object id."""
        sql = "SELECT id, at, actor, action, object_kind, object_id FROM audit_log"
        parameters: tuple[str, ...] = ()
        if object_id is not None:
            sql += " WHERE object_id = ?"
            parameters = (object_id,)
        rows = self._vault.read(sql + " ORDER BY id", parameters)
        return [
            AuditEntry(
                id=row[0],
                at=require_datetime(row[1]),
                actor=row[2],
                action=row[3],
                object_kind=row[4],
                object_id=row[5],
            )
            for row in rows
        ]
