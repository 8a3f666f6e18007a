"""The device side of sync: what the engine reads from and writes to (the vault, in the app).

A ``LocalRecord`` is one syncable unit in plaintext. ``key_id`` names the key that wraps its
item key: a client's key id for client data, ``ACCOUNT_KEY_ID`` for the client keys themselves.

Dirty tracking: a store records which item ids changed (``pending_changes``) so a sync round
with nothing to send reads a handful of ids instead of every record. The engine marks ids
synced once the bookkeeping agrees with them (``mark_synced``); a change made meanwhile gets a
higher change number and stays pending.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

ACCOUNT_KEY_ID = "account"
CLIENT_KEY_KIND = "client_key"


@dataclass(frozen=True)
class LocalRecord:
    """One item in plaintext as the device holds it."""

    item_id: str
    kind: str
    key_id: str
    payload: bytes


@dataclass(frozen=True)
class PendingChanges:
    """Item ids changed since they were last marked synced, as of change number ``upto``."""

    item_ids: frozenset[str] = field(default_factory=frozenset)
    upto: int = 0


class LocalStore(Protocol):
    """What the sync engine needs from the device's storage."""

    def snapshot(self) -> Iterable[LocalRecord]:
        """Every live record (client keys first is not required; the engine orders)."""
        ...

    def record(self, item_id: str) -> LocalRecord | None:
        """One live record, or None when the device does not have it."""
        ...

    def key(self, key_id: str) -> bytes | None:
        """A client key by id, or None when this device does not (or no longer) hold it."""
        ...

    def apply_remote(self, record: LocalRecord) -> None:
        """Insert or replace a record that came from another device."""
        ...

    def apply_remote_deletion(self, item_id: str, kind: str) -> None:
        """Delete a record (and, for a client key, the key itself) another device deleted."""
        ...

    def keep_conflict_copy(self, record: LocalRecord) -> None:
        """Keep the local version of a conflicting record under a new id (notes)."""
        ...

    def pending_changes(self) -> PendingChanges:
        """Ids changed locally (or by ``apply_remote*`` side effects) and not yet marked synced."""
        ...

    def mark_synced(self, item_ids: Iterable[str], upto: int) -> None:
        """Forget the change marks of ``item_ids`` numbered ``upto`` or lower."""
        ...
