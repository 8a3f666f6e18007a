"""Routes: TOTP enrolment (otpauth URI), confirmation with recovery codes, and removal."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import delete

from tenor_server.api.deps import CallerDep, ClientIpDep, ContextDep, SessionDep
from tenor_server.api.schemas.auth import (
    RecoveryCodesResponse,
    TotpCodeRequest,
    TotpEnrolResponse,
)
from tenor_server.core.audit import record_audit
from tenor_server.core.totp import (
    accept_totp,
    new_recovery_codes,
    new_totp_secret,
    provisioning_uri,
    recovery_code_digest,
)
from tenor_server.db.models import RecoveryCode

router = APIRouter(prefix="/account/totp", tags=["two-factor"])


@router.post("/enrol")
def enrol(caller: CallerDep, db: SessionDep) -> TotpEnrolResponse:
    """Start enrolment: a pending secret and its otpauth URI (render it as a QR code)."""
    account = caller.account
    if account.totp_secret:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="totp_already_enabled")
    secret = new_totp_secret()
    account.totp_pending_secret = secret
    db.commit()
    return TotpEnrolResponse(secret=secret, otpauth_uri=provisioning_uri(secret, account.email))


@router.post("/confirm")
def confirm(
    body: TotpCodeRequest, caller: CallerDep, db: SessionDep, context: ContextDep, ip: ClientIpDep
) -> RecoveryCodesResponse:
    """Activate the pending secret with a code from it; 2FA is then required to sign in."""
    account = caller.account
    if not account.totp_pending_secret:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="no_pending_enrolment")
    now = context.clock.now()
    step = accept_totp(account.totp_pending_secret, body.code, now=now, last_step=0)
    if step is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="invalid_code")
    account.totp_secret = account.totp_pending_secret
    account.totp_pending_secret = None
    account.totp_last_step = step
    account.require_2fa = True
    codes = new_recovery_codes()
    db.execute(delete(RecoveryCode).where(RecoveryCode.account_id == account.id))
    db.add_all(
        RecoveryCode(account_id=account.id, code_hash=recovery_code_digest(code)) for code in codes
    )
    record_audit(db, "auth.totp_enabled", account_id=account.id, ip=ip, now=now)
    db.commit()
    return RecoveryCodesResponse(recovery_codes=codes)


@router.post("/disable", status_code=status.HTTP_204_NO_CONTENT)
def disable(
    body: TotpCodeRequest, caller: CallerDep, db: SessionDep, context: ContextDep, ip: ClientIpDep
) -> None:
    """Turn 2FA off; needs a fresh code, so a stolen access token alone cannot do it."""
    account = caller.account
    if not account.totp_secret:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="totp_not_enabled")
    now = context.clock.now()
    step = accept_totp(account.totp_secret, body.code, now=now, last_step=account.totp_last_step)
    if step is None:
        raise HTTPException(status.HTTP_403_FORBIDDEN, detail="invalid_code")
    account.totp_secret = None
    account.totp_last_step = step
    account.require_2fa = False
    db.execute(delete(RecoveryCode).where(RecoveryCode.account_id == account.id))
    record_audit(db, "auth.totp_disabled", account_id=account.id, ip=ip, now=now)
    db.commit()
