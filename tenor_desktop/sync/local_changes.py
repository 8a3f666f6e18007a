"""What a device has to send: change marks (or a full scan) compared with the bookkeeping.

``LocalChanges.collect`` turns the store's marked ids into sealed changes, or, until the first
full comparison after sign-in or after an account-key change, compares every record. Changes
are JSON-able dicts (see ``wire.py``). Fingerprints are keyed (BLAKE2b under a key derived at
sign-in), never plain hashes of content.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from tenor_desktop.sync.envelope import seal_item
from tenor_desktop.sync.errors import CryptoError
from tenor_desktop.sync.keyring import ACCOUNT_KEY_KIND, AccountKeyring, account_key_generation
from tenor_desktop.sync.local_store import (
    ACCOUNT_KEY_ID,
    CLIENT_KEY_KIND,
    LocalRecord,
    LocalStore,
    PendingChanges,
)
from tenor_desktop.sync.sync_state import KnownItem, SyncState
from tenor_desktop.sync.wire import b64

FULL_SCAN_DONE = "full_scan_done"


class LocalChanges:
    """Finds and seals a device's local changes."""

    def __init__(self, store: LocalStore, state: SyncState, keyring: AccountKeyring) -> None:
        self._store = store
        self._state = state
        self._keyring = keyring
        self._fingerprint_key = keyring.fingerprint_key()

    def collect(self, *, seal: bool) -> tuple[list[dict[str, Any]], PendingChanges]:
        """The changes to push (sealed, or ids only for counting) and the marks they cover."""
        marks = self._store.pending_changes()
        if self._state.flag(FULL_SCAN_DONE):
            known = {i: k for i in marks.item_ids if (k := self._state.known(i)) is not None}
            records: Iterable[LocalRecord] = [
                r for i in marks.item_ids if (r := self._store.record(i)) is not None
            ]
        else:
            known = self._state.all_known()
            records = self._store.snapshot()
        ordered = sorted(records, key=lambda r: r.kind != CLIENT_KEY_KIND)
        present = {record.item_id for record in ordered}
        changes: list[dict[str, Any]] = []
        for record in ordered:
            entry = known.get(record.item_id)
            fingerprint = self.fingerprint(record)
            if entry is not None and entry.deleted:
                if seal:  # deleted elsewhere while it was being edited here: deletion wins
                    self._store.apply_remote_deletion(record.item_id, record.kind)
                continue
            if entry is not None and entry.fingerprint == fingerprint:
                continue
            base = entry.version if entry is not None else 0
            if seal:
                changes.append(self.sealed_change(record, base, fingerprint))
            else:
                changes.append({"item_id": record.item_id})
        changes.extend(_tombstones(known, present))
        return changes, marks

    def sealed_change(self, record: LocalRecord, base: int, fingerprint: str) -> dict[str, Any]:
        """One record encrypted as version ``base + 1``."""
        key_id = self.wire_key_id(record.key_id)
        key = self.wrapping_key(key_id)
        if key is None:
            raise CryptoError("A local item refers to a key this device does not hold.")
        envelope = seal_item(
            record.payload,
            item_id=record.item_id,
            kind=record.kind,
            version=base + 1,
            key_id=key_id,
            wrapping_key=key,
        )
        return {
            "item_id": record.item_id,
            "kind": record.kind,
            "base_version": base,
            "deleted": False,
            "ciphertext": b64(envelope.ciphertext),
            "wrapped_item_key": b64(envelope.wrapped_item_key),
            "key_id": envelope.key_id,
            "fingerprint": fingerprint,
        }

    def wire_key_id(self, key_id: str) -> str:
        """The key id on the wire: the local placeholder becomes the current generation's."""
        return self._keyring.current().key_id if key_id == ACCOUNT_KEY_ID else key_id

    def wrapping_key(self, key_id: str) -> bytes | None:
        """The key for a wire key id, or None when this device does not (or no longer) hold it."""
        if account_key_generation(key_id) is not None:
            current = self._keyring.current()
            return current.key if key_id == current.key_id else None
        return self._store.key(key_id)

    def fingerprint(self, record: LocalRecord) -> str:
        """Keyed fingerprint of a record as it would be sent."""
        # Keyed BLAKE2b (a MAC, like HMAC but one C call): a plain hash of a short note would
        # let anyone holding the state file confirm guesses of its content. The wire key id is
        # part of it, so client keys differ (and are pushed again) after a key rotation.
        digest = hashlib.blake2b(key=self._fingerprint_key, digest_size=20)
        key_id = self.wire_key_id(record.key_id)
        digest.update(record.kind.encode() + b"\0" + key_id.encode() + b"\0")
        digest.update(record.payload)
        return digest.hexdigest()


def _tombstones(known: dict[str, KnownItem], present: set[str]) -> list[dict[str, Any]]:
    """Deletions of agreed items the device no longer has (links are never deleted)."""
    return [
        {
            "item_id": item_id,
            "kind": entry.kind,
            "base_version": entry.version,
            "deleted": True,
            "fingerprint": None,
        }
        for item_id, entry in known.items()
        if item_id not in present and not entry.deleted and entry.kind != ACCOUNT_KEY_KIND
    ]
