"""This device's sync account, for the desktop UI: sign in or register, two-factor, sign out.

The account key and tokens are kept only in the vault (``DeviceAccountStore``). Every call
talks to the server synchronously: run it off the UI thread.
"""

from __future__ import annotations

import httpx

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.sync.account import login_account, register_account
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.device_account import DeviceAccountStore, StoredAccount
from tenor_desktop.vault.vault import Vault


class SyncAccountService:
    """Sign-in state of one vault; ``transport`` lets tests reach a loopback server."""

    def __init__(
        self,
        vault: Vault,
        *,
        device_name: str,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
    ) -> None:
        self._store = DeviceAccountStore(vault)
        self._device_name = device_name
        self._transport = transport
        self._timeout = timeout

    def current(self) -> StoredAccount | None:
        """The signed-in account, if any."""
        return self._store.load()

    def sign_in(
        self,
        server: str,
        email: str,
        password: str,
        *,
        create: bool = False,
        totp_code: str | None = None,
    ) -> StoredAccount:
        """Register (``create``) or sign in, and keep the account in the vault."""
        server, email = server.strip().rstrip("/"), email.strip()
        if not server.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ValidationError("The sync server address must start with https://.")
        if "@" not in email or not password:
            raise ValidationError("Enter the account's email address and password.")
        api = self._api(server)
        try:
            if create:
                signed_in = register_account(api, email, password, device_name=self._device_name)
            else:
                signed_in = login_account(
                    api,
                    email,
                    password,
                    device_name=self._device_name,
                    totp_code=totp_code or None,
                    device_token=self._store.device_token(),
                )
        finally:
            api.close()
        self._store.forget()  # another account must not inherit this one's sync bookkeeping
        self._store.save(server, signed_in)
        stored = self._store.load()
        assert stored is not None  # noqa: S101 (just saved)
        return stored

    def start_two_factor(self) -> str:
        """Begin TOTP enrolment; returns the otpauth:// URI to show as a QR code."""
        stored, api = self._signed_in()
        try:
            _secret, uri = api.enrol_totp()
            return uri
        finally:
            self._keep_credentials(stored, api)

    def confirm_two_factor(self, code: str) -> list[str]:
        """Finish enrolment with the first code; returns the recovery codes to write down."""
        stored, api = self._signed_in()
        try:
            return api.confirm_totp(code)
        finally:
            self._keep_credentials(stored, api)

    def sign_out(self) -> None:
        """End this device's session on the server (best effort) and forget the account."""
        stored = self._store.load()
        if stored is not None:
            api = self._api(stored.server, stored)
            try:
                api.logout()
            except Exception:  # noqa: S110 (offline sign-out still forgets the account locally)
                pass
            finally:
                api.close()
        self._store.forget()

    def _signed_in(self) -> tuple[StoredAccount, SyncApiClient]:
        stored = self._store.load()
        if stored is None:
            raise ValidationError("Sign in to sync first.")
        return stored, self._api(stored.server, stored)

    def _keep_credentials(self, stored: StoredAccount, api: SyncApiClient) -> None:
        try:
            if api.credentials is not None and api.credentials != stored.credentials:
                self._store.save_credentials(stored, api.credentials)
        finally:
            api.close()

    def _api(self, server: str, stored: StoredAccount | None = None) -> SyncApiClient:
        return SyncApiClient(
            server,
            transport=self._transport,
            timeout=self._timeout,
            credentials=stored.credentials if stored is not None else None,
        )
