"""``LocalStore`` over the SQLCipher vault: which vault rows become which sync items.

Items (plaintext JSON, encrypted by the engine):
- ``client_key`` ``<client id>.key``: the client's data key, wrapped by the account key;
- ``client`` ``<client id>``, ``session`` ``<session id>``, ``transcript``
  ``<session id>.transcript`` (all segments), ``note`` ``<note id>``: wrapped by the client's key.

Deleting a client row cascades to its key, so the next sync pushes tombstones for everything of
the client and for its key; other devices then delete theirs (crypto-shredding).

Dirty tracking: the vault's triggers (schema 5) log changed item ids in ``sync_changes``.
Writes made here on behalf of the server clear their own item's mark in the same transaction,
so what arrives from other devices is not mistaken for a local change.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from typing import Any

from tenor_desktop.core.ids import new_id
from tenor_desktop.sync.device_account import VaultKeyring
from tenor_desktop.sync.errors import ParentMissing
from tenor_desktop.sync.keyring import AccountKeyring
from tenor_desktop.sync.local_store import (
    ACCOUNT_KEY_ID,
    CLIENT_KEY_KIND,
    LocalRecord,
    PendingChanges,
)
from tenor_desktop.vault.vault import Vault

_CLIENT_COLUMNS = (
    "pseudonym",
    "processing_mode",
    "retention_policy",
    "default_template",
    "settings",
    "created_at",
    "updated_at",
)
_PLACEHOLDER_SETTINGS = '{"sync_placeholder": true}'
_SESSION_COLUMNS = (
    "client_id",
    "started_at",
    "ended_at",
    "duration_ms",
    "status",
    "consent_at",
    "risk_flags",
    "transcript_deleted_at",
    "speaker_names",
)
_SEGMENT_COLUMNS = (
    "id",
    "seq",
    "start_ms",
    "end_ms",
    "speaker",
    "text",
    "confidence",
    "redactions",
)
_NOTE_COLUMNS = (
    "session_id",
    "version",
    "template",
    "provider",
    "sections",
    "flags",
    "draft",
    "created_at",
)


class VaultLocalStore:
    """Reads and writes vault rows for the sync engine."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def account_keyring(self) -> AccountKeyring:
        """The signed-in account's keys, kept in this vault (rotations persist here)."""
        return VaultKeyring(self._vault)

    def pending_changes(self) -> PendingChanges:
        """Item ids with a change mark; claims them by appending a sentinel mark first."""
        if not self._vault.read("SELECT 1 FROM sync_changes WHERE item_id != '' LIMIT 1"):
            return PendingChanges()  # nothing to claim: the no-change round writes nothing
        with self._vault.transaction() as connection:
            # The sentinel becomes the newest mark, so any later change of an item we return
            # gets a new, higher mark (the triggers skip only an item holding the newest one).
            connection.execute("DELETE FROM sync_changes WHERE item_id = ''")
            cursor = connection.execute("INSERT INTO sync_changes(item_id) VALUES ('')")
            upto = int(cursor.lastrowid)
            rows = connection.execute(
                "SELECT item_id FROM sync_changes WHERE item_id != ''"
            ).fetchall()
        return PendingChanges(frozenset(row[0] for row in rows), upto)

    def mark_synced(self, item_ids: Iterable[str], upto: int) -> None:
        """Drop the marks of ``item_ids`` numbered ``upto`` or lower."""
        item_ids = list(item_ids)
        if not item_ids:
            return
        with self._vault.transaction() as connection:
            connection.executemany(
                "DELETE FROM sync_changes WHERE item_id = ? AND no <= ?",
                [(item_id, upto) for item_id in item_ids],
            )

    def snapshot(self) -> Iterable[LocalRecord]:
        """Every syncable row, parents before children."""
        return self._records(None)

    def record(self, item_id: str) -> LocalRecord | None:
        """One record by item id."""
        found = self._records(item_id)
        return found[0] if found else None

    def _records(self, only: str | None) -> list[LocalRecord]:
        # ``only`` narrows every query to one item id (the engine asks for single records
        # while pulling; scanning the whole vault each time would be quadratic).
        read = self._vault.read
        key_rows = read("SELECT client_id, key_id, key FROM client_keys")
        keys = {row[0]: row[1] for row in key_rows}
        records = [
            _client_key_record(row[0], row[1], bytes(row[2]))
            for row in key_rows
            if only is None or only == f"{row[0]}.key"
        ]
        where = " WHERE id = ?" if only is not None else ""
        params: tuple[Any, ...] = (only,) if only is not None else ()
        for row in read(_select("clients", _CLIENT_COLUMNS) + where, params):
            # A placeholder is not the device's data: never push it or treat it as an edit.
            if row[0] in keys and row[5] != _PLACEHOLDER_SETTINGS:
                records.append(_record(row[0], "client", keys[row[0]], _CLIENT_COLUMNS, row[1:]))
        session_id = only.removesuffix(".transcript") if only is not None else None
        session_where = " WHERE id = ?" if session_id is not None else ""
        session_params: tuple[Any, ...] = (session_id,) if session_id is not None else ()
        session_keys: dict[str, str] = {}
        for row in read(_select("sessions", _SESSION_COLUMNS) + session_where, session_params):
            key_id = keys.get(row[1])
            if key_id is None:
                continue
            session_keys[row[0]] = key_id
            if only is None or only == row[0]:
                records.append(_record(row[0], "session", key_id, _SESSION_COLUMNS, row[1:]))
        if only is None or only.endswith(".transcript"):
            records.extend(self._transcripts(session_keys, session_id))
        if only is None or not only.endswith((".key", ".transcript")):
            note_rows = read(_select("notes", _NOTE_COLUMNS) + where, params)
            for row in note_rows:
                note_key = session_keys.get(row[1]) or self._session_key(row[1], keys)
                if note_key is not None:
                    records.append(_record(row[0], "note", note_key, _NOTE_COLUMNS, row[1:]))
        return records

    def _session_key(self, session_id: str, keys: dict[str, str]) -> str | None:
        rows = self._vault.read("SELECT client_id FROM sessions WHERE id = ?", (session_id,))
        return keys.get(rows[0][0]) if rows else None

    def _transcripts(
        self, session_keys: dict[str, str], session_id: str | None
    ) -> list[LocalRecord]:
        where = " WHERE session_id = ?" if session_id is not None else ""
        params: tuple[Any, ...] = (session_id,) if session_id is not None else ()
        segments: dict[str, list[dict[str, Any]]] = {}
        columns = ", ".join(_SEGMENT_COLUMNS)
        sql = f"SELECT session_id, {columns} FROM segments{where} ORDER BY session_id, seq"  # noqa: S608
        for row in self._vault.read(sql, params):
            segments.setdefault(row[0], []).append(
                dict(zip(_SEGMENT_COLUMNS, row[1:], strict=True))
            )
        records = []
        for owner, rows in segments.items():
            if owner in session_keys:
                payload = json.dumps({"session_id": owner, "segments": rows}, sort_keys=True)
                records.append(
                    LocalRecord(
                        f"{owner}.transcript", "transcript", session_keys[owner], payload.encode()
                    )
                )
        return records

    def key(self, key_id: str) -> bytes | None:
        """A client key by key id."""
        rows = self._vault.read("SELECT key FROM client_keys WHERE key_id = ?", (key_id,))
        return bytes(rows[0][0]) if rows else None

    def apply_remote(self, record: LocalRecord) -> None:
        """Upsert the rows of a record from another device."""
        body = json.loads(record.payload)
        with self._vault.transaction() as connection:
            if (
                record.kind in ("transcript", "note")
                and not connection.execute(
                    "SELECT 1 FROM sessions WHERE id = ?", (body["session_id"],)
                ).fetchone()
            ):
                # Pulls come in change order: a session edited after its transcript or note
                # arrives later in the same pull (or page). The engine retries after the pull.
                raise ParentMissing("A transcript or note arrived before its session.")
            if record.kind == CLIENT_KEY_KIND:
                self._ensure_client(connection, body["client_id"])
                connection.execute(
                    "INSERT INTO client_keys(client_id, key_id, key) VALUES (?, ?, ?)"
                    " ON CONFLICT(client_id) DO UPDATE SET key_id = excluded.key_id,"
                    " key = excluded.key",
                    (body["client_id"], body["key_id"], base64.b64decode(body["key"])),
                )
            elif record.kind == "client":
                self._upsert(connection, "clients", record.item_id, _CLIENT_COLUMNS, body)
            elif record.kind == "session":
                self._upsert(connection, "sessions", record.item_id, _SESSION_COLUMNS, body)
            elif record.kind == "transcript":
                session_id = body["session_id"]
                connection.execute("DELETE FROM segments WHERE session_id = ?", (session_id,))
                for segment in body["segments"]:
                    self._insert_segment(connection, session_id, segment)
            elif record.kind == "note":
                self._upsert(connection, "notes", record.item_id, _NOTE_COLUMNS, body)
            _unmark(connection, record.item_id)

    def apply_remote_deletion(self, item_id: str, kind: str) -> None:
        """Delete what another device deleted; a client key's deletion shreds the client."""
        with self._vault.transaction() as connection:
            if kind == CLIENT_KEY_KIND:
                client_id = item_id.removesuffix(".key")
                connection.execute("DELETE FROM clients WHERE id = ?", (client_id,))
            elif kind == "client":
                connection.execute("DELETE FROM clients WHERE id = ?", (item_id,))
            elif kind == "session":
                connection.execute("DELETE FROM sessions WHERE id = ?", (item_id,))
            elif kind == "transcript":
                session_id = item_id.removesuffix(".transcript")
                connection.execute("DELETE FROM segments WHERE session_id = ?", (session_id,))
            elif kind == "note":
                connection.execute("DELETE FROM notes WHERE id = ?", (item_id,))
            # Only this item: what cascaded (a client's sessions…) stays marked, and the next
            # round sends its tombstones if the server does not have them yet.
            _unmark(connection, item_id)

    def keep_conflict_copy(self, record: LocalRecord) -> None:
        """Save the local note as a new version of its session (the clinician picks one)."""
        if record.kind != "note":
            return
        body = json.loads(record.payload)
        with self._vault.transaction() as connection:
            row = connection.execute(
                "SELECT COALESCE(MAX(version), 0) FROM notes WHERE session_id = ?",
                (body["session_id"],),
            ).fetchone()
            body["version"] = int(row[0]) + 1
            body["draft"] = 1
            self._upsert(connection, "notes", new_id("nt"), _NOTE_COLUMNS, body)

    # --- helpers --------------------------------------------------------------------------
    def _ensure_client(self, connection: Any, client_id: str) -> None:
        # The key arrives before the client row; a placeholder keeps the foreign key happy
        # until the client item (or its tombstone) replaces it.
        connection.execute(
            "INSERT OR IGNORE INTO clients(id, pseudonym, settings, created_at, updated_at)"
            " VALUES (?, ?, ?, datetime('now'), datetime('now'))",
            (client_id, f"(syncing {client_id})", _PLACEHOLDER_SETTINGS),
        )

    def _upsert(
        self,
        connection: Any,
        table: str,
        row_id: str,
        columns: tuple[str, ...],
        body: dict[str, Any],
    ) -> None:
        values = [body[column] for column in columns]
        updates = ", ".join(f"{column} = excluded.{column}" for column in columns)
        marks = ", ".join("?" * (len(columns) + 1))
        sql = (
            f"INSERT INTO {table}(id, {', '.join(columns)}) VALUES ({marks})"  # noqa: S608
            f" ON CONFLICT(id) DO UPDATE SET {updates}"
        )
        try:
            connection.execute(sql, (row_id, *values))
        except Exception as error:  # sqlcipher3's IntegrityError
            if table != "clients" or "pseudonym" not in str(error):
                raise
            # Two devices created the same pseudonym for different clients: keep both.
            body = {**body, "pseudonym": f"{body['pseudonym']} ({row_id[-4:]})"}
            connection.execute(sql, (row_id, *[body[column] for column in columns]))

    def _insert_segment(self, connection: Any, session_id: str, segment: dict[str, Any]) -> None:
        columns = [c for c in _SEGMENT_COLUMNS if c != "id"]
        values = [segment[c] for c in columns]
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        taken = connection.execute(
            "SELECT 1 FROM segments WHERE id = ?", (segment["id"],)
        ).fetchone()
        # Keep the segment id when it is free (note evidence refers to it), else take a new
        # one; evidence keyed by (session, seq) in the vault would make this exact.
        if taken:
            sql = f"INSERT INTO segments(session_id, {names}) VALUES (?, {marks})"  # noqa: S608
            connection.execute(sql, (session_id, *values))
        else:
            sql = f"INSERT INTO segments(id, session_id, {names}) VALUES (?, ?, {marks})"  # noqa: S608
            connection.execute(sql, (segment["id"], session_id, *values))


def _unmark(connection: Any, item_id: str) -> None:
    connection.execute("DELETE FROM sync_changes WHERE item_id = ?", (item_id,))


def _select(table: str, columns: tuple[str, ...]) -> str:
    return f"SELECT id, {', '.join(columns)} FROM {table}"  # noqa: S608 - fixed names


def _record(
    item_id: str, kind: str, key_id: str, columns: tuple[str, ...], values: tuple[Any, ...]
) -> LocalRecord:
    payload = json.dumps(dict(zip(columns, values, strict=True)), sort_keys=True).encode()
    return LocalRecord(item_id, kind, key_id, payload)


def _client_key_record(client_id: str, key_id: str, key: bytes) -> LocalRecord:
    payload = json.dumps(
        {"client_id": client_id, "key_id": key_id, "key": base64.b64encode(key).decode()},
        sort_keys=True,
    ).encode()
    return LocalRecord(f"{client_id}.key", CLIENT_KEY_KIND, ACCOUNT_KEY_ID, payload)
