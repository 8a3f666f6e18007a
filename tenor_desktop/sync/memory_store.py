"""An in-memory ``LocalStore`` (tests, benchmarks, headless tools); the app uses the vault one.

Client keys are records of kind ``client_key`` whose payload is JSON
``{"client_id", "key_id", "key"}``; installing or deleting such a record installs or destroys
the key, which is how deleting a client shreds its data on every device.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Iterable

from tenor_desktop.sync.local_store import (
    ACCOUNT_KEY_ID,
    CLIENT_KEY_KIND,
    LocalRecord,
    PendingChanges,
)


def client_key_item_id(client_id: str) -> str:
    """The item id under which a client's key syncs."""
    return f"{client_id}.key"


def client_key_payload(client_id: str, key_id: str, key: bytes) -> bytes:
    """The plaintext of a client-key item."""
    return json.dumps(
        {"client_id": client_id, "key_id": key_id, "key": base64.b64encode(key).decode()}
    ).encode()


class MemoryLocalStore:
    """Records and client keys in dictionaries."""

    def __init__(self) -> None:
        self.records: dict[str, LocalRecord] = {}
        self.keys: dict[str, bytes] = {}
        # item id -> change number of its latest local change (dirty tracking).
        self.changed: dict[str, int] = {}
        self._change_no = 0

    # --- LocalStore -----------------------------------------------------------------------
    def snapshot(self) -> Iterable[LocalRecord]:
        """Every live record."""
        return list(self.records.values())

    def record(self, item_id: str) -> LocalRecord | None:
        """One record."""
        return self.records.get(item_id)

    def key(self, key_id: str) -> bytes | None:
        """A client key."""
        return self.keys.get(key_id)

    def apply_remote(self, record: LocalRecord) -> None:
        """Store a record from another device (installing client keys)."""
        if record.kind == CLIENT_KEY_KIND:
            body = json.loads(record.payload)
            self.keys[body["key_id"]] = base64.b64decode(body["key"])
        self.records[record.item_id] = record
        self.changed.pop(record.item_id, None)  # what the server has is not a local change

    def apply_remote_deletion(self, item_id: str, kind: str) -> None:
        """Delete a record; for a client key, destroy the key."""
        record = self.records.pop(item_id, None)
        if record is not None and kind == CLIENT_KEY_KIND:
            self.keys.pop(json.loads(record.payload)["key_id"], None)
        self.changed.pop(item_id, None)

    def keep_conflict_copy(self, record: LocalRecord) -> None:
        """Keep the local version under a new id."""
        copy_id = f"{record.item_id}:conflict-{secrets.token_hex(4)}"
        self.records[copy_id] = LocalRecord(copy_id, record.kind, record.key_id, record.payload)
        self._mark(copy_id)

    def pending_changes(self) -> PendingChanges:
        """Ids changed since they were marked synced."""
        return PendingChanges(frozenset(self.changed), self._change_no)

    def mark_synced(self, item_ids: Iterable[str], upto: int) -> None:
        """Forget change marks numbered ``upto`` or lower."""
        for item_id in item_ids:
            if self.changed.get(item_id, upto + 1) <= upto:
                del self.changed[item_id]

    # --- what the app would do locally ----------------------------------------------------
    def add_client(self, client_id: str) -> str:
        """Create a client key; returns its key id."""
        key_id = f"ck_{secrets.token_hex(6)}"
        self.keys[key_id] = secrets.token_bytes(32)
        item_id = client_key_item_id(client_id)
        self.records[item_id] = LocalRecord(
            item_id,
            CLIENT_KEY_KIND,
            ACCOUNT_KEY_ID,
            client_key_payload(client_id, key_id, self.keys[key_id]),
        )
        self._mark(item_id)
        return key_id

    def key_id_of(self, client_id: str) -> str:
        """The key id of a client this device holds."""
        record = self.records[client_key_item_id(client_id)]
        return str(json.loads(record.payload)["key_id"])

    def put(self, item_id: str, kind: str, key_id: str, payload: bytes) -> None:
        """Create or edit a record."""
        self.records[item_id] = LocalRecord(item_id, kind, key_id, payload)
        self._mark(item_id)

    def delete(self, item_id: str) -> None:
        """Delete a record locally."""
        self.records.pop(item_id, None)
        self._mark(item_id)

    def delete_client(self, client_id: str) -> None:
        """Delete a client, everything encrypted under its key, and the key itself."""
        key_id = self.key_id_of(client_id)
        for item_id in [i for i, r in self.records.items() if r.key_id == key_id]:
            del self.records[item_id]
            self._mark(item_id)
        del self.records[client_key_item_id(client_id)]
        self._mark(client_key_item_id(client_id))
        del self.keys[key_id]

    def _mark(self, item_id: str) -> None:
        self._change_no += 1
        self.changed[item_id] = self._change_no

    def contents(self) -> dict[str, bytes]:
        """Item id → payload, for comparisons."""
        return {item_id: record.payload for item_id, record in self.records.items()}
