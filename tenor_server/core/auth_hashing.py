"""Argon2id hashing of the client's auth secret, and SHA-256 lookups for random tokens.

Security rules enforced here:
- The server only ever sees the auth secret (derived on the device); it stores an Argon2id hash.
- Every comparison of secrets uses ``hmac.compare_digest``.
- Bearer tokens are 256-bit random values; the database stores their SHA-256, so a leaked table
  cannot be replayed as tokens.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

_PREFIX = "argon2id"


def hash_auth_secret(secret: bytes, *, memory_kib: int, iterations: int) -> str:
    """Return ``argon2id$m$t$p$salt$hash`` for ``secret``."""
    salt = secrets.token_bytes(16)
    digest = _derive(secret, salt, memory_kib, iterations, 1)
    return "$".join(
        (
            _PREFIX,
            str(memory_kib),
            str(iterations),
            "1",
            base64.b64encode(salt).decode(),
            base64.b64encode(digest).decode(),
        )
    )


def verify_auth_secret(secret: bytes, encoded: str) -> bool:
    """True when ``secret`` matches the stored hash (constant-time comparison)."""
    try:
        prefix, memory, iterations, lanes, salt_b64, hash_b64 = encoded.split("$")
    except ValueError:
        return False
    if prefix != _PREFIX:
        return False
    expected = base64.b64decode(hash_b64)
    actual = _derive(secret, base64.b64decode(salt_b64), int(memory), int(iterations), int(lanes))
    return hmac.compare_digest(expected, actual)


def _derive(secret: bytes, salt: bytes, memory_kib: int, iterations: int, lanes: int) -> bytes:
    kdf = Argon2id(salt=salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory_kib)
    return kdf.derive(secret)


def new_token() -> str:
    """A fresh URL-safe bearer token with 256 bits of entropy."""
    return secrets.token_urlsafe(32)


def token_digest(token: str) -> str:
    """The SHA-256 hex digest under which a token is stored and looked up."""
    return hashlib.sha256(token.encode()).hexdigest()


def decoy_salt(secret: str, email: str) -> bytes:
    """A stable fake salt for an unknown address, so lookups do not reveal who has an account."""
    return hmac.new(secret.encode(), email.encode(), hashlib.sha256).digest()[:16]
