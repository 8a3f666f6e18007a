"""What the sync indicator shows: a phase and a fixed, PHI-free sentence.

Kept apart from ``sync_session`` so the window can show its indicator without importing the HTTP
client and the sync engine at start-up (they load when a signed-in vault opens).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tenor_desktop.sync.engine import SyncReport


class SyncPhase(StrEnum):
    """What the status indicator shows."""

    SIGNED_OUT = "signed_out"
    SYNCING = "syncing"
    SYNCED = "synced"
    OFFLINE = "offline"
    ERROR = "error"


@dataclass(frozen=True)
class SyncStatus:
    """One snapshot of the background sync, safe to show (no PHI)."""

    phase: SyncPhase
    message: str = ""
    last_synced_at: datetime | None = None
    pending: int | None = None
    report: SyncReport | None = None  # of the round that just finished, if it succeeded
    needs_sign_in: bool = False  # the server ended this device's session: rounds have stopped
