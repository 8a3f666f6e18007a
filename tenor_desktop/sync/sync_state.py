"""Persistent sync bookkeeping in its own SQLite file next to the vault.

It holds item ids, versions, keyed fingerprints (HMAC under a key derived from the account key,
never plain hashes of content), the cursor, and the unfinished outgoing batch as ciphertext.
No plaintext ever lands here.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS known (
    item_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    version INTEGER NOT NULL,
    fingerprint TEXT,
    deleted INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS pending_batch (
    request_id TEXT PRIMARY KEY,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS deferred (item_id TEXT PRIMARY KEY, body TEXT NOT NULL);
"""


@dataclass(frozen=True)
class KnownItem:
    """What this device last agreed with the server about an item."""

    item_id: str
    kind: str
    version: int
    fingerprint: str | None
    deleted: bool


class SyncState:
    """Cursor, known versions, the outgoing batch in flight, and items waiting for a key."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes atomically."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    @property
    def cursor(self) -> int:
        """Position after the last change pulled."""
        row = self._db.execute("SELECT value FROM meta WHERE key = 'cursor'").fetchone()
        return int(row[0]) if row else 0

    def set_cursor(self, cursor: int) -> None:
        """Remember the pull position."""
        self._db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('cursor', ?)", (str(cursor),)
        )

    def flag(self, name: str) -> bool:
        """A boolean of the bookkeeping (``full_scan_done``, ``rotation_needed``)."""
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (f"flag:{name}",)).fetchone()
        return bool(row and row[0] == "1")

    def set_flag(self, name: str, value: bool) -> None:
        """Set or clear a flag."""
        self._db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            (f"flag:{name}", "1" if value else "0"),
        )

    def known(self, item_id: str) -> KnownItem | None:
        """The agreed state of one item."""
        row = self._db.execute(
            "SELECT item_id, kind, version, fingerprint, deleted FROM known WHERE item_id = ?",
            (item_id,),
        ).fetchone()
        return _known(row) if row else None

    def all_known(self) -> dict[str, KnownItem]:
        """Every item ever agreed on."""
        rows = self._db.execute("SELECT item_id, kind, version, fingerprint, deleted FROM known")
        return {row[0]: _known(row) for row in rows}

    def set_known(
        self, item_id: str, kind: str, version: int, fingerprint: str | None, *, deleted: bool
    ) -> None:
        """Record agreement on an item."""
        self._db.execute(
            "INSERT OR REPLACE INTO known (item_id, kind, version, fingerprint, deleted)"
            " VALUES (?, ?, ?, ?, ?)",
            (item_id, kind, version, fingerprint, int(deleted)),
        )

    def forget(self, item_id: str) -> None:
        """Drop an item from the agreed state (the server no longer has it)."""
        self._db.execute("DELETE FROM known WHERE item_id = ?", (item_id,))

    def pending_batch(self) -> tuple[str, list[dict[str, Any]]] | None:
        """The batch sent but not yet acknowledged, to resend with the same request id."""
        row = self._db.execute("SELECT request_id, body FROM pending_batch").fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def set_pending_batch(self, request_id: str, changes: list[dict[str, Any]]) -> None:
        """Persist a batch before sending it."""
        self._db.execute("DELETE FROM pending_batch")
        self._db.execute(
            "INSERT INTO pending_batch (request_id, body) VALUES (?, ?)",
            (request_id, json.dumps(changes)),
        )

    def clear_pending_batch(self) -> None:
        """The batch was acknowledged."""
        self._db.execute("DELETE FROM pending_batch")

    def defer(self, item_id: str, body: dict[str, Any]) -> None:
        """Keep a pulled item whose key has not arrived yet."""
        self._db.execute(
            "INSERT OR REPLACE INTO deferred (item_id, body) VALUES (?, ?)",
            (item_id, json.dumps(body)),
        )

    def deferred(self) -> list[dict[str, Any]]:
        """Items waiting for a key."""
        return [json.loads(row[0]) for row in self._db.execute("SELECT body FROM deferred")]

    def undefer(self, item_id: str) -> None:
        """An item no longer waits."""
        self._db.execute("DELETE FROM deferred WHERE item_id = ?", (item_id,))

    def reset(self) -> None:
        """Forget everything (sign-out or account deletion)."""
        with self.transaction():
            for table in ("meta", "known", "pending_batch", "deferred"):
                self._db.execute(f"DELETE FROM {table}")  # noqa: S608 - fixed table names


def _known(row: Any) -> KnownItem:
    return KnownItem(row[0], row[1], int(row[2]), row[3], bool(row[4]))
