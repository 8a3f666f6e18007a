"""What one sync round did, in counts (for the status line and the tests)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class SyncReport:
    """Counts of what one sync did (ids only would be fine too; counts are enough for the UI)."""

    pulled: int = 0
    pushed: int = 0
    deleted_locally: int = 0
    conflicts: int = 0
    conflict_copies: int = 0
    deferred: int = 0
    full_resync: bool = False
    resent_batch: bool = False
    account_key_rotated: bool = False  # this device published a new account key
    account_key_followed: bool = False  # this device moved to another device's new key
