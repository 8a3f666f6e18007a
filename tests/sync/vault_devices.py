"""Devices backed by real SQLCipher vaults (the app's store), signed in to one account."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tenor_desktop.core.models import NoteSection
from tenor_desktop.sync.account import login_account, register_account
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.device_account import DeviceAccountStore
from tenor_desktop.sync.engine import SyncEngine
from tenor_desktop.sync.sync_state import SyncState
from tenor_desktop.sync.vault_store import VaultLocalStore
from tenor_desktop.vault.repositories.clients import ClientRepository
from tenor_desktop.vault.repositories.notes import NoteRepository
from tenor_desktop.vault.repositories.segments import SegmentRepository
from tenor_desktop.vault.repositories.sessions import SessionRepository
from tenor_desktop.vault.vault import Vault

VAULT_PASSPHRASE = "vault passphrase for sync tests"
ACCOUNT_PASSWORD = "account password for sync tests"


@dataclass
class VaultDevice:
    """One device: its vault, bookkeeping, API client and engine."""

    name: str
    vault: Vault
    store: VaultLocalStore
    state: SyncState
    api: SyncApiClient
    engine: SyncEngine

    def close(self) -> None:
        """Close the client, the bookkeeping and lock the vault."""
        self.api.close()
        self.state.close()
        self.vault.lock()


def vault_device(
    directory: Path,
    base_url: str,
    email: str,
    *,
    register: bool = False,
    store_class: type[VaultLocalStore] = VaultLocalStore,
) -> VaultDevice:
    """A new vault in ``directory`` signed in to ``email`` (registering it first if asked)."""
    vault = Vault.create(directory, VAULT_PASSPHRASE)
    api = SyncApiClient(base_url, timeout=10.0)
    name = directory.name
    if register:
        signed_in = register_account(api, email, ACCOUNT_PASSWORD, device_name=name)
    else:
        signed_in = login_account(api, email, ACCOUNT_PASSWORD, device_name=name)
    accounts = DeviceAccountStore(vault)
    accounts.save(base_url, signed_in)
    stored = accounts.load()
    assert stored is not None
    state = SyncState(accounts.state_path)
    store = store_class(vault)
    engine = SyncEngine(api, store, state, stored.account_key, batch_size=50)
    return VaultDevice(name, vault, store, state, api, engine)


@contextmanager
def two_vault_devices(
    tmp_path: Path, base_url: str, *, store_class: type[VaultLocalStore] = VaultLocalStore
) -> Iterator[tuple[VaultDevice, VaultDevice]]:
    """Devices "a" (registers a fresh account) and "b" (signs in to it), closed afterwards."""
    email = f"vault{secrets.token_hex(3)}@example.org"
    a = vault_device(tmp_path / "a", base_url, email, register=True, store_class=store_class)
    try:
        b = vault_device(tmp_path / "b", base_url, email, store_class=store_class)
        try:
            yield a, b
        finally:
            b.close()
    finally:
        a.close()


def record_session(vault: Vault, client_id: str, lines: list[str]) -> tuple[str, list[int], str]:
    """A session with one segment per line and a note citing every segment.

    Returns (session id, segment ids, note id).
    """
    session = SessionRepository(vault).create(client_id, started_at=datetime.now(UTC))
    segments = SegmentRepository(vault)
    ids = [
        segments.append(
            session.id, start_ms=i * 1000, end_ms=i * 1000 + 900, speaker="A", text=line
        ).id
        for i, line in enumerate(lines)
    ]
    note = NoteRepository(vault).save(
        session.id,
        template="soap",
        provider="offline",
        sections=[NoteSection(title="S", text="Summary.", evidence=tuple(ids))],
    )
    return session.id, ids, note.id


def add_client(vault: Vault, pseudonym: str) -> str:
    """A client with its data key; returns its id."""
    return ClientRepository(vault).add(pseudonym).id
