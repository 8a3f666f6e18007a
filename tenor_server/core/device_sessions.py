"""Device sessions: issuing, refreshing (rotation with reuse detection), checking, revoking.

Rules:
- An access token dies after ``access_idle_seconds`` without use (30 minutes by default) and in
  any case after ``access_absolute_seconds``; the client then uses its refresh token.
- A refresh token works once. Presenting a spent one means it was copied: the whole session
  (every token descending from the same sign-in) is revoked and the event is audited.
- Logout and device revocation set ``revoked_at``; nothing issued for that session works again.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Connection, bindparam, select, update
from sqlalchemy.orm import Session

from tenor_server.core.audit import record_audit
from tenor_server.core.auth_hashing import new_token, token_digest
from tenor_server.core.config import Settings
from tenor_server.core.times import as_utc
from tenor_server.db.models import Account, DeviceSession, RefreshToken

# Writing last_used_at on every request would turn every read into a write; a minute of slack
# on a 30-minute idle limit is harmless.
_TOUCH_INTERVAL = timedelta(seconds=60)


@dataclass(frozen=True)
class IssuedTokens:
    """What a successful sign-in or refresh hands back."""

    session_id: str
    access_token: str
    refresh_token: str
    device_token: str
    expires_in: int


@dataclass(frozen=True)
class SyncCaller:
    """A live access token's account and session ids, with the account's change counters."""

    account_id: str
    session_id: str
    item_seq: int
    min_cursor: int


_SYNC_AUTH = (
    select(
        DeviceSession.id,
        DeviceSession.account_id,
        DeviceSession.revoked_at,
        DeviceSession.last_used_at,
        DeviceSession.access_issued_at,
        Account.item_seq,
        Account.min_cursor,
    )
    .join(Account, Account.id == DeviceSession.account_id)
    .where(DeviceSession.access_hash == bindparam("digest"))
)
_TOUCH = (
    update(DeviceSession)
    .where(DeviceSession.id == bindparam("session_id"))
    .values(last_used_at=bindparam("now"))
)


class RefreshRejected(Exception):
    """The refresh token is unknown, expired, revoked or was reused."""


class DeviceSessions:
    """Token life cycle against the database."""

    def __init__(self, settings: Settings) -> None:
        self._settings = settings

    def is_known_device(self, db: Session, account_id: str, device_token: str | None) -> bool:
        """True when ``device_token`` belongs to a device of this account that signed in before."""
        if not device_token:
            return False
        found = db.scalar(
            select(DeviceSession.id).where(
                DeviceSession.account_id == account_id,
                DeviceSession.device_hash == token_digest(device_token),
            )
        )
        return found is not None

    def issue(
        self,
        db: Session,
        account: Account,
        *,
        device_name: str,
        device_token: str | None,
        now: datetime,
    ) -> IssuedTokens:
        """Start a new session for a device."""
        if not self.is_known_device(db, account.id, device_token):
            device_token = new_token()
        assert device_token is not None  # noqa: S101 - narrowed above
        access = new_token()
        session = DeviceSession(
            id="dev_" + secrets.token_hex(12),
            account_id=account.id,
            name=device_name[:100],
            access_hash=token_digest(access),
            access_issued_at=now,
            last_used_at=now,
            refresh_expires_at=now + timedelta(seconds=self._settings.refresh_lifetime_seconds),
            device_hash=token_digest(device_token),
            created_at=now,
        )
        db.add(session)
        refresh = self._new_refresh(db, session)
        return IssuedTokens(
            session.id, access, refresh, device_token, self._settings.access_idle_seconds
        )

    def refresh(self, db: Session, refresh_token: str, *, now: datetime) -> IssuedTokens:
        """Spend ``refresh_token`` and issue a new access + refresh pair."""
        row = db.get(RefreshToken, token_digest(refresh_token))
        if row is None:
            raise RefreshRejected
        session = db.get(DeviceSession, row.session_id)
        if session is None or session.revoked_at is not None:
            raise RefreshRejected
        if row.used_at is not None:
            # Reuse: someone holds a copy of an old token. Kill the whole family.
            session.revoked_at = now
            record_audit(
                db,
                "auth.refresh_reuse",
                account_id=session.account_id,
                object_id=session.id,
                now=now,
            )
            raise RefreshRejected
        if as_utc(session.refresh_expires_at) <= now:
            raise RefreshRejected
        row.used_at = now
        access = new_token()
        session.access_hash = token_digest(access)
        session.access_issued_at = now
        session.last_used_at = now
        session.refresh_expires_at = now + timedelta(
            seconds=self._settings.refresh_lifetime_seconds
        )
        refresh = self._new_refresh(db, session)
        return IssuedTokens(session.id, access, refresh, "", self._settings.access_idle_seconds)

    def authenticate(
        self, db: Session, access_token: str, *, now: datetime
    ) -> tuple[Account, DeviceSession, bool] | None:
        """The account and session of a live access token and whether it was touched, or None.

        One query for both rows: this runs on every request, so it is kept to one round trip.
        ``touched`` tells the caller that ``last_used_at`` moved and needs a commit.
        """
        found = db.execute(
            select(DeviceSession, Account)
            .join(Account, Account.id == DeviceSession.account_id)
            .where(DeviceSession.access_hash == token_digest(access_token))
        ).first()
        if found is None:
            return None
        session, account = found[0], found[1]
        if not self.is_live(
            session.revoked_at, session.last_used_at, session.access_issued_at, now
        ):
            return None
        touched = now - as_utc(session.last_used_at) >= _TOUCH_INTERVAL
        if touched:
            session.last_used_at = now
        return account, session, touched

    def authenticate_for_sync(
        self, connection: Connection, access_token: str, *, now: datetime
    ) -> SyncCaller | None:
        """The ids and change counters of a live access token's account, or None.

        The sync routes' fast path: one Core query (no ORM objects, compiled once and cached)
        that also returns the account's change counters, so a no-change pull needs no other
        query. The same rules as ``authenticate``: revoked, idle and absolute expiry refuse;
        ``last_used_at`` moves at most once a minute (an UPDATE in the caller's transaction).
        """
        found = connection.execute(_SYNC_AUTH, {"digest": token_digest(access_token)}).first()
        if found is None:
            return None
        session_id, account_id, revoked_at, last_used_at, issued_at, head, min_cursor = found
        if not self.is_live(revoked_at, last_used_at, issued_at, now):
            return None
        if now - as_utc(last_used_at) >= _TOUCH_INTERVAL:
            connection.execute(_TOUCH, {"session_id": session_id, "now": now})
        return SyncCaller(account_id, session_id, int(head), int(min_cursor))

    def is_live(
        self,
        revoked_at: datetime | None,
        last_used_at: datetime,
        access_issued_at: datetime,
        now: datetime,
    ) -> bool:
        """False for a revoked session, or an access token past its idle or absolute limit."""
        if revoked_at is not None:
            return False
        if as_utc(last_used_at) + timedelta(seconds=self._settings.access_idle_seconds) <= now:
            return False
        absolute = timedelta(seconds=self._settings.access_absolute_seconds)
        return as_utc(access_issued_at) + absolute > now

    def revoke(self, session: DeviceSession, *, now: datetime) -> None:
        """End one session."""
        session.revoked_at = now

    def revoke_all_except(
        self, db: Session, account_id: str, keep_session_id: str | None, *, now: datetime
    ) -> None:
        """End every session of the account except ``keep_session_id``."""
        statement = update(DeviceSession).where(
            DeviceSession.account_id == account_id, DeviceSession.revoked_at.is_(None)
        )
        if keep_session_id is not None:
            statement = statement.where(DeviceSession.id != keep_session_id)
        db.execute(statement.values(revoked_at=now))

    def _new_refresh(self, db: Session, session: DeviceSession) -> str:
        token = new_token()
        db.add(
            RefreshToken(
                token_hash=token_digest(token), session_id=session.id, account_id=session.account_id
            )
        )
        return token
