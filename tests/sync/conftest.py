"""Fixtures: a live server on SQLite/PostgreSQL and devices signed in to one account."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tenor_desktop.sync.account import SignedInAccount, login_account, register_account
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.engine import SyncEngine
from tenor_desktop.sync.memory_store import MemoryLocalStore
from tenor_desktop.sync.sync_state import SyncState
from tests.server.live_server import BACKENDS, LiveServer, cheap_settings, database_url, run_server

PASSWORD = "correct horse battery staple"


@dataclass
class Device:
    """One device: its store, bookkeeping, API client and engine."""

    name: str
    store: MemoryLocalStore
    state: SyncState
    api: SyncApiClient
    engine: SyncEngine


@pytest.fixture(params=BACKENDS)
def sync_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    """A live server per test."""
    with database_url(request.param, tmp_path) as url:
        with run_server(cheap_settings(url, tmp_path)) as server:
            yield server


@pytest.fixture
def sqlite_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A live server on SQLite only, for tests about the device side or the server's files."""
    with database_url("sqlite", tmp_path) as url, run_server(cheap_settings(url, tmp_path)) as live:
        yield live


DeviceFactory = Callable[..., Device]


@pytest.fixture
def make_device(sync_server: LiveServer, tmp_path: Path) -> Iterator[DeviceFactory]:
    """Build devices of one account (the first call registers it)."""
    email = f"clinician{secrets.token_hex(3)}@example.org"
    devices: list[Device] = []
    account: list[SignedInAccount] = []

    def make(name: str | None = None, base_url: str | None = None) -> Device:
        name = name or f"device{len(devices)}"
        api = SyncApiClient(base_url or sync_server.base_url, timeout=5.0)
        if not account:
            signed_in = register_account(api, email, PASSWORD, device_name=name)
            account.append(signed_in)
        else:
            signed_in = login_account(api, email, PASSWORD, device_name=name)
        state = SyncState(tmp_path / f"{name}-state.db")
        store = MemoryLocalStore()
        engine = SyncEngine(api, store, state, signed_in.account_key, batch_size=50)
        device = Device(name, store, state, api, engine)
        devices.append(device)
        return device

    yield make
    for device in devices:
        device.api.close()
        device.state.close()
