"""Automatic logoff (HIPAA): lock after a period without keyboard or mouse input.

Only the user's own input counts as activity. Background work (sync, note generation,
transcription of a recording in progress) never calls ``record_activity`` and so never keeps
the vault open.
"""

from __future__ import annotations

from tenor_desktop.core.clock import Clock
from tenor_desktop.core.settings import MAX_IDLE_TIMEOUT_MINUTES
from tenor_desktop.security.errors import SecurityError


class IdlePolicy:
    """Tracks the last user input on a monotonic clock and says when to lock."""

    def __init__(self, clock: Clock, timeout_minutes: int = MAX_IDLE_TIMEOUT_MINUTES) -> None:
        self._clock = clock
        self._timeout_s = 0.0
        self.set_timeout_minutes(timeout_minutes)
        self._last_input = clock.monotonic()

    @property
    def timeout_seconds(self) -> float:
        """Seconds of inactivity before the lock."""
        return self._timeout_s

    def set_timeout_minutes(self, minutes: int, *, policy_cap: int | None = None) -> None:
        """Change the timeout; never above 30 minutes nor above the IT policy's cap."""
        cap = min(MAX_IDLE_TIMEOUT_MINUTES, policy_cap or MAX_IDLE_TIMEOUT_MINUTES)
        if not 1 <= minutes <= cap:
            raise SecurityError(f"The idle timeout must be between 1 and {cap} minutes.")
        self._timeout_s = minutes * 60.0

    def record_activity(self) -> None:
        """The user pressed a key or moved/clicked the mouse."""
        self._last_input = self._clock.monotonic()

    def idle_seconds(self) -> float:
        """Seconds since the last user input."""
        return self._clock.monotonic() - self._last_input

    def should_lock(self) -> bool:
        """True once the inactivity period has reached the timeout."""
        return self.idle_seconds() >= self._timeout_s
