"""Request and response bodies of the auth, account, 2FA and device routes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from tenor_server.api.schemas.base64_field import sized_b64
from tenor_server.core.config import MIN_CLIENT_KDF_ITERATIONS, MIN_CLIENT_KDF_MEMORY_KIB

AuthSecret = sized_b64(32, 32)
Salt = sized_b64(16, 64)
WrappedKey = sized_b64(16, 1024)

Email = Annotated[str, Field(min_length=3, max_length=320, pattern=r"^[^@ ]+@[^@ ]+$")]
TotpCode = Annotated[str, Field(min_length=6, max_length=6, pattern=r"^[0-9]{6}$")]
DeviceName = Annotated[str, Field(min_length=1, max_length=100)]
Token = Annotated[str, Field(min_length=16, max_length=200)]


class Strict(BaseModel):
    """Unknown fields are refused, so typos never silently drop a security option."""

    model_config = ConfigDict(extra="forbid")


class KdfParams(Strict):
    """Argon2id parameters the device uses to derive its master key and auth secret."""

    algorithm: Literal["argon2id"] = "argon2id"
    salt: Salt  # type: ignore[valid-type]
    memory_kib: int = Field(ge=MIN_CLIENT_KDF_MEMORY_KIB, le=4 * 1024 * 1024)
    iterations: int = Field(ge=MIN_CLIENT_KDF_ITERATIONS, le=100)
    parallelism: int = Field(ge=1, le=16)


class ParamsRequest(Strict):
    """Ask for an account's KDF parameters."""

    email: Email


class RegisterRequest(Strict):
    """Create an account; the server receives only derived material."""

    email: Email
    auth_secret: AuthSecret  # type: ignore[valid-type]
    kdf: KdfParams
    wrapped_account_key: WrappedKey  # type: ignore[valid-type]


class RegisterResponse(BaseModel):
    """The new account's id."""

    account_id: str


class LoginRequest(Strict):
    """Sign in with the auth secret, plus a TOTP or recovery code when 2FA is on."""

    email: Email
    auth_secret: AuthSecret  # type: ignore[valid-type]
    totp_code: TotpCode | None = None
    recovery_code: Annotated[str, Field(max_length=40)] | None = None
    device_name: DeviceName = "device"
    device_token: Token | None = None


class TokenResponse(BaseModel):
    """Tokens and the wrapped account key for a new session."""

    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth token type name
    expires_in: int
    session_id: str
    device_token: str
    wrapped_account_key: WrappedKey  # type: ignore[valid-type]
    account_key_generation: int = 0
    kdf: KdfParams


class RefreshRequest(Strict):
    """Exchange a refresh token (once)."""

    refresh_token: Token


class RefreshResponse(BaseModel):
    """The rotated pair."""

    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth token type name
    expires_in: int


class TotpEnrolResponse(BaseModel):
    """A pending TOTP secret; it becomes active once a code from it is confirmed."""

    secret: str
    otpauth_uri: str


class TotpCodeRequest(Strict):
    """A current TOTP code."""

    code: TotpCode


class RecoveryCodesResponse(BaseModel):
    """Ten one-time codes, shown once."""

    recovery_codes: list[str]


class PasswordChangeRequest(Strict):
    """New derived material after a password change on the device."""

    current_auth_secret: AuthSecret  # type: ignore[valid-type]
    new_auth_secret: AuthSecret  # type: ignore[valid-type]
    kdf: KdfParams
    wrapped_account_key: WrappedKey  # type: ignore[valid-type]
    # The generation of the key being wrapped (older clients send none: they never rotate).
    account_key_generation: int = Field(default=0, ge=0, le=2**31)
    end_other_sessions: bool = False


class AccountDeleteRequest(Strict):
    """Re-authentication for account deletion."""

    auth_secret: AuthSecret  # type: ignore[valid-type]
    totp_code: TotpCode | None = None


class AccountResponse(BaseModel):
    """What the account looks like to its owner."""

    id: str
    email: str
    require_2fa: bool
    created_at: datetime


class DeviceResponse(BaseModel):
    """A signed-in device."""

    id: str
    name: str
    created_at: datetime
    last_used_at: datetime
    current: bool


class ErrorResponse(BaseModel):
    """A refusal: ``detail`` is a stable machine-readable code."""

    detail: str


class AuditEventResponse(BaseModel):
    """One audit event."""

    action: str
    object_id: str | None
    at: datetime
