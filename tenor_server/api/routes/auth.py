"""Routes: KDF parameters, registration, sign-in (with 2FA and throttling), refresh, logout."""

from __future__ import annotations

import secrets

from fastapi import APIRouter, HTTPException, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from tenor_server.api.deps import CallerDep, ClientIpDep, ContextDep, SessionDep
from tenor_server.api.schemas.auth import (
    KdfParams,
    LoginRequest,
    ParamsRequest,
    RefreshRequest,
    RefreshResponse,
    RegisterRequest,
    RegisterResponse,
    TokenResponse,
)
from tenor_server.core.audit import record_audit
from tenor_server.core.auth_hashing import decoy_salt, hash_auth_secret, verify_auth_secret
from tenor_server.core.context import ServerContext
from tenor_server.core.device_sessions import RefreshRejected
from tenor_server.core.throttle import Throttled
from tenor_server.core.totp import accept_totp, recovery_code_digest
from tenor_server.db.models import Account, RecoveryCode

router = APIRouter(prefix="/auth", tags=["auth"])


def kdf_of(account: Account) -> KdfParams:
    """The stored KDF parameters of an account."""
    return KdfParams(
        salt=account.kdf_salt,
        memory_kib=account.kdf_memory_kib,
        iterations=account.kdf_iterations,
        parallelism=account.kdf_parallelism,
    )


def check_kdf_strength(context: ServerContext, kdf: KdfParams) -> None:
    """Refuse KDF parameters below the minimums every client enforces."""
    settings = context.settings
    if (
        kdf.memory_kib < settings.min_client_kdf_memory_kib
        or kdf.iterations < settings.min_client_kdf_iterations
        or len(kdf.salt) < 16
    ):
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="kdf_too_weak")


def check_secret_shape(secret: bytes) -> None:
    """Auth secrets and wrapped keys are short fixed-size values, never bulk data."""
    if not 16 <= len(secret) <= 64:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="bad_secret")


@router.post("/params")
def get_params(body: ParamsRequest, db: SessionDep, context: ContextDep) -> KdfParams:
    """KDF parameters for an address; unknown addresses get stable decoy parameters."""
    account = db.scalar(select(Account).where(Account.email == body.email.lower()))
    db.rollback()
    if account is not None:
        return kdf_of(account)
    settings = context.settings
    return KdfParams(
        salt=decoy_salt(settings.decoy_salt_secret, body.email.lower()),
        memory_kib=settings.min_client_kdf_memory_kib,
        iterations=settings.min_client_kdf_iterations,
        parallelism=1,
    )


@router.post("/register", status_code=status.HTTP_201_CREATED)
def register(
    body: RegisterRequest, db: SessionDep, context: ContextDep, ip: ClientIpDep
) -> RegisterResponse:
    """Create an account from device-derived material."""
    check_kdf_strength(context, body.kdf)
    check_secret_shape(body.auth_secret)
    if not 16 <= len(body.wrapped_account_key) <= 1024:
        raise HTTPException(status.HTTP_400_BAD_REQUEST, detail="bad_wrapped_key")
    email = body.email.lower()
    if db.scalar(select(Account.id).where(Account.email == email)) is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, detail="email_taken")
    now = context.clock.now()
    account = Account(
        id="acc_" + secrets.token_hex(12),
        email=email,
        auth_hash=_hash(context, body.auth_secret),
        kdf_salt=body.kdf.salt,
        kdf_memory_kib=body.kdf.memory_kib,
        kdf_iterations=body.kdf.iterations,
        kdf_parallelism=body.kdf.parallelism,
        wrapped_account_key=body.wrapped_account_key,
        account_key_generation=0,
        totp_last_step=0,
        require_2fa=False,
        item_seq=0,
        min_cursor=0,
        created_at=now,
    )
    db.add(account)
    db.flush()
    record_audit(db, "account.registered", account_id=account.id, ip=ip, now=now)
    db.commit()
    return RegisterResponse(account_id=account.id)


@router.post("/login")
def login(
    body: LoginRequest, db: SessionDep, context: ContextDep, ip: ClientIpDep
) -> TokenResponse:
    """Sign in; wrong secrets and codes count towards the throttle, throttled tries do not."""
    now = context.clock.now()
    account = db.scalar(
        select(Account).where(Account.email == body.email.lower()).with_for_update()
    )
    account_id = account.id if account is not None else None
    known = account is not None and context.device_sessions.is_known_device(
        db, account.id, body.device_token
    )
    try:
        context.throttle.check(db, account_id=account_id, ip=ip, known_device=known, now=now)
    except Throttled as throttled:
        raise HTTPException(
            status.HTTP_429_TOO_MANY_REQUESTS,
            detail="throttled",
            headers={"Retry-After": str(throttled.retry_after)},
        ) from None
    if account is None:
        # Spend the same work as a real check so timing does not reveal unknown addresses.
        _hash(context, body.auth_secret)
        _fail(db, context, account_id=None, ip=ip)
    assert account is not None  # noqa: S101 - _fail raised otherwise
    if not verify_auth_secret(body.auth_secret, account.auth_hash):
        _fail(db, context, account_id=account.id, ip=ip)
    if account.require_2fa and account.totp_secret:
        if body.totp_code is None and body.recovery_code is None:
            raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="totp_required")
        if not _second_factor_ok(db, context, account, body.totp_code, body.recovery_code):
            _fail(db, context, account_id=account.id, ip=ip)
    tokens = context.device_sessions.issue(
        db, account, device_name=body.device_name, device_token=body.device_token, now=now
    )
    record_audit(
        db, "auth.login", account_id=account.id, object_id=tokens.session_id, ip=ip, now=now
    )
    db.commit()
    return TokenResponse(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
        session_id=tokens.session_id,
        device_token=tokens.device_token,
        wrapped_account_key=account.wrapped_account_key,
        account_key_generation=account.account_key_generation,
        kdf=kdf_of(account),
    )


@router.post("/refresh")
def refresh(body: RefreshRequest, db: SessionDep, context: ContextDep) -> RefreshResponse:
    """Rotate the refresh token; a reused token revokes its whole session."""
    try:
        tokens = context.device_sessions.refresh(db, body.refresh_token, now=context.clock.now())
    except RefreshRejected:
        db.commit()  # keep the revocation a reuse triggered
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="invalid_token") from None
    db.commit()
    return RefreshResponse(
        access_token=tokens.access_token,
        refresh_token=tokens.refresh_token,
        expires_in=tokens.expires_in,
    )


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(caller: CallerDep, db: SessionDep, context: ContextDep, ip: ClientIpDep) -> None:
    """Revoke the calling session."""
    now = context.clock.now()
    context.device_sessions.revoke(caller.session, now=now)
    record_audit(
        db, "auth.logout", account_id=caller.account.id, object_id=caller.session.id, ip=ip, now=now
    )
    db.commit()


def verify_second_factor(
    db: Session, context: ServerContext, account: Account, totp_code: str | None
) -> bool:
    """True when 2FA is off or ``totp_code`` is a fresh valid code (re-authentication)."""
    if not (account.require_2fa and account.totp_secret):
        return True
    return totp_code is not None and _second_factor_ok(db, context, account, totp_code, None)


def _second_factor_ok(
    db: Session,
    context: ServerContext,
    account: Account,
    totp_code: str | None,
    recovery_code: str | None,
) -> bool:
    if totp_code is not None and account.totp_secret:
        step = accept_totp(
            account.totp_secret,
            totp_code,
            now=context.clock.now(),
            last_step=account.totp_last_step,
        )
        if step is None:
            return False
        account.totp_last_step = step
        return True
    if recovery_code is not None:
        row = db.scalar(
            select(RecoveryCode).where(
                RecoveryCode.account_id == account.id,
                RecoveryCode.code_hash == recovery_code_digest(recovery_code),
                RecoveryCode.used_at.is_(None),
            )
        )
        if row is None:
            return False
        row.used_at = context.clock.now()
        record_audit(db, "auth.recovery_code_used", account_id=account.id, now=context.clock.now())
        return True
    return False


def _fail(db: Session, context: ServerContext, *, account_id: str | None, ip: str) -> None:
    now = context.clock.now()
    context.throttle.record_failure(db, account_id=account_id, ip=ip, now=now)
    record_audit(db, "auth.login_failed", account_id=account_id, ip=ip, now=now)
    db.commit()
    raise HTTPException(status.HTTP_401_UNAUTHORIZED, detail="invalid_credentials")


def _hash(context: ServerContext, secret: bytes) -> str:
    return hash_auth_secret(
        secret,
        memory_kib=context.settings.auth_hash_memory_kib,
        iterations=context.settings.auth_hash_iterations,
    )
