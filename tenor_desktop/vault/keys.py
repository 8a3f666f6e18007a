"""The vault key and the key header file that holds it wrapped by the passphrase.

Security rules enforced here:
- The vault key is 32 random bytes from ``secrets``; SQLCipher uses it as a raw key, so opening
  the database costs no KDF. Only the passphrase goes through the slow KDF, once per unlock.
- The passphrase-derived key comes from Argon2id (at least 64 MiB, 3 passes, 16-byte random
  salt); the parameters live in the header so they can be raised later without a migration.
- The vault key is wrapped with AES-256-GCM; the header's format, version and KDF parameters are
  the associated data, so editing any of them makes the unwrap fail instead of weakening it.
- A wrong passphrase and a tampered header both fail the GCM tag: we cannot tell them apart and
  report "wrong passphrase"; a header that does not parse is reported as corrupt.
- The header is replaced atomically (temp file in the same directory, fsync, ``os.replace``,
  fsync of the directory): a crash or a full disk leaves the old header intact.
- Python ``bytes`` cannot be wiped; the vault key is kept in a ``bytearray`` that ``lock()``
  zeroes. Intermediate immutable copies are dropped as soon as possible.
"""

from __future__ import annotations

import base64
import binascii
import errno
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from tenor_desktop.vault.errors import (
    KeyHeaderCorrupt,
    KeyHeaderMissing,
    StorageError,
    StorageFull,
    WrongPassphrase,
)

HEADER_FORMAT = "tenor-vault-key"
HEADER_VERSION = 1
VAULT_KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
# Bounds on what a header may ask for: below the floor is refused as a weakened header, above
# the ceiling would let a crafted header exhaust memory before the tag check.
MIN_MEMORY_KIB = 64 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024
MIN_ITERATIONS = 3
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters as stored in the header."""

    salt: bytes
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    lanes: int = 4

    @classmethod
    def fresh(cls) -> KdfParams:
        """Default parameters with a new random salt."""
        return cls(salt=secrets.token_bytes(SALT_BYTES))

    def to_json(self) -> dict[str, Any]:
        """The JSON object stored in the header."""
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
        }


@dataclass(frozen=True)
class KeyHeader:
    """A parsed key header: KDF parameters and the wrapped vault key."""

    kdf: KdfParams
    nonce: bytes
    wrapped_key: bytes

    def associated_data(self) -> bytes:
        """Bytes the GCM tag authenticates besides the key: format, version and KDF params."""
        bound = {"format": HEADER_FORMAT, "version": HEADER_VERSION, "kdf": self.kdf.to_json()}
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode()

    def to_bytes(self) -> bytes:
        """Serialise to the on-disk JSON form."""
        document = {
            "format": HEADER_FORMAT,
            "version": HEADER_VERSION,
            "kdf": self.kdf.to_json(),
            "wrap": {
                "name": "aes-256-gcm",
                "nonce": _b64(self.nonce),
                "ciphertext": _b64(self.wrapped_key),
            },
        }
        return (json.dumps(document, indent=2, sort_keys=True) + "\n").encode()


def new_vault_key() -> bytearray:
    """32 fresh random bytes, in a mutable buffer so they can be wiped."""
    return bytearray(secrets.token_bytes(VAULT_KEY_BYTES))


def derive_wrapping_key(passphrase: str, kdf: KdfParams) -> bytes:
    """Argon2id over the NFC-normalised UTF-8 passphrase."""
    normalised = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Argon2id(
        salt=kdf.salt,
        length=32,
        iterations=kdf.iterations,
        lanes=kdf.lanes,
        memory_cost=kdf.memory_kib,
    ).derive(normalised)


def wrap_vault_key(
    vault_key: bytearray, passphrase: str, kdf: KdfParams | None = None
) -> KeyHeader:
    """Wrap ``vault_key`` under a key derived from ``passphrase`` (fresh salt and nonce)."""
    params = kdf or KdfParams.fresh()
    nonce = secrets.token_bytes(NONCE_BYTES)
    header = KeyHeader(kdf=params, nonce=nonce, wrapped_key=b"")
    wrapping_key = derive_wrapping_key(passphrase, params)
    wrapped = AESGCM(wrapping_key).encrypt(nonce, bytes(vault_key), header.associated_data())
    del wrapping_key
    return KeyHeader(kdf=params, nonce=nonce, wrapped_key=wrapped)


def unwrap_vault_key(header: KeyHeader, passphrase: str) -> bytearray:
    """Return the vault key; raise WrongPassphrase when the tag does not verify."""
    wrapping_key = derive_wrapping_key(passphrase, header.kdf)
    try:
        plain = AESGCM(wrapping_key).decrypt(
            header.nonce, header.wrapped_key, header.associated_data()
        )
    except InvalidTag:
        raise WrongPassphrase("Wrong passphrase for this vault.") from None
    finally:
        del wrapping_key
    if len(plain) != VAULT_KEY_BYTES:
        raise KeyHeaderCorrupt("The vault key file holds a key of the wrong size.")
    key = bytearray(plain)
    del plain
    return key


def read_key_header(path: Path) -> KeyHeader:
    """Parse the header file; raise KeyHeaderMissing / KeyHeaderCorrupt."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise KeyHeaderMissing(
            "The vault's key file is missing; the vault cannot be opened without it."
        ) from None
    except OSError as error:
        raise KeyHeaderCorrupt(f"The vault's key file cannot be read ({error.strerror}).") from None
    try:
        document = json.loads(raw)
        if document["format"] != HEADER_FORMAT or document["version"] != HEADER_VERSION:
            raise ValueError("format")
        kdf_json = document["kdf"]
        wrap_json = document["wrap"]
        if kdf_json["name"] != "argon2id" or wrap_json["name"] != "aes-256-gcm":
            raise ValueError("algorithm")
        kdf = KdfParams(
            salt=_unb64(kdf_json["salt"]),
            memory_kib=_int_in(kdf_json["memory_kib"], MIN_MEMORY_KIB, MAX_MEMORY_KIB),
            iterations=_int_in(kdf_json["iterations"], MIN_ITERATIONS, MAX_ITERATIONS),
            lanes=_int_in(kdf_json["lanes"], 1, 64),
        )
        header = KeyHeader(
            kdf=kdf, nonce=_unb64(wrap_json["nonce"]), wrapped_key=_unb64(wrap_json["ciphertext"])
        )
        if len(kdf.salt) < SALT_BYTES or len(header.nonce) != NONCE_BYTES:
            raise ValueError("sizes")
    except (ValueError, KeyError, TypeError, binascii.Error, UnicodeDecodeError):
        raise KeyHeaderCorrupt("The vault's key file is damaged or not a Tenor key file.") from None
    return header


def write_key_header(path: Path, header: KeyHeader) -> None:
    """Atomically replace ``path`` with ``header``; the old file survives any failure."""
    write_file_atomically(path, header.to_bytes())


def write_file_atomically(path: Path, data: bytes) -> None:
    """Temp file in the same directory, fsync, ``os.replace``, fsync the directory."""
    temp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        descriptor = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temp, path)
        fsync_directory(path.parent)
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise storage_error(error) from None


def fsync_directory(directory: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, e.g. Windows)."""
    if os.name == "nt":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def storage_error(error: OSError) -> StorageFull | StorageError:
    """Map an OSError to the vault error the user reads (kind only, no paths)."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull("The disk is full; nothing was changed. Free some space and retry.")
    return StorageError(f"Writing the vault failed ({error.strerror or 'I/O error'}).")


def wipe(buffer: bytearray) -> None:
    """Overwrite a key buffer with zeros in place."""
    for index in range(len(buffer)):
        buffer[index] = 0


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise TypeError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _int_in(value: Any, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError("out of range")
    return value
