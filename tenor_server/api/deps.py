"""Request dependencies as ``Annotated`` aliases: context, database session, caller, address."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session

from tenor_server.core.context import ServerContext
from tenor_server.core.device_sessions import SyncCaller
from tenor_server.db.models import Account, DeviceSession


async def get_context(request: Request) -> ServerContext:
    """The application's context (async: no I/O, so no hop to the thread pool)."""
    context: ServerContext = request.app.state.context
    return context


ContextDep = Annotated[ServerContext, Depends(get_context)]


async def get_db(context: ContextDep) -> AsyncIterator[Session]:
    """One database session per request; uncommitted work is rolled back.

    Async on purpose: the closing rollback then runs on the event loop right after the
    endpoint, instead of waiting for a worker thread. On SQLite an open transaction holds the
    write lock, and if every worker thread were blocked waiting for that lock, a close that
    needs a worker thread would never run (a deadlock we hit with 50 concurrent devices).
    """
    db = context.session_factory()
    try:
        yield db
    finally:
        db.close()


SessionDep = Annotated[Session, Depends(get_db)]

_bearer = HTTPBearer(auto_error=False)


@dataclass(frozen=True)
class Caller:
    """The authenticated account and the device session the token belongs to."""

    account: Account
    session: DeviceSession


def get_caller(
    db: SessionDep,
    context: ContextDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Caller:
    """Authenticate the bearer token or answer 401."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise _unauthorised()
    found = context.device_sessions.authenticate(
        db, credentials.credentials, now=context.clock.now()
    )
    if found is None:
        db.rollback()
        raise _unauthorised()
    account, session, _touched = found
    # Commit even when nothing was touched: a rollback would expire both rows, and reading
    # them again would cost another query. An empty commit is cheap.
    db.commit()
    return Caller(account, session)


CallerDep = Annotated[Caller, Depends(get_caller)]

BearerDep = Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]


def get_sync_caller(context: ContextDep, credentials: BearerDep) -> SyncCaller:
    """The sync routes' authentication (pull, push): ids and change counters, or 401.

    Same rules as ``get_caller`` (``DeviceSessions.is_live``), but one Core query and no ORM
    objects, and it also reads the account's change counters, so a no-change pull needs
    nothing else. A dependency, so it runs before the body is validated (no 422 before 401).
    """
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise _unauthorised()
    with context.read_engine.connect() as connection:
        found = context.device_sessions.authenticate_for_sync(
            connection, credentials.credentials, now=context.clock.now()
        )
        if found is None:
            raise _unauthorised()
        connection.commit()  # the session's last-use time, when it moved (no-op in autocommit)
    return found


SyncCallerDep = Annotated[SyncCaller, Depends(get_sync_caller)]


async def get_client_ip(request: Request, context: ContextDep) -> str:
    """The client address; X-Forwarded-For is trusted only when configured (behind our LB).

    Async: no I/O, so FastAPI runs it on the event loop instead of a worker thread.
    """
    if context.settings.trust_forwarded_for:
        forwarded = request.headers.get("x-forwarded-for")
        if forwarded:
            return forwarded.split(",")[0].strip()[:64]
    return request.client.host if request.client else "unknown"


ClientIpDep = Annotated[str, Depends(get_client_ip)]


def _unauthorised() -> HTTPException:
    return HTTPException(
        status.HTTP_401_UNAUTHORIZED,
        detail="invalid_token",
        headers={"WWW-Authenticate": "Bearer"},
    )
