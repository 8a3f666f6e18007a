"""Applying server items to this device: decryption, conflicts, tombstones, key links.

Used by ``SyncEngine`` for pulled items, deferred ones retried, and the server copies that come
back with a push conflict. The conflict rules are the engine's (see ``sync.engine``): a
deletion wins, notes edited on two devices keep both versions, other kinds rebase.
"""

from __future__ import annotations

from tenor_desktop.sync import key_rotation
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.envelope import Envelope, open_item
from tenor_desktop.sync.errors import CryptoError, ParentMissing
from tenor_desktop.sync.keyring import (
    ACCOUNT_KEY_KIND,
    AccountKeyring,
    account_key_generation,
    link_generation,
)
from tenor_desktop.sync.local_changes import FULL_SCAN_DONE, LocalChanges
from tenor_desktop.sync.local_store import ACCOUNT_KEY_ID, CLIENT_KEY_KIND, LocalRecord, LocalStore
from tenor_desktop.sync.sync_report import SyncReport
from tenor_desktop.sync.sync_state import SyncState
from tenor_desktop.sync.wire import RemoteItem, item_to_json

CONFLICT_COPY_KINDS = frozenset({"note"})


class RemoteApplier:
    """Applies remote items to one device's store and bookkeeping."""

    def __init__(
        self,
        api: SyncApiClient,
        store: LocalStore,
        state: SyncState,
        keyring: AccountKeyring,
        changes: LocalChanges,
    ) -> None:
        self._api = api
        self._store = store
        self._state = state
        self._keyring = keyring
        self._changes = changes

    def apply(self, item: RemoteItem, report: SyncReport) -> None:
        """Bring one server item into the store (or defer it), following the conflict rules."""
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


_KIND_ORDER = {CLIENT_KEY_KIND: 1, "client": 2, "session": 3}


def apply_order(item: RemoteItem) -> tuple[int, int]:
    """Sort key: the order in which a page of items is applied."""
    # Links (oldest generation first), client keys, clients, sessions, then what hangs off them
    # (a stable sort: otherwise in change order).
    if item.kind == ACCOUNT_KEY_KIND:
        return 0, link_generation(item.id) or 0
    return _KIND_ORDER.get(item.kind, 4), 0
