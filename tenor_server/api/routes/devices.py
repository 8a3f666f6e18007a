"""Routes: list the signed-in devices of the account and revoke one."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select

from tenor_server.api.deps import CallerDep, ClientIpDep, ContextDep, SessionDep
from tenor_server.api.schemas.auth import DeviceResponse
from tenor_server.core.audit import record_audit
from tenor_server.core.times import as_utc
from tenor_server.db.models import DeviceSession

router = APIRouter(prefix="/devices", tags=["devices"])


@router.get("")
def list_devices(caller: CallerDep, db: SessionDep) -> list[DeviceResponse]:
    """Sessions of the account that are not revoked."""
    rows = db.scalars(
        select(DeviceSession)
        .where(DeviceSession.account_id == caller.account.id, DeviceSession.revoked_at.is_(None))
        .order_by(DeviceSession.created_at)
    )
    devices = [
        DeviceResponse(
            id=row.id,
            name=row.name,
            created_at=as_utc(row.created_at),
            last_used_at=as_utc(row.last_used_at),
            current=row.id == caller.session.id,
        )
        for row in rows
    ]
    db.rollback()
    return devices


@router.delete("/{device_id}", status_code=status.HTTP_204_NO_CONTENT)
def revoke_device(
    device_id: str, caller: CallerDep, db: SessionDep, context: ContextDep, ip: ClientIpDep
) -> None:
    """Sign a device out; another account's device id is indistinguishable from none."""
    row = db.get(DeviceSession, device_id)
    if row is None or row.account_id != caller.account.id or row.revoked_at is not None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, detail="not_found")
    now = context.clock.now()
    context.device_sessions.revoke(row, now=now)
    record_audit(
        db, "auth.device_revoked", account_id=caller.account.id, object_id=device_id, ip=ip, now=now
    )
    db.commit()
