"""The sync engine: pull remote changes, push local ones, resolve conflicts, never resurrect.

One ``sync()`` call:
1. resends the unacknowledged batch, if any, with its original request id (idempotent retry);
2. pulls every change after the cursor (a stale cursor means a full resync from zero);
3. pushes local changes in batches, each persisted before it is sent, so a crash or a lost
   response is resumed by step 1 next time.

Conflict rules:
- A deletion wins over any concurrent edit, on either side, and a deleted id never comes back.
- Notes edited on two devices keep both versions: the server copy is applied and the local one
  is kept under a new id (``LocalStore.keep_conflict_copy``) for the clinician to resolve.
- Other kinds rebase: the local change is pushed again on top of the server's version.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tenor_desktop.sync.api_client import OutgoingChange, PushOutcome, RemoteItem, SyncApiClient
from tenor_desktop.sync.envelope import Envelope, open_item, seal_item
from tenor_desktop.sync.errors import CryptoError, StaleCursor
from tenor_desktop.sync.kdf import fingerprint_key
from tenor_desktop.sync.local_store import (
    ACCOUNT_KEY_ID,
    CLIENT_KEY_KIND,
    LocalRecord,
    LocalStore,
)
from tenor_desktop.sync.sync_state import SyncState

CONFLICT_COPY_KINDS = frozenset({"note"})
# Larger ciphertexts are streamed one by one instead of travelling base64-encoded in a batch.
STREAM_UPLOAD_BYTES = 1024 * 1024
_MAX_PUSH_ROUNDS = 4


@dataclass
class SyncReport:
    """Counts of what one sync did (ids only would be fine too; counts are enough for the UI)."""

    pulled: int = 0
    pushed: int = 0
    deleted_locally: int = 0
    conflicts: int = 0
    conflict_copies: int = 0
    deferred: int = 0
    full_resync: bool = False
    resent_batch: bool = False


class SyncEngine:
    """Synchronises one device's ``LocalStore`` with the server for one account."""

    def __init__(
        self,
        api: SyncApiClient,
        store: LocalStore,
        state: SyncState,
        account_key: bytes,
        *,
        batch_size: int = 200,
        new_request_id: Callable[[], str] = lambda: secrets.token_hex(16),
    ) -> None:
        self._api = api
        self._store = store
        self._state = state
        self._account_key = account_key
        self._fingerprint_key = fingerprint_key(account_key)
        self._batch_size = batch_size
        self._new_request_id = new_request_id

    def sync(self) -> SyncReport:
        """One full round: resend, pull, push."""
        report = SyncReport()
        pending = self._state.pending_batch()
        if pending is not None:
            report.resent_batch = True
            self._send_batch(pending[0], pending[1], report)
        self._pull(report)
        for _ in range(_MAX_PUSH_ROUNDS):
            if not self._push_round(report):
                break
        return report

    def pending_changes(self) -> int:
        """How many local changes the next round would send (no network, nothing sealed).

        An unacknowledged batch is counted through its items, which are not yet known.
        """
        known = self._state.all_known()
        present: set[str] = set()
        count = 0
        for record in self._store.snapshot():
            present.add(record.item_id)
            entry = known.get(record.item_id)
            if entry is None or (not entry.deleted and entry.fingerprint != self._fp(record)):
                count += 1
        return count + sum(
            1 for item_id, entry in known.items() if item_id not in present and not entry.deleted
        )

    # --- pull -----------------------------------------------------------------------------
    def _pull(self, report: SyncReport) -> None:
        try:
            self._pull_from(self._state.cursor, report, seen=None)
        except StaleCursor:
            report.full_resync = True
            seen: set[str] = set()
            self._pull_from(0, report, seen=seen)
            # Whatever the server no longer has is pushed again as new (the device's copy may
            # be the only one left), except tombstones, which stay final.
            with self._state.transaction():
                for item_id, known in self._state.all_known().items():
                    if item_id not in seen and not known.deleted:
                        self._state.forget(item_id)
        self._retry_deferred(report)

    def _pull_from(self, cursor: int, report: SyncReport, seen: set[str] | None) -> None:
        while True:
            items, next_cursor, has_more = self._api.pull(cursor)
            with self._state.transaction():
                for item in sorted(items, key=lambda i: i.kind != CLIENT_KEY_KIND):
                    if seen is not None:
                        seen.add(item.id)
                    self._apply_remote(item, report)
                self._state.set_cursor(next_cursor)
            cursor = next_cursor
            if not has_more:
                return

    def _retry_deferred(self, report: SyncReport) -> None:
        waiting = self._state.deferred()
        if not waiting:
            return
        with self._state.transaction():
            for body in waiting:
                item = _item_from_json(body)
                self._state.undefer(item.id)
                self._apply_remote(item, report)

    def _apply_remote(self, item: RemoteItem, report: SyncReport) -> None:
        known = self._state.known(item.id)
        if known is not None and item.version <= known.version:
            if not (item.deleted and not known.deleted):
                return  # our own change echoed back, or an old copy
        if item.deleted:
            self._store.apply_remote_deletion(item.id, item.kind)
            self._state.set_known(item.id, item.kind, item.version, None, deleted=True)
            report.deleted_locally += 1
            return
        local = self._store.record(item.id)
        if local is None and known is not None and not known.deleted:
            return  # deleted here, tombstone not pushed yet: the deletion wins
        plaintext = self._open(item)
        if plaintext is None:
            self._state.defer(item.id, _item_to_json(item))
            report.deferred += 1
            return
        record = LocalRecord(item.id, item.kind, item.key_id or "", plaintext)
        if local is not None and self._fp(local) == self._fp(record):
            # Already applied (a crash between the store and the bookkeeping): just agree.
            self._state.set_known(item.id, item.kind, item.version, self._fp(record), deleted=False)
            return
        # A local record that differs from what we last agreed on (or that we never agreed on:
        # the same id created independently) is a concurrent edit, never silently replaced.
        if local is not None and (known is None or self._fp(local) != known.fingerprint):
            report.conflicts += 1
            if item.kind not in CONFLICT_COPY_KINDS:
                # Rebase: keep the local edit, push it on top of the server's version.
                previous = known.fingerprint if known is not None else None
                self._state.set_known(item.id, item.kind, item.version, previous, deleted=False)
                return
            self._store.keep_conflict_copy(local)
            report.conflict_copies += 1
        self._store.apply_remote(record)
        self._state.set_known(item.id, item.kind, item.version, self._fp(record), deleted=False)
        report.pulled += 1

    def _open(self, item: RemoteItem) -> bytes | None:
        ciphertext = self._api.content(item.id) if item.streamed else item.ciphertext
        if ciphertext is None or item.wrapped_item_key is None or item.key_id is None:
            raise CryptoError("The server sent an item without its encrypted content.")
        key = self._wrapping_key(item.key_id)
        if key is None:
            return None
        return open_item(
            Envelope(ciphertext, item.wrapped_item_key, item.key_id),
            item_id=item.id,
            kind=item.kind,
            version=item.version,
            wrapping_key=key,
        )

    # --- push -----------------------------------------------------------------------------
    def _push_round(self, report: SyncReport) -> bool:
        changes = self._local_changes()
        if not changes:
            return False
        large = [
            c for c in changes if len(c.get("ciphertext") or "") * 3 // 4 > STREAM_UPLOAD_BYTES
        ]
        small = [c for c in changes if c not in large]
        batches = [[{**change, "upload": True}] for change in large]
        batches += [
            small[start : start + self._batch_size]
            for start in range(0, len(small), self._batch_size)
        ]
        for batch in batches:
            request_id = self._new_request_id()
            with self._state.transaction():
                self._state.set_pending_batch(request_id, batch)
            self._send_batch(request_id, batch, report)
        return True

    def _local_changes(self) -> list[dict[str, Any]]:
        known = self._state.all_known()
        records = sorted(self._store.snapshot(), key=lambda r: r.kind != CLIENT_KEY_KIND)
        present = {record.item_id for record in records}
        changes: list[dict[str, Any]] = []
        for record in records:
            entry = known.get(record.item_id)
            fingerprint = self._fp(record)
            if entry is not None and entry.deleted:
                self._store.apply_remote_deletion(record.item_id, record.kind)
                continue
            if entry is not None and entry.fingerprint == fingerprint:
                continue
            base = entry.version if entry is not None else 0
            changes.append(self._sealed_change(record, base, fingerprint))
        for item_id, entry in known.items():
            if item_id not in present and not entry.deleted:
                changes.append(
                    {
                        "item_id": item_id,
                        "kind": entry.kind,
                        "base_version": entry.version,
                        "deleted": True,
                        "fingerprint": None,
                    }
                )
        return changes

    def _sealed_change(self, record: LocalRecord, base: int, fingerprint: str) -> dict[str, Any]:
        key = self._wrapping_key(record.key_id)
        if key is None:
            raise CryptoError("A local item refers to a key this device does not hold.")
        envelope = seal_item(
            record.payload,
            item_id=record.item_id,
            kind=record.kind,
            version=base + 1,
            key_id=record.key_id,
            wrapping_key=key,
        )
        return {
            "item_id": record.item_id,
            "kind": record.kind,
            "base_version": base,
            "deleted": False,
            "ciphertext": _b64(envelope.ciphertext),
            "wrapped_item_key": _b64(envelope.wrapped_item_key),
            "key_id": envelope.key_id,
            "fingerprint": fingerprint,
        }

    def _send_batch(self, request_id: str, batch: list[dict[str, Any]], report: SyncReport) -> None:
        if len(batch) == 1 and batch[0].get("upload"):
            outcomes = [self._api.upload(request_id, _outgoing(batch[0]))]
        else:
            outcomes = self._api.push(request_id, [_outgoing(change) for change in batch])
        by_id = {change["item_id"]: change for change in batch}
        with self._state.transaction():
            for outcome in outcomes:
                self._record_outcome(outcome, by_id[outcome.item_id], report)
            self._state.clear_pending_batch()

    def _record_outcome(
        self, outcome: PushOutcome, sent: dict[str, Any], report: SyncReport
    ) -> None:
        item = outcome.item
        if outcome.status == "applied" and item is not None:
            if item.deleted:
                self._store.apply_remote_deletion(item.id, item.kind)
            self._state.set_known(
                item.id, item.kind, item.version, sent.get("fingerprint"), deleted=item.deleted
            )
            report.pushed += 1
        elif outcome.status == "conflict" and item is not None:
            self._apply_remote(item, report)
            if item.deleted:
                return
            # The server copy may equal an old known version: make sure the next round
            # rebases on the server's version.
            known = self._state.known(item.id)
            if known is not None and known.version < item.version:
                self._state.set_known(
                    item.id, item.kind, item.version, known.fingerprint, deleted=False
                )

    # --- helpers --------------------------------------------------------------------------
    def _wrapping_key(self, key_id: str) -> bytes | None:
        return self._account_key if key_id == ACCOUNT_KEY_ID else self._store.key(key_id)

    def _fp(self, record: LocalRecord) -> str:
        # Keyed BLAKE2b (a MAC, like HMAC but one C call): a plain hash of a short note would
        # let anyone holding the state file confirm guesses of its content.
        digest = hashlib.blake2b(key=self._fingerprint_key, digest_size=20)
        digest.update(record.kind.encode() + b"\0" + record.key_id.encode() + b"\0")
        digest.update(record.payload)
        return digest.hexdigest()


def _outgoing(change: dict[str, Any]) -> OutgoingChange:
    return OutgoingChange(
        item_id=change["item_id"],
        kind=change["kind"],
        base_version=change["base_version"],
        deleted=change["deleted"],
        ciphertext=_unb64(change.get("ciphertext")),
        wrapped_item_key=_unb64(change.get("wrapped_item_key")),
        key_id=change.get("key_id"),
    )


def _item_to_json(item: RemoteItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind,
        "ciphertext": _b64(item.ciphertext) if item.ciphertext is not None else None,
        "wrapped_item_key": _b64(item.wrapped_item_key) if item.wrapped_item_key else None,
        "key_id": item.key_id,
        "version": item.version,
        "deleted": item.deleted,
        "streamed": item.streamed,
    }


def _item_from_json(body: dict[str, Any]) -> RemoteItem:
    return RemoteItem.from_json(body)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str | None) -> bytes | None:
    return base64.b64decode(text) if text is not None else None
