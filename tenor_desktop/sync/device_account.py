"""Where a device keeps its sync sign-in: inside the encrypted vault's settings.

The account key and tokens live only in the vault (SQLCipher), never in a plain file. The
bookkeeping file ``sync-state.db`` next to the vault holds ids, versions and ciphertext only.

``VaultKeyring`` is the engine's view of the same setting: the current account key generation,
a rotation in flight, and the fingerprint key. A rotation replaces the stored key in place
(the vault runs with ``secure_delete``) and checkpoints the WAL so no older page keeps it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tenor_desktop.sync.account import SignedInAccount
from tenor_desktop.sync.api_client import Credentials
from tenor_desktop.sync.errors import AuthenticationFailed
from tenor_desktop.sync.kdf import fingerprint_key
from tenor_desktop.sync.keyring import AccountKey
from tenor_desktop.vault.repositories.settings import SettingsRepository
from tenor_desktop.vault.vault import SYNC_STATE_NAME, Vault

_ACCOUNT_SETTING = "sync.account"
_DEVICE_TOKEN_SETTING = "sync.device_token"  # noqa: S105 - a settings key name
STATE_FILE_NAME = SYNC_STATE_NAME


@dataclass(frozen=True)
class StoredAccount:
    """A signed-in account as persisted on this device."""

    server: str
    email: str
    account_key: bytes
    credentials: Credentials
    account_key_generation: int = 0


class DeviceAccountStore:
    """Load and save the device's sync account in the vault."""

    def __init__(self, vault: Vault) -> None:
        self._settings = SettingsRepository(vault)
        self.state_path: Path = vault.directory / STATE_FILE_NAME

    def load(self) -> StoredAccount | None:
        """The signed-in account, or None."""
        body: dict[str, Any] | None = self._settings.get(_ACCOUNT_SETTING, None)
        if not body:
            return None
        return StoredAccount(
            server=body["server"],
            email=body["email"],
            account_key=base64.b64decode(body["account_key"]),
            credentials=Credentials(
                body["access_token"],
                body["refresh_token"],
                body.get("device_token", ""),
                body.get("session_id", ""),
            ),
            account_key_generation=int(body.get("account_key_generation", 0)),
        )

    def save(self, server: str, account: SignedInAccount) -> None:
        """Persist a fresh sign-in."""
        self._settings.set(
            _ACCOUNT_SETTING,
            {
                "server": server,
                "email": account.email,
                "account_key": _b64(account.account_key),
                "account_key_generation": account.account_key_generation,
                "fingerprint_key": _b64(fingerprint_key(account.account_key)),
                **_token_fields(account.credentials),
            },
        )
        if account.credentials.device_token:
            self._settings.set(_DEVICE_TOKEN_SETTING, account.credentials.device_token)

    def save_credentials(self, stored: StoredAccount, credentials: Credentials) -> None:
        """Persist rotated tokens after a sync (the account key as stored is left alone).

        ``stored`` may be older than a key rotation made since it was loaded; only the tokens
        are taken from the caller, so an old account key is never written back.
        """
        del stored  # kept for callers; the vault's copy is the truth
        self.update(_token_fields(credentials))
        if credentials.device_token:
            self._settings.set(_DEVICE_TOKEN_SETTING, credentials.device_token)

    def raw(self) -> dict[str, Any]:
        """The stored setting (vault package and the keyring only)."""
        body: dict[str, Any] | None = self._settings.get(_ACCOUNT_SETTING, None)
        if not body:
            raise AuthenticationFailed("This device is not signed in to a sync account.")
        return body

    def update(self, fields: dict[str, Any]) -> None:
        """Replace some fields of the stored setting (None removes a field)."""
        body = {**self.raw(), **fields}
        self._settings.set(_ACCOUNT_SETTING, {k: v for k, v in body.items() if v is not None})

    def device_token(self) -> str | None:
        """This device's token from an earlier sign-in (exempts it from login throttling)."""
        token = self._settings.get(_DEVICE_TOKEN_SETTING, None)
        return str(token) if token else None

    def forget(self) -> None:
        """Sign out locally: drop the account key, tokens and sync bookkeeping."""
        self._settings.delete(_ACCOUNT_SETTING)
        self.state_path.unlink(missing_ok=True)


class VaultKeyring:
    """The engine's ``AccountKeyring`` over the vault's sync-account setting."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._accounts = DeviceAccountStore(vault)

    def current(self) -> AccountKey:
        """The current generation."""
        body = self._accounts.raw()
        return AccountKey(
            int(body.get("account_key_generation", 0)), base64.b64decode(body["account_key"])
        )

    def pending(self) -> AccountKey | None:
        """The rotation in flight, if any."""
        body = self._accounts.raw()
        if "pending_account_key" not in body:
            return None
        return AccountKey(
            int(body["pending_account_key_generation"]),
            base64.b64decode(body["pending_account_key"]),
        )

    def set_pending(self, key: AccountKey | None) -> None:
        """Keep (or drop) a rotation before it is sent."""
        self._accounts.update(
            {
                "pending_account_key": _b64(key.key) if key is not None else None,
                "pending_account_key_generation": key.generation if key is not None else None,
            }
        )
        if key is None:
            self._vault.checkpoint()

    def promote(self, key: AccountKey) -> None:
        """Store ``key`` as the account key; the older key is overwritten, not kept."""
        self.fingerprint_key()  # pin it before the key it was derived from goes
        self._accounts.update(
            {
                "account_key": _b64(key.key),
                "account_key_generation": key.generation,
                "pending_account_key": None,
                "pending_account_key_generation": None,
            }
        )
        # Older page images of the setting (with the old key) must not linger in the WAL.
        self._vault.checkpoint()

    def fingerprint_key(self) -> bytes:
        """Fixed at sign-in; vaults signed in before rotation existed derive it once here."""
        body = self._accounts.raw()
        if "fingerprint_key" in body:
            return base64.b64decode(body["fingerprint_key"])
        derived = fingerprint_key(base64.b64decode(body["account_key"]))
        self._accounts.update({"fingerprint_key": _b64(derived)})
        return derived


def _token_fields(credentials: Credentials) -> dict[str, Any]:
    return {
        "access_token": credentials.access_token,
        "refresh_token": credentials.refresh_token,
        "device_token": credentials.device_token,
        "session_id": credentials.session_id,
    }


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()
