"""Unlocking the vault with a passphrase, throttled with a growing delay after failures.

The real defence against guessing is Argon2id in the key header (an attacker with the files
can guess offline); the throttle stops the app itself from being a fast guessing oracle. The
count of consecutive failures is kept in ``unlock-throttle.json`` inside the vault directory so
it survives restarts and separate ``tenor`` invocations. It holds a number and a time, no
secrets; a success resets it. After ``n`` failures the next attempt waits
``min(base_delay * 2 ** (n - 1), max_delay)`` seconds, counted from the last failure.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.security.errors import SecurityError
from tenor_desktop.vault import keys
from tenor_desktop.vault.errors import VaultError, WrongPassphrase
from tenor_desktop.vault.vault import THROTTLE_NAME, Vault

DEFAULT_BASE_DELAY = 1.0
DEFAULT_MAX_DELAY = 300.0


class UnlockThrottled(SecurityError):
    """Too many wrong passphrases; ``retry_after`` says how many seconds to wait."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(
            f"Too many wrong passphrases. Try again in {max(1, round(retry_after))} seconds."
        )
        self.retry_after = retry_after


class UnlockThrottle:
    """Consecutive failed unlocks of one vault directory and the delay they impose."""

    def __init__(
        self,
        state_path: Path,
        *,
        clock: Clock,
        base_delay: float = DEFAULT_BASE_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
    ) -> None:
        self._path = state_path
        self._clock = clock
        self._base = base_delay
        self._max = max_delay
        self.failures, self._last_failure = self._load()

    def delay_after(self, failures: int) -> float:
        """The wait imposed after ``failures`` consecutive failures."""
        if failures <= 0:
            return 0.0
        return float(min(self._base * 2 ** min(failures - 1, 32), self._max))

    def remaining_delay(self) -> float:
        """Seconds still to wait before the next attempt (0 when allowed now)."""
        if self.failures == 0 or self._last_failure is None:
            return 0.0
        elapsed = (self._clock.now() - self._last_failure).total_seconds()
        delay = self.delay_after(self.failures)
        # A clock set backwards must not shorten the wait: elapsed < 0 counts as 0.
        return float(min(delay, max(0.0, delay - max(0.0, elapsed))))

    def record_failure(self) -> None:
        """Count one more failure, now."""
        self.failures += 1
        self._last_failure = self._clock.now()
        self._save()

    def record_success(self) -> None:
        """Reset the count."""
        if self.failures or self._path.exists():
            self.failures, self._last_failure = 0, None
            self._path.unlink(missing_ok=True)

    def _load(self) -> tuple[int, datetime | None]:
        try:
            document = json.loads(self._path.read_text(encoding="utf-8"))
            failures = int(document["failures"])
            last = datetime.fromisoformat(str(document["last_failure"]))
        except FileNotFoundError:
            return 0, None
        except (OSError, ValueError, KeyError, TypeError):
            # A damaged counter must not become a way to reset the throttle.
            return 1, self._clock.now()
        return max(0, failures), last

    def _save(self) -> None:
        document = {"failures": self.failures, "last_failure": self._clock.now().isoformat()}
        try:
            keys.write_file_atomically(self._path, json.dumps(document).encode())
        except VaultError:
            pass  # cannot persist (full disk, read-only): the in-memory count still applies


class VaultUnlocker:
    """Unlock vaults through the throttle; the UI and the CLI both use this."""

    def __init__(
        self,
        *,
        clock: Clock | None = None,
        sleep: Callable[[float], None] = time.sleep,
        base_delay: float = DEFAULT_BASE_DELAY,
        max_delay: float = DEFAULT_MAX_DELAY,
    ) -> None:
        self._clock = clock or SystemClock()
        self._sleep = sleep
        self._base = base_delay
        self._max = max_delay

    def throttle(self, directory: Path) -> UnlockThrottle:
        """The throttle state of ``directory``."""
        return UnlockThrottle(
            Path(directory) / THROTTLE_NAME,
            clock=self._clock,
            base_delay=self._base,
            max_delay=self._max,
        )

    def unlock(self, directory: Path, passphrase: str, *, wait: bool = True) -> Vault:
        """Wait out any delay (or raise UnlockThrottled when ``wait`` is False), then unlock."""
        throttle = self.throttle(directory)
        remaining = throttle.remaining_delay()
        if remaining > 0:
            if not wait:
                raise UnlockThrottled(remaining)
            self._sleep(remaining)
        try:
            vault = Vault.unlock(Path(directory), passphrase, clock=self._clock)
        except WrongPassphrase:
            throttle.record_failure()
            raise
        throttle.record_success()
        return vault
