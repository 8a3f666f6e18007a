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

Conflict rules (applied to incoming items by ``remote_apply.RemoteApplier``):
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
from typing import Any

from tenor_desktop.sync import key_rotation
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.errors import StaleCursor
from tenor_desktop.sync.keyring import (
    ACCOUNT_KEY_KIND,
    AccountKey,
    AccountKeyring,
    MemoryKeyring,
    link_generation,
)
from tenor_desktop.sync.local_changes import FULL_SCAN_DONE, LocalChanges
from tenor_desktop.sync.local_store import CLIENT_KEY_KIND, LocalStore
from tenor_desktop.sync.remote_apply import RemoteApplier, apply_order
from tenor_desktop.sync.sync_report import SyncReport
from tenor_desktop.sync.sync_state import SyncState
from tenor_desktop.sync.wire import PushOutcome, item_from_json, outgoing

__all__ = ["STREAM_UPLOAD_BYTES", "SyncEngine", "SyncReport"]

# Larger ciphertexts are streamed one by one instead of travelling base64-encoded in a batch.
STREAM_UPLOAD_BYTES = 1024 * 1024
_MAX_PUSH_ROUNDS = 4
_ROTATION_NEEDED = "rotation_needed"


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
        self._applier = RemoteApplier(api, store, state, self._keyring, self._changes)
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
                for item in sorted(items, key=apply_order):
                    if seen is not None:
                        seen.add(item.id)
                    self._applier.apply(item, report)
                self._state.set_cursor(next_cursor)
            cursor = next_cursor
            if not has_more:
                return

    def _retry_deferred(self, report: SyncReport) -> None:
        waiting = self._state.deferred()
        if not waiting:
            return
        with self._state.transaction():
            for item in sorted((item_from_json(body) for body in waiting), key=apply_order):
                self._state.undefer(item.id)
                self._applier.apply(item, report)

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
            self._applier.apply(item, report)
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
            self._applier.apply(outcome.item, report)


def _keyring_for(store: LocalStore, account_key: bytes | AccountKeyring) -> AccountKeyring:
    if not isinstance(account_key, bytes):
        return account_key
    provider: Callable[[], AccountKeyring] | None = getattr(store, "account_keyring", None)
    if provider is not None:
        return provider()
    return MemoryKeyring(AccountKey(0, account_key))
