"""The device's account keys: the current one, and a rotation in progress.

Client keys travel wrapped by the account key. Deleting a client must leave every copy of its
key item undecryptable, old server backups included, for anyone holding what the devices hold
afterwards. So deleting a client rotates the account key (see ``key_rotation.py``): a new key of
the next *generation* is pushed as a link item wrapped by the current one, every device follows
the link and forgets the older key, and client keys are re-wrapped under the new one.

Key ids on the wire: ``account`` for generation 0 (the key made at registration, as before
rotation existed) and ``account.<n>`` for generation n. Locally, records of client keys carry
the placeholder ``ACCOUNT_KEY_ID`` ("the current account key"); the engine resolves it.

The fingerprint key (for keyed fingerprints in the bookkeeping file) is fixed at sign-in and
survives rotations: it is a one-way derivation, so keeping it reveals nothing about old keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

from tenor_desktop.sync.kdf import fingerprint_key
from tenor_desktop.sync.local_store import ACCOUNT_KEY_ID

ACCOUNT_KEY_KIND = "account_key"
_LINK_PREFIX = "account-key."
_KEY_ID = re.compile(r"^account(?:\.([1-9][0-9]{0,8}))?$")


def account_key_id(generation: int) -> str:
    """The wire key id of an account key generation."""
    return ACCOUNT_KEY_ID if generation == 0 else f"{ACCOUNT_KEY_ID}.{generation}"


def account_key_generation(key_id: str) -> int | None:
    """The generation named by an account key id, or None for any other key id."""
    found = _KEY_ID.match(key_id)
    if found is None:
        return None
    return int(found.group(1)) if found.group(1) else 0


def link_item_id(generation: int) -> str:
    """The item that carries generation ``generation`` wrapped by generation - 1."""
    return f"{_LINK_PREFIX}{generation}"


def link_generation(item_id: str) -> int | None:
    """The generation a link item introduces, or None when ``item_id`` is not a link."""
    if not item_id.startswith(_LINK_PREFIX):
        return None
    tail = item_id.removeprefix(_LINK_PREFIX)
    return int(tail) if tail.isdigit() and tail[0] != "0" else None


@dataclass(frozen=True)
class AccountKey:
    """One generation of the account key."""

    generation: int
    key: bytes

    @property
    def key_id(self) -> str:
        """The wire key id."""
        return account_key_id(self.generation)


class AccountKeyring(Protocol):
    """Where a device keeps its account keys (the vault, in the app)."""

    def current(self) -> AccountKey:
        """The key new client-key items are wrapped with."""
        ...

    def pending(self) -> AccountKey | None:
        """A rotation generated but not yet acknowledged by the server."""
        ...

    def set_pending(self, key: AccountKey | None) -> None:
        """Keep (or drop) the rotation in progress, before it is sent."""
        ...

    def promote(self, key: AccountKey) -> None:
        """Make ``key`` current and forget every older key and any pending rotation."""
        ...

    def fingerprint_key(self) -> bytes:
        """The key of the bookkeeping file's fingerprints (stable across rotations)."""
        ...


class MemoryKeyring:
    """An ``AccountKeyring`` in memory (tests, benchmarks, headless tools)."""

    def __init__(self, key: AccountKey, fingerprint: bytes | None = None) -> None:
        self._current = key
        self._pending: AccountKey | None = None
        self._fingerprint = fingerprint or fingerprint_key(key.key)

    def current(self) -> AccountKey:
        """The current key."""
        return self._current

    def pending(self) -> AccountKey | None:
        """The rotation in progress."""
        return self._pending

    def set_pending(self, key: AccountKey | None) -> None:
        """Keep or drop the rotation in progress."""
        self._pending = key

    def promote(self, key: AccountKey) -> None:
        """Switch to ``key``; older keys are gone."""
        self._current = key
        self._pending = None

    def fingerprint_key(self) -> bytes:
        """The stable fingerprint key."""
        return self._fingerprint
