"""Clients (known only by pseudonym) and their per-client data keys."""

from __future__ import annotations

import secrets
from typing import Any

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.core.ids import new_id
from tenor_desktop.core.models import (
    Client,
    ProcessingMode,
    RetentionPolicy,
    check_template_key,
)
from tenor_desktop.vault import fts
from tenor_desktop.vault.errors import DuplicateClient, NotFound
from tenor_desktop.vault.repositories._codec import check_id, from_text, to_text
from tenor_desktop.vault.repositories.audit import AuditLog
from tenor_desktop.vault.vault import Vault

CLIENT_KEY_BYTES = 32
MAX_PSEUDONYM_LENGTH = 200
_SELECT = (
    "SELECT id, pseudonym, processing_mode, retention_policy, default_template, created_at"
    " FROM clients"
)


class ClientRepository:
    """Create, read and update clients; each client gets a random data key at creation."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._audit = AuditLog(vault)

    def add(
        self,
        pseudonym: str,
        *,
        processing_mode: ProcessingMode = ProcessingMode.LOCAL_ONLY,
        retention: RetentionPolicy | None = None,
        default_template: str = "soap",
    ) -> Client:
        """Create a client and its data key in one transaction."""
        pseudonym = _clean_pseudonym(pseudonym)
        mode = ProcessingMode(processing_mode)
        policy = retention or RetentionPolicy()
        check_template_key(default_template)
        client_id = new_id("cl")
        now = to_text(self._vault.clock.now())
        with self._vault.transaction() as connection:
            if connection.execute(
                "SELECT 1 FROM clients WHERE pseudonym = ?", (pseudonym,)
            ).fetchone():
                raise DuplicateClient("A client with that pseudonym already exists.")
            connection.execute(
                "INSERT INTO clients(id, pseudonym, processing_mode, retention_policy,"
                " default_template, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (client_id, pseudonym, mode.value, str(policy), default_template, now, now),
            )
            # The per-client key exists from day one: sync encrypts this client's items with
            # it, so deleting the row crypto-shreds every synced copy.
            connection.execute(
                "INSERT INTO client_keys(client_id, key_id, key) VALUES (?, ?, ?)",
                (client_id, new_id("ck"), secrets.token_bytes(CLIENT_KEY_BYTES)),
            )
            # Its own search index, so deleting the client drops the index instead of purging
            # terms from a shared one (vault/fts.py).
            fts.create_shard(connection, client_id)
            self._audit.record_in(connection, "create", "client", client_id)
        return self.get(client_id)

    def get(self, client_id: str) -> Client:
        """The client with that id; raise NotFound."""
        rows = self._vault.read(_SELECT + " WHERE id = ?", (client_id,))
        if not rows:
            raise NotFound(f"No client with id {check_id(client_id, 'client')}.")
        return _client(rows[0])

    def find_by_pseudonym(self, pseudonym: str) -> Client | None:
        """The client with exactly that pseudonym, or None."""
        rows = self._vault.read(_SELECT + " WHERE pseudonym = ?", (pseudonym.strip(),))
        return _client(rows[0]) if rows else None

    def list(self) -> list[Client]:
        """All clients, ordered by pseudonym."""
        rows = self._vault.read(_SELECT + " ORDER BY pseudonym, id")
        return [_client(row) for row in rows]

    def update(
        self,
        client_id: str,
        *,
        pseudonym: str | None = None,
        processing_mode: ProcessingMode | None = None,
        retention: RetentionPolicy | None = None,
        default_template: str | None = None,
    ) -> Client:
        """Change the given fields; the others stay as they are."""
        changes: dict[str, Any] = {}
        if pseudonym is not None:
            changes["pseudonym"] = _clean_pseudonym(pseudonym)
        if processing_mode is not None:
            changes["processing_mode"] = ProcessingMode(processing_mode).value
        if retention is not None:
            changes["retention_policy"] = str(retention)
        if default_template is not None:
            changes["default_template"] = check_template_key(default_template)
        with self._vault.transaction() as connection:
            if not connection.execute(
                "SELECT 1 FROM clients WHERE id = ?", (client_id,)
            ).fetchone():
                raise NotFound(f"No client with id {check_id(client_id, 'client')}.")
            if (
                "pseudonym" in changes
                and connection.execute(
                    "SELECT 1 FROM clients WHERE pseudonym = ? AND id <> ?",
                    (changes["pseudonym"], client_id),
                ).fetchone()
            ):
                raise DuplicateClient("A client with that pseudonym already exists.")
            if changes:
                changes["updated_at"] = to_text(self._vault.clock.now())
                assignments = ", ".join(f"{column} = ?" for column in changes)
                connection.execute(
                    f"UPDATE clients SET {assignments} WHERE id = ?",  # noqa: S608 (fixed names)
                    (*changes.values(), client_id),
                )
                self._audit.record_in(connection, "update", "client", client_id)
        return self.get(client_id)

    def data_key(self, client_id: str) -> tuple[str, bytes]:
        """``(key_id, key)``: the client's 32-byte data key; raise NotFound."""
        rows = self._vault.read(
            "SELECT key_id, key FROM client_keys WHERE client_id = ?", (client_id,)
        )
        if not rows:
            raise NotFound(f"No data key for client id {check_id(client_id, 'client')}.")
        return str(rows[0][0]), bytes(rows[0][1])


def _client(row: Any) -> Client:
    return Client(
        id=row[0],
        pseudonym=row[1],
        processing_mode=ProcessingMode(row[2]),
        retention=RetentionPolicy.parse(row[3]),
        default_template=row[4],
        created_at=from_text(row[5]),
    )


def _clean_pseudonym(pseudonym: str) -> str:
    cleaned = pseudonym.strip() if isinstance(pseudonym, str) else ""
    if not cleaned or len(cleaned) > MAX_PSEUDONYM_LENGTH or "\x00" in cleaned:
        raise ValidationError(f"A pseudonym must be 1 to {MAX_PSEUDONYM_LENGTH} characters long.")
    return cleaned
