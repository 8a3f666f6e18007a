"""TOTP (RFC 6238) with single use per time step, and one-time recovery codes.

pyotp's ``verify`` accepts the same code again within its window; an observed code could then be
replayed. The caller stores the highest accepted step and passes it back in: a step at or below
it is refused, so every step works at most once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

import pyotp

STEP_SECONDS = 30
ISSUER = "Tenor"
RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"


def new_totp_secret() -> str:
    """A fresh base32 secret (160 bits)."""
    return str(pyotp.random_base32(32))


def provisioning_uri(secret: str, email: str) -> str:
    """The ``otpauth://`` URI an authenticator app scans."""
    return str(pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=ISSUER))


def accept_totp(secret: str, code: str, *, now: datetime, last_step: int) -> int | None:
    """Return the time step ``code`` matches (±1 step) if it is newer than ``last_step``."""
    if not (len(code) == 6 and code.isdigit()):
        return None
    totp = pyotp.TOTP(secret)
    current = int(now.timestamp()) // STEP_SECONDS
    for step in (current - 1, current, current + 1):
        expected = str(totp.at(step * STEP_SECONDS))
        if hmac.compare_digest(expected, code) and step > last_step:
            return step
    return None


def new_recovery_codes() -> list[str]:
    """Ten one-time codes like ``abcd-efgh-jkmn-pqrs`` (about 79 bits each)."""
    codes = []
    for _ in range(RECOVERY_CODE_COUNT):
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(16))
        codes.append("-".join(raw[i : i + 4] for i in range(0, 16, 4)))
    return codes


def recovery_code_digest(code: str) -> str:
    """The stored form of a recovery code (normalised: case and dashes ignored)."""
    normal = code.strip().lower().replace("-", "").replace(" ", "")
    return hashlib.sha256(normal.encode()).hexdigest()
