"""Item rules: versions, conflicts, tombstones, cursors, blobs.

Rules:
- A write names the version it was based on; a different server version is a conflict and the
  caller gets the server copy (409), never a silent overwrite.
- Deletion wins: it applies whatever the base version, and a tombstone is never resurrected
  (a later write to a deleted id is a conflict carrying the tombstone).
- A tombstone keeps no ciphertext, no wrapped key and no blob.
- Every change takes the next number of the account's change counter while holding the account
  row lock, so cursors never skip a change that commits later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from sqlalchemy import Connection, Row, bindparam, select, update
from sqlalchemy.orm import Session

from tenor_server.core.config import Settings
from tenor_server.db.models import Account, Item
from tenor_server.storage.blobs import BlobStore

ChangeStatus = Literal["applied", "conflict", "invalid"]

_ITEMS = Item.__table__
# Compiled once per dialect and cached: the pull runs for every device every round.
_CHANGES = (
    select(_ITEMS)
    .where(
        _ITEMS.c.account_id == bindparam("account_id"),
        _ITEMS.c.seq > bindparam("cursor"),
        _ITEMS.c.seq <= bindparam("head"),
    )
    .order_by(_ITEMS.c.seq)
    .limit(bindparam("n"))
)


_LOCK_COUNTER = (
    select(Account.item_seq).where(Account.id == bindparam("account_id")).with_for_update()
)
_SAVE_COUNTER = (
    update(Account).where(Account.id == bindparam("account_id")).values(item_seq=bindparam("seq"))
)


@dataclass
class LockedAccount:
    """An account id and its change counter, read under the account row lock."""

    id: str
    item_seq: int
    stored_seq: int
    read_seq: int  # as read under the lock, before this transaction's changes

    def counter_crossed(self, every: int) -> bool:
        """True when this transaction's changes passed a multiple of ``every`` on the counter."""
        return self.item_seq // every != self.read_seq // every


class ChangeCounters(Protocol):
    """An account id with its change counter and the lowest cursor still valid."""

    @property
    def account_id(self) -> str: ...
    @property
    def item_seq(self) -> int: ...
    @property
    def min_cursor(self) -> int: ...


@dataclass(frozen=True)
class Change:
    """One requested change."""

    item_id: str
    kind: str
    base_version: int
    deleted: bool
    ciphertext: bytes | None = None
    wrapped_item_key: bytes | None = None
    key_id: str | None = None
    # A ciphertext already streamed into the blob store: (blob key, size in bytes).
    uploaded_blob: tuple[str, int] | None = None


@dataclass
class ChangeOutcome:
    """What happened to one change; ``stale_blobs`` are removed after commit."""

    status: ChangeStatus
    item: Item | None
    stale_blobs: list[str] = field(default_factory=list)


class ItemRules:
    """Applies changes for one account inside the caller's transaction."""

    def __init__(self, settings: Settings, blobs: BlobStore) -> None:
        self._settings = settings
        self._blobs = blobs

    def lock_account(self, db: Session, account_id: str) -> LockedAccount:
        """Read the account's change counter under a row lock (PostgreSQL; SQLite's
        transactions hold the write lock already). Call ``save_counter`` before committing.
        """
        seq = db.connection().scalar(_LOCK_COUNTER, {"account_id": account_id})
        if seq is None:
            raise LookupError(account_id)
        return LockedAccount(account_id, int(seq), int(seq), int(seq))

    def save_counter(self, db: Session, account: LockedAccount) -> None:
        """Write the change counter back when changes took numbers from it."""
        if account.item_seq != account.stored_seq:
            db.connection().execute(
                _SAVE_COUNTER, {"account_id": account.id, "seq": account.item_seq}
            )
            account.stored_seq = account.item_seq

    def prefetch(self, db: Session, account_id: str, item_ids: list[str]) -> dict[str, Item]:
        """Load a batch's rows in one query (after the account lock, so they are current)."""
        rows = db.scalars(
            select(Item)
            .where(Item.account_id == account_id, Item.id.in_(item_ids))
            .execution_options(populate_existing=True)
        ).all()
        return {row.id: row for row in rows}

    def apply(
        self,
        db: Session,
        account: LockedAccount,
        change: Change,
        now: datetime,
        known: dict[str, Item] | None = None,
    ) -> ChangeOutcome:
        """Apply one change (the account must be locked by ``lock_account``).

        Args:
            known: rows from ``prefetch`` for a batch (ids missing from it do not exist); it
                is updated with rows this call creates. Without it the row is looked up.
        """
        # Fresh: callers load rows only after taking the account lock (see ``prefetch``).
        if known is not None:
            row = known.get(change.item_id)
        else:
            row = db.get(Item, (account.id, change.item_id))
        outcome = self._apply_to(db, account, row, change, now)
        if known is not None and outcome.item is not None:
            known[change.item_id] = outcome.item
        return outcome

    def _apply_to(
        self, db: Session, account: LockedAccount, row: Item | None, change: Change, now: datetime
    ) -> ChangeOutcome:
        if row is not None and row.kind != change.kind:
            return ChangeOutcome("conflict", row)
        if change.deleted:
            return self._delete(db, account, row, change, now)
        has_content = change.ciphertext is not None or change.uploaded_blob is not None
        if not has_content or change.wrapped_item_key is None or not change.key_id:
            return ChangeOutcome("invalid", row)
        if len(change.ciphertext or b"") > self._settings.max_item_bytes:
            return ChangeOutcome("invalid", row)
        if row is not None and (row.deleted or row.version != change.base_version):
            return ChangeOutcome("conflict", row)
        # A write with base_version > 0 for an id the server never had (an account reset) is
        # stored as new: the device's copy is then the only one and must not be lost.
        stale = [row.blob_key] if row is not None and row.blob_key else []
        version = change.base_version + 1 if row is None else row.version + 1
        if row is None:
            row = Item(account_id=account.id, id=change.item_id, kind=change.kind)
            db.add(row)
        if change.uploaded_blob is not None:
            row.blob_key, row.size = change.uploaded_blob
            row.ciphertext = None
        else:
            self._store_content(row, account.id, change.ciphertext or b"", version)
        row.wrapped_item_key = change.wrapped_item_key
        row.key_id = change.key_id
        row.version = version
        row.deleted = False
        row.seq = self._next_seq(account)
        row.updated_at = now
        return ChangeOutcome("applied", row, stale)

    def _delete(
        self, db: Session, account: LockedAccount, row: Item | None, change: Change, now: datetime
    ) -> ChangeOutcome:
        if row is not None and row.deleted:
            return ChangeOutcome("applied", row)
        stale = [row.blob_key] if row is not None and row.blob_key else []
        if row is None:
            row = Item(account_id=account.id, id=change.item_id, kind=change.kind, version=0)
            db.add(row)
        row.version = row.version + 1
        row.deleted = True
        row.ciphertext = None
        row.blob_key = None
        row.size = 0
        row.wrapped_item_key = None
        row.key_id = None
        row.seq = self._next_seq(account)
        row.updated_at = now
        return ChangeOutcome("applied", row, stale)

    def _store_content(self, row: Item, account_id: str, ciphertext: bytes, version: int) -> None:
        row.size = len(ciphertext)
        if len(ciphertext) > self._settings.blob_threshold_bytes:
            key = self._blobs.key_for(account_id, row.id, version)
            self._blobs.put(key, ciphertext)
            row.blob_key = key
            row.ciphertext = None
        else:
            row.blob_key = None
            row.ciphertext = ciphertext

    def _next_seq(self, account: LockedAccount) -> int:
        account.item_seq += 1
        return account.item_seq

    def pull(
        self, connection: Connection, counters: ChangeCounters, cursor: int, limit: int
    ) -> tuple[Sequence[Row[Any]], int, bool] | None:
        """Items changed after ``cursor``; None when the cursor is stale (resync fully).

        ``counters`` were read (committed) before this query, in the same request; nothing
        beyond ``item_seq`` is returned, so a change committing in between is picked up by the
        next pull instead of being skipped.
        """
        head, min_cursor = counters.item_seq, counters.min_cursor
        if cursor > head or (cursor != 0 and cursor < min_cursor):
            return None
        if cursor == head:
            return [], head, False  # the no-change sync: nothing beyond the auth query
        rows = connection.execute(
            _CHANGES,
            {"account_id": counters.account_id, "cursor": cursor, "head": head, "n": limit + 1},
        ).all()
        has_more = len(rows) > limit
        rows = rows[:limit]
        next_cursor = int(rows[-1].seq) if has_more else head
        return rows, next_cursor, has_more

    def content(self, item: Item) -> bytes | None:
        """The ciphertext of a live item, from the row or the blob store."""
        if item.blob_key:
            return self._blobs.read(item.blob_key)
        return item.ciphertext

    def remove_blobs(self, keys: list[str]) -> None:
        """Delete blobs superseded by a committed change."""
        for key in keys:
            self._blobs.delete(key)
