"""Account key derivation: Argon2id over the password, split into a master key and auth secret.

Security rules enforced here:
- Argon2id with at least 64 MiB and 3 passes, whatever the server says. Parameters come from
  the server (stored per account) but are checked against these minimums before any work, so a
  malicious or compromised server cannot downgrade them to make offline guessing cheap.
- The master key never leaves the device; only the auth secret is sent. The two come from one
  Argon2id output through HKDF-Expand with distinct labels, so knowing the auth secret (the
  server does) reveals nothing about the master key.
- Upper bounds too: a server must not make the device allocate gigabytes or spin for minutes.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDFExpand

from tenor_desktop.sync.errors import WeakKdfParameters

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_ITERATIONS = 20
MAX_PARALLELISM = 8
MIN_SALT_BYTES = 16
_MASTER_LABEL = b"tenor/v1/master-key"
_AUTH_LABEL = b"tenor/v1/auth-secret"


@dataclass(frozen=True)
class KdfParameters:
    """Argon2id parameters of an account."""

    salt: bytes
    memory_kib: int = MIN_MEMORY_KIB
    iterations: int = MIN_ITERATIONS
    parallelism: int = 1

    @classmethod
    def fresh(cls) -> KdfParameters:
        """Defaults with a new random salt, for registration or a password change."""
        return cls(salt=secrets.token_bytes(16))


@dataclass(frozen=True)
class AccountSecrets:
    """What the password yields on the device."""

    master_key: bytes
    auth_secret: bytes


def check_parameters(params: KdfParameters) -> None:
    """Raise ``WeakKdfParameters`` unless the parameters are within our bounds."""
    if (
        params.memory_kib < MIN_MEMORY_KIB
        or params.iterations < MIN_ITERATIONS
        or len(params.salt) < MIN_SALT_BYTES
    ):
        raise WeakKdfParameters(
            "The server asked for weaker password protection than Tenor allows; not signing in."
        )
    if (
        params.memory_kib > MAX_MEMORY_KIB
        or params.iterations > MAX_ITERATIONS
        or not 1 <= params.parallelism <= MAX_PARALLELISM
    ):
        raise WeakKdfParameters("The server asked for unreasonable key-derivation settings.")


def derive_account_secrets(password: str, params: KdfParameters) -> AccountSecrets:
    """Argon2id(password) → HKDF-Expand into the master key and the auth secret."""
    check_parameters(params)
    root = Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.parallelism,
        memory_cost=params.memory_kib,
    ).derive(password.encode("utf-8"))
    master = HKDFExpand(hashes.SHA256(), 32, _MASTER_LABEL).derive(root)
    auth = HKDFExpand(hashes.SHA256(), 32, _AUTH_LABEL).derive(root)
    return AccountSecrets(master_key=master, auth_secret=auth)


def fingerprint_key(account_key: bytes) -> bytes:
    """A key for keyed fingerprints of local records (never a plain hash of content)."""
    return hashlib.sha256(b"tenor/v1/fingerprint\0" + account_key).digest()
