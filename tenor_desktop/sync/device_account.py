"""Where a device keeps its sync sign-in: inside the encrypted vault's settings.

The account key and tokens live only in the vault (SQLCipher), never in a plain file. The
bookkeeping file ``sync-state.db`` next to the vault holds ids, versions and ciphertext only.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tenor_desktop.sync.account import SignedInAccount
from tenor_desktop.sync.api_client import Credentials
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
        )

    def save(self, server: str, account: SignedInAccount) -> None:
        """Persist a fresh sign-in."""
        self._save(server, account.email, account.account_key, account.credentials)

    def save_credentials(self, stored: StoredAccount, credentials: Credentials) -> None:
        """Persist rotated tokens after a sync."""
        self._save(stored.server, stored.email, stored.account_key, credentials)

    def device_token(self) -> str | None:
        """This device's token from an earlier sign-in (exempts it from login throttling)."""
        token = self._settings.get(_DEVICE_TOKEN_SETTING, None)
        return str(token) if token else None

    def forget(self) -> None:
        """Sign out locally: drop the account key, tokens and sync bookkeeping."""
        self._settings.delete(_ACCOUNT_SETTING)
        self.state_path.unlink(missing_ok=True)

    def _save(self, server: str, email: str, account_key: bytes, credentials: Credentials) -> None:
        self._settings.set(
            _ACCOUNT_SETTING,
            {
                "server": server,
                "email": email,
                "account_key": base64.b64encode(account_key).decode(),
                "access_token": credentials.access_token,
                "refresh_token": credentials.refresh_token,
                "device_token": credentials.device_token,
                "session_id": credentials.session_id,
            },
        )
        if credentials.device_token:
            self._settings.set(_DEVICE_TOKEN_SETTING, credentials.device_token)
