"""CLI: ``tenor --vault DIR account register|login|logout|delete`` and ``tenor --vault DIR sync``.

The account password comes from ``TENOR_ACCOUNT_PASSWORD`` or a prompt, a TOTP code from
``TENOR_TOTP`` or a prompt (only when the account asks for one). The vault passphrase comes from
``TENOR_PASSPHRASE`` as for every vault command. ``account delete`` removes every server row and
blob of the account, then the local vault.
"""

from __future__ import annotations

import argparse
import getpass
import os
import platform
from typing import Any

from tenor_desktop.cli.vault_commands import unlocked
from tenor_desktop.core.errors import ValidationError
from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.sync.account import delete_account, login_account, register_account
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.device_account import DeviceAccountStore
from tenor_desktop.sync.engine import SyncEngine
from tenor_desktop.sync.errors import SecondFactorRequired
from tenor_desktop.sync.sync_state import SyncState
from tenor_desktop.sync.vault_store import VaultLocalStore

PASSWORD_ENV = "TENOR_ACCOUNT_PASSWORD"  # noqa: S105 - a variable name
TOTP_ENV = "TENOR_TOTP"


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add this module's subcommands; each sets ``handler`` to a function(args) -> exit code."""
    account = subparsers.add_parser("account", help="sync account: register, login, logout, delete")
    account.add_argument("action", choices=("register", "login", "logout", "delete"))
    account.add_argument("--server", metavar="URL", help="sync server, e.g. https://sync.example")
    account.add_argument("--email", metavar="EMAIL")
    account.set_defaults(handler=run_account)
    sync = subparsers.add_parser("sync", help="synchronise the vault with the sync server")
    sync.set_defaults(handler=run_sync)


def run_account(args: argparse.Namespace) -> int:
    """Dispatch one account action."""
    with unlocked(args) as service:
        store = DeviceAccountStore(service.vault)
        if args.action == "logout":
            stored = store.load()
            if stored is not None:
                api = SyncApiClient(stored.server, credentials=stored.credentials)
                try:
                    api.logout()
                finally:
                    api.close()
            store.forget()
            print("Signed out; this device no longer syncs.")
            return 0
        server, email = _required(args)
        api = SyncApiClient(server)
        try:
            if args.action == "register":
                password = _password(confirm=True)
                signed_in = register_account(api, email, password, device_name=_device_name())
                store.forget()
                store.save(server, signed_in)
                print("Account registered; this device is signed in.")
                return 0
            if args.action == "login":
                signed_in = _login(api, store, email)
                store.forget()  # a different account must not inherit sync bookkeeping
                store.save(server, signed_in)
                print("Signed in; run `tenor sync` to synchronise.")
                return 0
            # delete: server first (everything of the account), then the local vault.
            password = _password()
            signed_in = _login(api, store, email, password=password)
            delete_account(api, email, password, totp_code=os.environ.get(TOTP_ENV) or None)
            store.forget()
        finally:
            api.close()
        DeletionService(service.vault).delete_account()
    print("Account deleted on the server, and the local vault removed.")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    """One sync round; prints what moved."""
    with unlocked(args) as service:
        store = DeviceAccountStore(service.vault)
        stored = store.load()
        if stored is None:
            raise ValidationError("This vault is not signed in: run `tenor account login` first.")
        api = SyncApiClient(stored.server, credentials=stored.credentials)
        state = SyncState(store.state_path)
        try:
            engine = SyncEngine(api, VaultLocalStore(service.vault), state, stored.account_key)
            try:
                report = engine.sync()
            finally:
                if api.credentials is not None:
                    store.save_credentials(stored, api.credentials)
        finally:
            state.close()
            api.close()
    print(
        f"Synced: {report.pulled} received, {report.pushed} sent,"
        f" {report.deleted_locally} deleted, {report.conflict_copies} conflict copies kept"
        + (" (full resync)" if report.full_resync else "")
        + (" (account key rotated after a client deletion)" if report.account_key_rotated else "")
        + (" (moved to the account's new key)" if report.account_key_followed else "")
    )
    return 0


def _login(
    api: SyncApiClient, store: DeviceAccountStore, email: str, *, password: str | None = None
) -> Any:
    password = password or _password()
    device_token = store.device_token()
    code = os.environ.get(TOTP_ENV) or None
    try:
        return login_account(
            api,
            email,
            password,
            device_name=_device_name(),
            totp_code=code,
            device_token=device_token,
        )
    except SecondFactorRequired:
        if code:
            raise
        code = _prompt("Authenticator code: ")
        return login_account(
            api,
            email,
            password,
            device_name=_device_name(),
            totp_code=code,
            device_token=device_token,
        )


def _required(args: argparse.Namespace) -> tuple[str, str]:
    if not args.server or not args.email:
        raise ValidationError("Give --server URL and --email EMAIL.")
    server = str(args.server).rstrip("/")
    if not server.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise ValidationError("The sync server must use https:// (http only on this computer).")
    return server, str(args.email)


def _password(*, confirm: bool = False) -> str:
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    first = _prompt("Account password: ", secret=True)
    if confirm and _prompt("Repeat the password: ", secret=True) != first:
        raise ValidationError("The two passwords differ; nothing was registered.")
    return first


def _prompt(question: str, *, secret: bool = False) -> str:
    try:
        return getpass.getpass(question) if secret else input(question)
    except EOFError:
        raise ValidationError(
            f"No input: set {PASSWORD_ENV} / {TOTP_ENV} or run the command in a terminal."
        ) from None


def _device_name() -> str:
    return (platform.node() or "device")[:100]
