"""Account-key rotation between in-memory devices: concurrent rotations, offline devices."""

from __future__ import annotations

import secrets
from pathlib import Path

from tenor_desktop.sync.account import SignedInAccount, login_account, register_account
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.engine import SyncEngine
from tenor_desktop.sync.keyring import AccountKey, MemoryKeyring
from tenor_desktop.sync.memory_store import MemoryLocalStore
from tenor_desktop.sync.sync_state import SyncState
from tenor_desktop.sync.wire import RemoteItem
from tests.server.live_server import LiveServer
from tests.sync.conftest import PASSWORD


class RacingApi(SyncApiClient):
    """Can make one pull come back empty: another device's change landed just after it."""

    hide_next_pull = False

    def pull(self, cursor: int, limit: int | None = None) -> tuple[list[RemoteItem], int, bool]:
        if self.hide_next_pull:
            self.hide_next_pull = False
            return [], cursor, False
        return super().pull(cursor, limit)


class KeyedDevice:
    """A memory device whose keyring the test can inspect."""

    def __init__(self, server: LiveServer, tmp_path: Path, name: str, email: str) -> None:
        self.api = RacingApi(server.base_url, timeout=5.0)
        if name == "first":
            signed_in: SignedInAccount = register_account(
                self.api, email, PASSWORD, device_name=name
            )
        else:
            signed_in = login_account(self.api, email, PASSWORD, device_name=name)
        self.keyring = MemoryKeyring(
            AccountKey(signed_in.account_key_generation, signed_in.account_key)
        )
        self.store = MemoryLocalStore()
        self.state = SyncState(tmp_path / f"{name}.db")
        self.engine = SyncEngine(self.api, self.store, self.state, self.keyring, batch_size=50)

    def close(self) -> None:
        self.api.close()
        self.state.close()


def test_two_devices_deleting_clients_at_once_end_on_one_new_key(
    sync_server: LiveServer, tmp_path: Path
) -> None:
    email = f"rotate{secrets.token_hex(3)}@example.org"
    a = KeyedDevice(sync_server, tmp_path, "first", email)
    b = KeyedDevice(sync_server, tmp_path, "second", email)
    try:
        key_1 = a.store.add_client("cli_1")
        key_2 = a.store.add_client("cli_2")
        a.store.add_client("cli_3")
        a.store.put("note_1", "note", key_1, b"one")
        a.store.put("note_2", "note", key_2, b"two")
        a.engine.sync()
        b.engine.sync()
        original = a.keyring.current()
        a.store.delete_client("cli_1")
        b.store.delete_client("cli_2")
        assert a.engine.sync().account_key_rotated
        b.api.hide_next_pull = True  # B pulled just before A's link was committed
        report = b.engine.sync()  # its own link loses the race (409): it follows A's instead
        assert report.account_key_followed and not report.account_key_rotated
        assert b.keyring.current() == a.keyring.current()
        assert b.engine.sync().account_key_rotated  # and rotates again for its own deletion
        assert a.engine.sync().account_key_followed
        for device in (a, b):
            assert device.keyring.current().generation == 2
            assert device.keyring.pending() is None
        assert a.keyring.current() == b.keyring.current() != original
        assert a.store.contents() == b.store.contents()
        assert set(a.store.contents()) == {"cli_3.key"}
        # Both keep syncing under the final key, and a late device catches up from generation 0.
        a.store.put("note_3", "note", a.store.key_id_of("cli_3"), b"three")
        a.engine.sync()
        b.engine.sync()
        late = KeyedDevice(sync_server, tmp_path, "late", email)
        try:
            late.engine.sync()
            assert late.keyring.current() == a.keyring.current()
            assert late.store.contents() == a.store.contents() == b.store.contents()
        finally:
            late.close()
    finally:
        a.close()
        b.close()


def test_an_offline_device_catches_up_and_re_wraps_its_own_new_client(
    sync_server: LiveServer, tmp_path: Path
) -> None:
    email = f"rotate{secrets.token_hex(3)}@example.org"
    a = KeyedDevice(sync_server, tmp_path, "first", email)
    b = KeyedDevice(sync_server, tmp_path, "second", email)
    try:
        a.store.add_client("cli_gone")
        a.engine.sync()
        b.engine.sync()
        key_new = b.store.add_client("cli_new")  # made offline, before B hears of the rotation
        b.store.put("note_new", "note", key_new, b"made offline")
        a.store.delete_client("cli_gone")
        assert a.engine.sync().account_key_rotated
        assert b.engine.sync().account_key_followed  # pushes cli_new under the new key
        a.engine.sync()
        assert a.store.records["note_new"].payload == b"made offline"
        assert a.keyring.current() == b.keyring.current()
    finally:
        a.close()
        b.close()
