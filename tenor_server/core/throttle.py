"""Login throttling that slows attackers without locking the real user out.

- Per account: after ``failures_before_delay`` failures in the last hour every further attempt
  must wait an exponentially growing delay (capped), and at most ``account_failures_per_hour``
  (<= 100) failures per hour are accepted. A device that signed in before (it presents its device
  token) is exempt from the per-account rule, so a password-guessing attacker cannot keep the
  clinician out of their own account.
- Per client address: at most ``ip_failures_per_window`` failures per window, whatever account.
State lives in the database, so every stateless worker behind the load balancer sees it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from tenor_server.core.config import Settings
from tenor_server.core.times import as_utc
from tenor_server.db.models import AuthFailure

_HOUR = timedelta(hours=1)


class Throttled(Exception):
    """Too many failures: try again after ``retry_after`` seconds."""

    def __init__(self, retry_after: int) -> None:
        super().__init__("throttled")
        self.retry_after = max(1, retry_after)


class LoginThrottle:
    """Checks and records failed logins."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def check(
        self, db: Session, *, account_id: str | None, ip: str, known_device: bool, now: datetime
    ) -> None:
        """Raise ``Throttled`` when this attempt must not be evaluated now."""
        window = timedelta(seconds=self._settings.ip_window_seconds)
        ip_count, ip_oldest = self._failures(db, AuthFailure.ip == ip, now - window)
        if ip_count >= self._settings.ip_failures_per_window and ip_oldest is not None:
            raise Throttled(_seconds_until(ip_oldest + window, now))
        if account_id is None or known_device:
            return
        count, oldest = self._failures(db, AuthFailure.account_id == account_id, now - _HOUR)
        if count >= self._settings.account_failures_per_hour and oldest is not None:
            raise Throttled(_seconds_until(oldest + _HOUR, now))
        if count >= self._settings.failures_before_delay and count > 0:
            latest = db.scalar(
                select(func.max(AuthFailure.at)).where(AuthFailure.account_id == account_id)
            )
            exponent = min(count - self._settings.failures_before_delay, 20)
            delay = min(2**exponent, self._settings.max_delay_seconds)
            if latest is not None and now < as_utc(latest) + timedelta(seconds=delay):
                raise Throttled(_seconds_until(as_utc(latest) + timedelta(seconds=delay), now))

    def record_failure(
        self, db: Session, *, account_id: str | None, ip: str, now: datetime
    ) -> None:
        """Count one failed attempt."""
        db.add(AuthFailure(account_id=account_id, ip=ip, at=now))

    def _failures(
        self, db: Session, condition: ColumnElement[bool], since: datetime
    ) -> tuple[int, datetime | None]:
        row = db.execute(
            select(func.count(), func.min(AuthFailure.at)).where(condition, AuthFailure.at > since)
        ).one()
        oldest = as_utc(row[1]) if row[1] is not None else None
        return int(row[0]), oldest


def _seconds_until(moment: datetime, now: datetime) -> int:
    return int((moment - now).total_seconds()) + 1
