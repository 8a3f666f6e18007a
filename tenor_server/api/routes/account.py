"""Routes: the account itself, password change, audit log, and account deletion."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import delete, select

from tenor_server.api.deps import CallerDep, ClientIpDep, ContextDep, SessionDep
from tenor_server.api.routes.auth import (
    check_kdf_strength,
    check_secret_shape,
    verify_second_factor,
)
from tenor_server.api.schemas.auth import (
    AccountDeleteRequest,
    AccountResponse,
    AuditEventResponse,
    PasswordChangeRequest,
)
from tenor_server.core.audit import record_audit
from tenor_server.core.auth_hashing import hash_auth_secret, verify_auth_secret
from tenor_server.core.times import as_utc
from tenor_server.db.models import (
    Account,
    AuditEvent,
    AuthFailure,
    DeviceSession,
    Item,
    PushReceipt,
    RecoveryCode,
    RefreshToken,
)

router = APIRouter(prefix="/account", tags=["account"])


@router.get("")
def get_account(caller: CallerDep) -> AccountResponse:
    """The caller's account."""
    account = caller.account
    return AccountResponse(
        id=account.id,
        email=account.email,
        require_2fa=account.require_2fa,
        created_at=as_utc(account.created_at),
    )


@router.post("/password", status_code=status.HTTP_204_NO_CONTENT)
def change_password(
    body: PasswordChangeRequest,
    caller: CallerDep,
    db: SessionDep,
    context: ContextDep,
    ip: ClientIpDep,
) -> None:
    """Replace the auth hash, KDF parameters and wrapped account key; optionally end others."""
    account = caller.account
    if not verify_auth_secret(body.current_auth_secret, account.auth_hash):
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="invalid_credentials")
    check_kdf_strength(context, body.kdf)
    check_secret_shape(body.new_auth_secret)
    now = context.clock.now()
    account.auth_hash = hash_auth_secret(
        body.new_auth_secret,
        memory_kib=context.settings.auth_hash_memory_kib,
        iterations=context.settings.auth_hash_iterations,
    )
    account.kdf_salt = body.kdf.salt
    account.kdf_memory_kib = body.kdf.memory_kib
    account.kdf_iterations = body.kdf.iterations
    account.kdf_parallelism = body.kdf.parallelism
    account.wrapped_account_key = body.wrapped_account_key
    account.account_key_generation = body.account_key_generation
    if body.end_other_sessions:
        context.device_sessions.revoke_all_except(db, account.id, caller.session.id, now=now)
    record_audit(db, "account.password_changed", account_id=account.id, ip=ip, now=now)
    db.commit()


@router.get("/audit")
def list_audit(caller: CallerDep, db: SessionDep) -> list[AuditEventResponse]:
    """The latest 200 auth and deletion events of the account."""
    rows = db.scalars(
        select(AuditEvent)
        .where(AuditEvent.account_id == caller.account.id)
        .order_by(AuditEvent.id.desc())
        .limit(200)
    )
    events = [
        AuditEventResponse(action=r.action, object_id=r.object_id, at=as_utc(r.at)) for r in rows
    ]
    db.rollback()  # end the read now: see ``deps.get_db`` on why nothing may stay open
    return events


@router.post("/delete", status_code=status.HTTP_204_NO_CONTENT)
def delete_account(
    body: AccountDeleteRequest,
    caller: CallerDep,
    db: SessionDep,
    context: ContextDep,
    ip: ClientIpDep,
) -> None:
    """Delete every row and blob of the account (re-authentication required)."""
    account = caller.account
    if not verify_auth_secret(body.auth_secret, account.auth_hash):
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="invalid_credentials")
    if not verify_second_factor(db, context, account, body.totp_code):
        db.rollback()
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="totp_required")
    account_id = account.id
    # Children first: SQLite enforces foreign keys but ON DELETE CASCADE must not be relied on
    # to reach every table (audit rows deliberately have no foreign key).
    for model in (Item, PushReceipt, RefreshToken, DeviceSession, RecoveryCode, AuthFailure):
        db.execute(delete(model).where(model.account_id == account_id))
    db.execute(delete(AuditEvent).where(AuditEvent.account_id == account_id))
    db.execute(delete(Account).where(Account.id == account_id))
    # The one row that outlives the account: that it was deleted, under its random id only.
    record_audit(db, "account.deleted", account_id=account_id, ip=ip, now=context.clock.now())
    db.commit()
    context.blobs.delete_account(account_id)
