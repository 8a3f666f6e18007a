"""Account use cases on the device: register, sign in, change password, delete.

The password never leaves this module's stack: Argon2id turns it into a master key (kept here
only long enough to wrap or unwrap the account key) and an auth secret (sent to the server).
"""

from __future__ import annotations

from dataclasses import dataclass

from tenor_desktop.sync.api_client import Credentials, SyncApiClient
from tenor_desktop.sync.envelope import new_key, unwrap_account_key, wrap_account_key
from tenor_desktop.sync.errors import AuthenticationFailed, CryptoError
from tenor_desktop.sync.kdf import KdfParameters, derive_account_secrets


@dataclass(frozen=True)
class SignedInAccount:
    """What a device keeps (in the vault) after signing in."""

    email: str
    account_key: bytes
    credentials: Credentials
    # Which generation ``account_key`` is (see ``keyring.py``); the device follows the server's
    # rotation links from there on its first sync.
    account_key_generation: int = 0


def register_account(
    api: SyncApiClient, email: str, password: str, *, device_name: str
) -> SignedInAccount:
    """Create an account with a fresh account key, then sign this device in."""
    params = KdfParameters.fresh()
    secrets_ = derive_account_secrets(password, params)
    account_key = new_key()
    api.register(
        email, secrets_.auth_secret, params, wrap_account_key(secrets_.master_key, account_key)
    )
    return _login_with(
        api, email, secrets_.auth_secret, secrets_.master_key, device_name=device_name
    )


def login_account(
    api: SyncApiClient,
    email: str,
    password: str,
    *,
    device_name: str,
    totp_code: str | None = None,
    recovery_code: str | None = None,
    device_token: str | None = None,
) -> SignedInAccount:
    """Sign in: the server's KDF parameters are checked against our minimums first."""
    params = api.kdf_parameters(email)
    secrets_ = derive_account_secrets(password, params)
    return _login_with(
        api,
        email,
        secrets_.auth_secret,
        secrets_.master_key,
        device_name=device_name,
        totp_code=totp_code,
        recovery_code=recovery_code,
        device_token=device_token,
    )


def delete_account(
    api: SyncApiClient, email: str, password: str, *, totp_code: str | None = None
) -> None:
    """Delete every server row and blob of the account (re-authenticates with the password)."""
    secrets_ = derive_account_secrets(password, api.kdf_parameters(email))
    api.delete_account(secrets_.auth_secret, totp_code)


def change_password(
    api: SyncApiClient,
    account: SignedInAccount,
    current_password: str,
    new_password: str,
    *,
    end_other_sessions: bool,
) -> None:
    """Re-wrap the (unchanged) account key under a key from the new password and a new salt.

    Items and client keys need no re-encryption: only the wrapping of the account key changes.
    ``end_other_sessions`` signs every other device out (offered to the user after a change).
    ``account`` must hold the *current* account key generation (after rotations, the one in
    the device's keyring): the server then hands that generation to devices signing in.
    """
    current = derive_account_secrets(current_password, api.kdf_parameters(account.email))
    params = KdfParameters.fresh()
    new = derive_account_secrets(new_password, params)
    api.change_password(
        current.auth_secret,
        new.auth_secret,
        params,
        wrap_account_key(new.master_key, account.account_key),
        end_other_sessions=end_other_sessions,
        account_key_generation=account.account_key_generation,
    )


def _login_with(
    api: SyncApiClient,
    email: str,
    auth_secret: bytes,
    master_key: bytes,
    *,
    device_name: str,
    totp_code: str | None = None,
    recovery_code: str | None = None,
    device_token: str | None = None,
) -> SignedInAccount:
    wrapped, generation = api.login_with_generation(
        email,
        auth_secret,
        device_name=device_name,
        totp_code=totp_code,
        recovery_code=recovery_code,
        device_token=device_token,
    )
    try:
        account_key = unwrap_account_key(master_key, wrapped)
    except CryptoError:
        raise AuthenticationFailed(
            "The account key could not be opened with this password."
        ) from None
    assert api.credentials is not None  # noqa: S101 - login stored them
    return SignedInAccount(
        email=email,
        account_key=account_key,
        credentials=api.credentials,
        account_key_generation=generation,
    )
