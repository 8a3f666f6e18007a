"""Account-key rotation links: how every device moves to a new account key and forgets the old.

Why: an old backup of the server still holds a deleted client's key item, wrapped by the
account key. If devices kept that account key, anyone holding a device afterwards (plus the old
backup) could open the client's data again. So when a device deletes a client it rotates:

1. it generates generation n+1 and keeps it as *pending* in its keyring (the vault) first;
2. it pushes the link item ``account-key.<n+1>``: the new key sealed by generation n (an
   ordinary envelope, so the server sees ciphertext only, bound to the link's id and version);
3. once the server has applied it, the device promotes the new key (the old one is overwritten
   and gone) and pushes every client key again, now wrapped by generation n+1;
4. other devices pull the link, open it with generation n, promote and forget generation n.

Links only lead forward: generation n+1 opens nothing of generation n. Two devices rotating at
once both try to create ``account-key.<n+1>``; the server keeps the first (the second gets a 409
with it), the loser follows the winner's link and rotates again on its next round, because its
own deletion must also end under a key nobody held before.
"""

from __future__ import annotations

import json
from typing import Any

from tenor_desktop.sync.envelope import Envelope, new_key, open_item, seal_item
from tenor_desktop.sync.errors import CryptoError
from tenor_desktop.sync.keyring import (
    ACCOUNT_KEY_KIND,
    AccountKey,
    AccountKeyring,
    link_generation,
    link_item_id,
)
from tenor_desktop.sync.wire import RemoteItem, b64, unb64

LINK_VERSION = 1  # a link is written once and never edited


def next_key(keyring: AccountKeyring) -> AccountKey:
    """The pending next generation, created (and persisted) when there is none yet."""
    current = keyring.current()
    pending = keyring.pending()
    if pending is not None and pending.generation == current.generation + 1:
        return pending
    pending = AccountKey(current.generation + 1, new_key())
    keyring.set_pending(pending)
    return pending


def seal_link(current: AccountKey, successor: AccountKey) -> dict[str, Any]:
    """The change that publishes ``successor`` sealed by ``current``."""
    item_id = link_item_id(successor.generation)
    payload = json.dumps({"generation": successor.generation, "key": b64(successor.key)})
    envelope = seal_item(
        payload.encode(),
        item_id=item_id,
        kind=ACCOUNT_KEY_KIND,
        version=LINK_VERSION,
        key_id=current.key_id,
        wrapping_key=current.key,
    )
    return {
        "item_id": item_id,
        "kind": ACCOUNT_KEY_KIND,
        "base_version": LINK_VERSION - 1,
        "deleted": False,
        "ciphertext": b64(envelope.ciphertext),
        "wrapped_item_key": b64(envelope.wrapped_item_key),
        "key_id": envelope.key_id,
        "fingerprint": None,
    }


def open_link(item: RemoteItem, current: AccountKey) -> AccountKey | None:
    """The key a link introduces, or None when it is not the next one after ``current``.

    Raises ``CryptoError`` when a link that should open with ``current`` does not (tampered).
    """
    generation = link_generation(item.id)
    if generation != current.generation + 1 or item.key_id != current.key_id:
        return None
    if item.ciphertext is None or item.wrapped_item_key is None:
        raise CryptoError("The server sent an account key link without its content.")
    plaintext = open_item(
        Envelope(item.ciphertext, item.wrapped_item_key, current.key_id),
        item_id=item.id,
        kind=ACCOUNT_KEY_KIND,
        version=item.version,
        wrapping_key=current.key,
    )
    body = json.loads(plaintext)
    key = unb64(body.get("key"))
    if body.get("generation") != generation or key is None or len(key) != len(current.key):
        raise CryptoError("An account key link is malformed.")
    return AccountKey(generation, key)
