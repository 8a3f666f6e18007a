"""The device side of sync: what the engine reads from and writes to (the vault, in the app).

A ``LocalRecord`` is one syncable unit in plaintext. ``key_id`` names the key that wraps its
item key: a client's key id for client data, ``ACCOUNT_KEY_ID`` for the client keys themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
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
