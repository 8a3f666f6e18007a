"""An injectable wall clock so tests can expire tokens without sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class ServerClock(Protocol):
    """Current UTC time."""

    def now(self) -> datetime: ...


class SystemServerClock:
    """The real clock."""

    def now(self) -> datetime:
        """Current UTC time."""
        return datetime.now(UTC)


class OffsetServerClock:
    """The real clock shifted by an adjustable offset (tests move it forward)."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        """Current UTC time plus the offset."""
        return datetime.now(UTC) + self.offset

    def advance(self, seconds: float) -> None:
        """Move the clock forward."""
        self.offset += timedelta(seconds=seconds)
