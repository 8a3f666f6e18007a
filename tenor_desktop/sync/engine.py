"""The sync engine: pull remote changes, push local ones, resolve conflicts, never resurrect.

One ``sync()`` call:
1. resends the unacknowledged batch, if any, with its original request id (idempotent retry);
2. pulls every change after the cursor (a stale cursor means a full resync from zero);
3. pushes local changes in batches, each persisted before it is sent, so a crash or a lost
   response is resumed by step 1 next time;
4. after this device deleted a client, rotates the account key (``key_rotation.py``).

Local changes come from the store's change marks (dirty tracking): a round with nothing to send
reads only the marked ids. The first round after sign-in, and the first after the account key
changed, compare every record with the bookkeeping instead (a full scan).

Conflict rules:
- A deletion wins over any concurrent edit, on either side, and a deleted id never comes back.
- Notes edited on two devices keep both versions: the server copy is applied and the local one
  is kept under a new id (``LocalStore.keep_conflict_copy``) for the clinician to resolve.
- Other kinds rebase: the local change is pushed again on top of the server's version.

Keys: ``account_key`` is an ``AccountKeyring``, or raw bytes for callers that predate rotation;
with bytes, a store offering ``account_keyring()`` (the vault one) supplies the persistent
keyring, otherwise the key is held in memory as generation 0.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tenor_desktop.sync import key_rotation
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.envelope import Envelope, open_item
from tenor_desktop.sync.errors import CryptoError, ParentMissing, StaleCursor
from tenor_desktop.sync.keyring import (
    ACCOUNT_KEY_KIND,
    AccountKey,
    AccountKeyring,
    MemoryKeyring,
    account_key_generation,
    link_generation,
)
from tenor_desktop.sync.local_changes import FULL_SCAN_DONE, LocalChanges
from tenor_desktop.sync.local_store import (
    ACCOUNT_KEY_ID,
    CLIENT_KEY_KIND,
    LocalRecord,
    LocalStore,
)
from tenor_desktop.sync.sync_state import SyncState
from tenor_desktop.sync.wire import PushOutcome, RemoteItem, item_from_json, item_to_json, outgoing

CONFLICT_COPY_KINDS = frozenset({"note"})
# Larger ciphertexts are streamed one by one instead of travelling base64-encoded in a batch.
STREAM_UPLOAD_BYTES = 1024 * 1024
_MAX_PUSH_ROUNDS = 4
_ROTATION_NEEDED = "rotation_needed"


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
    account_key_rotated: bool = False  # this device published a new account key
    account_key_followed: bool = False  # this device moved to another device's new key


class SyncEngine:
    """Synchronises one device's ``LocalStore`` with the server for one account."""

    def __init__(
        self,
        api: SyncApiClient,
        store: LocalStore,
        state: SyncState,
        account_key: bytes | AccountKeyring,
        *,
        batch_size: int = 200,
        new_request_id: Callable[[], str] = lambda: secrets.token_hex(16),
    ) -> None:
        self._api = api
        self._store = store
        self._state = state
        self._keyring = _keyring_for(store, account_key)
        self._changes = LocalChanges(store, state, self._keyring)
        self._batch_size = batch_size
        self._new_request_id = new_request_id
        self._unsettled: set[str] = set()

    def sync(self) -> SyncReport:
        """One full round: resend, pull, push, and rotate the account key when due."""
        report = SyncReport()
        pending = self._state.pending_batch()
        if pending is not None:
            report.resent_batch = True
            self._send_batch(pending[0], pending[1], report)
        self._pull(report)
        self._push_all(report)
        if self._state.flag(_ROTATION_NEEDED):
            self._rotate(report)
            self._push_all(report)  # every client key again, wrapped by the new generation
        return report

    def pending_changes(self) -> int:
        """How many local changes the next round would send (no network, nothing sealed).

        An unacknowledged batch is counted through its items, which are not yet known.
        """
        changes, _marks = self._changes.collect(seal=False)
        return len(changes)

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
                self._state.set_flag(FULL_SCAN_DONE, False)
        self._retry_deferred(report)

    def _pull_from(self, cursor: int, report: SyncReport, seen: set[str] | None) -> None:
        while True:
            items, next_cursor, has_more = self._api.pull(cursor)
            with self._state.transaction():
                for item in sorted(items, key=_apply_order):
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
            for item in sorted((item_from_json(body) for body in waiting), key=_apply_order):
                self._state.undefer(item.id)
                self._apply_remote(item, report)

    def _apply_remote(self, item: RemoteItem, report: SyncReport) -> None:
        known = self._state.known(item.id)
        if known is not None and item.version <= known.version:
            if not (item.deleted and not known.deleted):
                return  # our own change echoed back, or an old copy
        if item.kind == ACCOUNT_KEY_KIND:
            self._follow_link(item, report)
            return
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
            self._state.defer(item.id, item_to_json(item))
            report.deferred += 1
            return
        key_id = item.key_id or ""
        if account_key_generation(key_id) is not None:
            key_id = ACCOUNT_KEY_ID  # locally: "the current account key"
        record = LocalRecord(item.id, item.kind, key_id, plaintext)
        remote_fp = self._changes.fingerprint(record)
        local_fp = self._changes.fingerprint(local) if local is not None else None
        if local_fp == remote_fp:
            # Already applied (a crash between the store and the bookkeeping): just agree.
            self._state.set_known(item.id, item.kind, item.version, remote_fp, deleted=False)
            return
        # A local record that differs from what we last agreed on (or that we never agreed on:
        # the same id created independently) is a concurrent edit, never silently replaced.
        if local is not None and (known is None or local_fp != known.fingerprint):
            report.conflicts += 1
            if item.kind not in CONFLICT_COPY_KINDS:
                # Rebase: keep the local edit, push it on top of the server's version.
                previous = known.fingerprint if known is not None else None
                self._state.set_known(item.id, item.kind, item.version, previous, deleted=False)
                return
            self._store.keep_conflict_copy(local)
            report.conflict_copies += 1
        try:
            self._store.apply_remote(record)
        except ParentMissing:
            self._state.defer(item.id, item_to_json(item))
            report.deferred += 1
            return
        self._state.set_known(item.id, item.kind, item.version, remote_fp, deleted=False)
        report.pulled += 1

    def _follow_link(self, item: RemoteItem, report: SyncReport) -> None:
        generation = link_generation(item.id)
        current = self._keyring.current()
        if item.deleted or generation is None or generation <= current.generation:
            self._state.set_known(item.id, item.kind, item.version, None, deleted=item.deleted)
            return  # a link we are already past
        successor = key_rotation.open_link(item, current)
        if successor is None:
            self._state.defer(item.id, item_to_json(item))  # an earlier link comes first
            report.deferred += 1
            return
        self._keyring.promote(successor)  # the older generation is forgotten here
        self._state.set_known(item.id, item.kind, item.version, None, deleted=False)
        # Our client keys are now due under the new generation: compare every record once.
        self._state.set_flag(FULL_SCAN_DONE, False)
        report.account_key_followed = True

    def _open(self, item: RemoteItem) -> bytes | None:
        ciphertext = self._api.content(item.id) if item.streamed else item.ciphertext
        if ciphertext is None or item.wrapped_item_key is None or item.key_id is None:
            raise CryptoError("The server sent an item without its encrypted content.")
        key = self._changes.wrapping_key(item.key_id)
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
    def _push_all(self, report: SyncReport) -> None:
        for _ in range(_MAX_PUSH_ROUNDS):
            if not self._push_round(report):
                return

    def _push_round(self, report: SyncReport) -> bool:
        changes, marks = self._changes.collect(seal=True)
        self._unsettled = set()
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
        # Every marked id now agrees with the bookkeeping, except conflicts (pushed again).
        self._store.mark_synced(marks.item_ids - self._unsettled, marks.upto)
        # A conflict found by a full scan may have no mark to bring it back: scan again then.
        if not self._unsettled and not self._state.flag(FULL_SCAN_DONE):
            with self._state.transaction():
                self._state.set_flag(FULL_SCAN_DONE, True)
        return bool(changes)

    def _send_batch(self, request_id: str, batch: list[dict[str, Any]], report: SyncReport) -> None:
        if len(batch) == 1 and batch[0].get("upload"):
            outcomes = [self._api.upload(request_id, outgoing(batch[0]))]
        else:
            outcomes = self._api.push(request_id, [outgoing(change) for change in batch])
        by_id = {change["item_id"]: change for change in batch}
        with self._state.transaction():
            for outcome in outcomes:
                self._record_outcome(outcome, by_id[outcome.item_id], report)
            self._state.clear_pending_batch()

    def _record_outcome(
        self, outcome: PushOutcome, sent: dict[str, Any], report: SyncReport
    ) -> None:
        item = outcome.item
        if sent["kind"] == ACCOUNT_KEY_KIND:
            self._link_outcome(outcome, report)
            return
        if outcome.status == "applied" and item is not None:
            if item.deleted:
                self._store.apply_remote_deletion(item.id, item.kind)
                if item.kind == CLIENT_KEY_KIND:
                    # This device deleted a client: its key item may live on in old backups of
                    # the server, wrapped by the account key we hold. Rotate it away.
                    self._state.set_flag(_ROTATION_NEEDED, True)
            self._state.set_known(
                item.id, item.kind, item.version, sent.get("fingerprint"), deleted=item.deleted
            )
            report.pushed += 1
            return
        self._unsettled.add(sent["item_id"])
        if outcome.status == "conflict" and item is not None:
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

    # --- account key rotation -------------------------------------------------------------
    def _rotate(self, report: SyncReport) -> None:
        successor = key_rotation.next_key(self._keyring)
        change = key_rotation.seal_link(self._keyring.current(), successor)
        request_id = self._new_request_id()
        with self._state.transaction():
            self._state.set_pending_batch(request_id, [change])
        self._send_batch(request_id, [change], report)

    def _link_outcome(self, outcome: PushOutcome, report: SyncReport) -> None:
        pending = self._keyring.pending()
        generation = link_generation(outcome.item_id)
        if outcome.status == "applied" and pending is not None:
            if pending.generation == generation:
                self._keyring.promote(pending)  # the old generation is gone from this device
                self._state.set_known(outcome.item_id, ACCOUNT_KEY_KIND, 1, None, deleted=False)
                self._state.set_flag(_ROTATION_NEEDED, False)
                self._state.set_flag(FULL_SCAN_DONE, False)
                report.account_key_rotated = True
            return
        # Another device published this generation first: follow its link (next pull, or now
        # from the 409's copy) and rotate again next round; our pending key was never used.
        self._keyring.set_pending(None)
        if outcome.item is not None:
            self._apply_remote(outcome.item, report)


def _keyring_for(store: LocalStore, account_key: bytes | AccountKeyring) -> AccountKeyring:
    if not isinstance(account_key, bytes):
        return account_key
    provider: Callable[[], AccountKeyring] | None = getattr(store, "account_keyring", None)
    if provider is not None:
        return provider()
    return MemoryKeyring(AccountKey(0, account_key))


_KIND_ORDER = {CLIENT_KEY_KIND: 1, "client": 2, "session": 3}


def _apply_order(item: RemoteItem) -> tuple[int, int]:
    # Links (oldest generation first), client keys, clients, sessions, then what hangs off them
    # (a stable sort: otherwise in change order).
    if item.kind == ACCOUNT_KEY_KIND:
        return 0, link_generation(item.id) or 0
    return _KIND_ORDER.get(item.kind, 4), 0
