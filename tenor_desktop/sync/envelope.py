"""The envelope: every item is encrypted on the device with its own random key.

Layout (all AES-256-GCM, 96-bit random nonces)::

    ciphertext        = 0x01 ‖ nonce ‖ AESGCM(item_key).encrypt(plaintext, AD)
    wrapped_item_key  = 0x01 ‖ nonce ‖ AESGCM(wrapping_key).encrypt(item_key, "key" ‖ AD)
    AD                = "tenor/v1/item" ‖ len‖item_id ‖ len‖kind ‖ version(8 bytes) ‖ len‖key_id

Security rules:
- The associated data binds the item id, kind, version and wrapping key id, so a ciphertext or a
  wrapped key moved to another item, another kind, another version or another key fails the
  GCM tag check instead of decrypting into the wrong place (and the server cannot roll an item
  back to an older version under a newer number).
- Item keys are wrapped by the client's key; client keys travel as items of kind
  ``client_key`` wrapped by the account key; the account key is wrapped by the master key,
  which never leaves the device. Deleting a client's key everywhere therefore leaves every copy
  of that client's items, on the server or in its backups, as undecryptable noise.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tenor_desktop.sync.errors import CryptoError

FORMAT = b"\x01"
NONCE_BYTES = 12
KEY_BYTES = 32
RandomBytes = Callable[[int], bytes]


@dataclass(frozen=True)
class Envelope:
    """What the server stores for an item."""

    ciphertext: bytes
    wrapped_item_key: bytes
    key_id: str


def associated_data(item_id: str, kind: str, version: int, key_id: str) -> bytes:
    """The unambiguous (length-prefixed) binding of an item's identity."""
    parts = [b"tenor/v1/item"]
    for text in (item_id, kind):
        raw = text.encode("utf-8")
        parts.append(struct.pack(">H", len(raw)) + raw)
    parts.append(struct.pack(">Q", version))
    raw_key_id = key_id.encode("utf-8")
    parts.append(struct.pack(">H", len(raw_key_id)) + raw_key_id)
    return b"".join(parts)


def seal_item(
    plaintext: bytes,
    *,
    item_id: str,
    kind: str,
    version: int,
    key_id: str,
    wrapping_key: bytes,
    random_bytes: RandomBytes = os.urandom,
) -> Envelope:
    """Encrypt ``plaintext`` under a fresh item key and wrap that key."""
    _check_key(wrapping_key)
    ad = associated_data(item_id, kind, version, key_id)
    item_key = random_bytes(KEY_BYTES)
    body_nonce = random_bytes(NONCE_BYTES)
    wrap_nonce = random_bytes(NONCE_BYTES)
    ciphertext = FORMAT + body_nonce + AESGCM(item_key).encrypt(body_nonce, plaintext, ad)
    wrapped = FORMAT + wrap_nonce + AESGCM(wrapping_key).encrypt(wrap_nonce, item_key, b"key" + ad)
    return Envelope(ciphertext=ciphertext, wrapped_item_key=wrapped, key_id=key_id)


def open_item(
    envelope: Envelope, *, item_id: str, kind: str, version: int, wrapping_key: bytes
) -> bytes:
    """Decrypt an envelope that must belong to exactly this item id, kind and version."""
    _check_key(wrapping_key)
    ad = associated_data(item_id, kind, version, envelope.key_id)
    item_key = _decrypt(wrapping_key, envelope.wrapped_item_key, b"key" + ad)
    return _decrypt(item_key, envelope.ciphertext, ad)


def wrap_account_key(
    master_key: bytes, account_key: bytes, *, random_bytes: RandomBytes = os.urandom
) -> bytes:
    """The account key encrypted under the master key (stored by the server)."""
    _check_key(master_key)
    nonce = random_bytes(NONCE_BYTES)
    return FORMAT + nonce + AESGCM(master_key).encrypt(nonce, account_key, b"tenor/v1/account-key")


def unwrap_account_key(master_key: bytes, wrapped: bytes) -> bytes:
    """The account key, or ``CryptoError`` when the password-derived key does not fit."""
    _check_key(master_key)
    return _decrypt(master_key, wrapped, b"tenor/v1/account-key")


def new_key() -> bytes:
    """A fresh 256-bit key."""
    return os.urandom(KEY_BYTES)


def _decrypt(key: bytes, blob: bytes, ad: bytes) -> bytes:
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != FORMAT:
        raise CryptoError("An encrypted item is malformed.")
    nonce = blob[1 : 1 + NONCE_BYTES]
    try:
        return AESGCM(key).decrypt(nonce, blob[1 + NONCE_BYTES :], ad)
    except InvalidTag:
        raise CryptoError(
            "An encrypted item could not be opened (wrong key, or it was altered or moved)."
        ) from None


def _check_key(key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise CryptoError("An encryption key has the wrong size.")
