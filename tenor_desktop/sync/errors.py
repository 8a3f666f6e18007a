"""Errors of the sync package.

Hierarchy::

    SyncError                         (core.errors.TenorError)
     ├── CryptoError                  an envelope failed to open, or a key is missing
     ├── WeakKdfParameters            the server asked for weaker KDF settings than we allow
     ├── AuthenticationFailed         wrong password/code, or the session ended
     │    └── SecondFactorRequired    the account needs a TOTP or recovery code
     ├── Throttled                    too many attempts; retry after ``retry_after`` seconds
     ├── ServerUnavailable            network or 5xx: transient, the offline queue keeps changes
     ├── StaleCursor                  the server no longer knows our cursor: full resync
     ├── ParentMissing                an item arrived before the item it belongs to (waits)
     └── ServerRejected               the server refused a request (4xx) for another reason

Messages never contain item contents, pseudonyms, passwords or e-mail addresses.
"""

from __future__ import annotations

from tenor_desktop.core.errors import TenorError


class SyncError(TenorError):
    """Base class of sync errors."""


class CryptoError(SyncError):
    """An item could not be decrypted (tampered, moved, or its client key was deleted)."""


class WeakKdfParameters(SyncError):
    """KDF parameters below the minimums; we never derive keys with them."""


class AuthenticationFailed(SyncError):
    """Sign-in failed or the session is no longer valid."""


class SecondFactorRequired(AuthenticationFailed):
    """The account requires a TOTP code or a recovery code."""


class Throttled(SyncError):
    """Too many attempts."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class ServerUnavailable(SyncError):
    """The server could not be reached or failed; changes stay queued."""


class StaleCursor(SyncError):
    """The server cannot continue from our cursor."""


class ParentMissing(SyncError):
    """The store cannot place an item yet (its session has not arrived); it is retried."""


class ServerRejected(SyncError):
    """The server refused a request."""

    def __init__(self, message: str, status_code: int, code: str) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.code = code
