"""Deleting a client rotates the account key: an old server backup no longer opens for devices.

The "old backup" is a copy of the server's database and blobs taken before the deletion. The
positive control shows the devices could read the client's items in it before; afterwards
nothing any device holds (every client key, every key-sized value in its settings) opens them.
"""

from __future__ import annotations

import base64
import secrets
from pathlib import Path

from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.sync.account import SignedInAccount, change_password, login_account
from tenor_desktop.sync.api_client import SyncApiClient
from tenor_desktop.sync.device_account import DeviceAccountStore
from tenor_desktop.vault.repositories.clients import ClientRepository
from tenor_desktop.vault.repositories.sessions import SessionRepository
from tenor_desktop.vault.vault import Vault
from tests.server.live_server import LiveServer
from tests.sync.server_backup import back_up, key_material, readable
from tests.sync.vault_devices import (
    ACCOUNT_PASSWORD,
    VAULT_PASSPHRASE,
    add_client,
    record_session,
    vault_device,
)
from tests.vault.forensics import decrypt_vault_database, raw_vault_key


def test_a_deleted_client_in_an_old_backup_opens_for_no_device(
    sqlite_server: LiveServer, tmp_path: Path
) -> None:
    email = f"shred{secrets.token_hex(3)}@example.org"
    a = vault_device(tmp_path / "a", sqlite_server.base_url, email, register=True)
    b = vault_device(tmp_path / "b", sqlite_server.base_url, email)
    try:
        kept = add_client(a.vault, "Client kept")
        deleted = add_client(a.vault, "Client deleted")
        kept_session, _, _ = record_session(a.vault, kept, ["kept " * 1200, "more"])
        gone_session, _, gone_note = record_session(a.vault, deleted, ["gone " * 1200, "x"])
        a.engine.sync()
        b.engine.sync()
        kept_key_id = ClientRepository(a.vault).data_key(kept)[0]
        deleted_key_id = ClientRepository(a.vault).data_key(deleted)[0]

        backup = back_up(sqlite_server, tmp_path / "old-backup")
        expected = {
            f"{deleted}.key",
            deleted,
            gone_session,
            f"{gone_session}.transcript",
            gone_note,
        }
        for device in (a, b):  # positive control: before the deletion the backup opens
            assert readable(backup, key_material(device.vault), deleted, deleted_key_id) == expected

        old_key = DeviceAccountStore(a.vault).load().account_key  # type: ignore[union-attr]
        assert _vault_pages_contain(a.vault, old_key)  # the page check can see it when it is there
        DeletionService(a.vault).delete_client(deleted)
        report = a.engine.sync()
        assert report.account_key_rotated
        assert b.engine.sync().account_key_followed

        for device in (a, b):
            held = key_material(device.vault)
            assert readable(backup, held, deleted, deleted_key_id) == set()
            # The client that stays is still readable where its own key is (it was not
            # deleted), and the devices keep syncing it under the new account key.
            assert f"{kept_session}.transcript" in readable(backup, held, kept, kept_key_id)
            assert DeviceAccountStore(device.vault).load().account_key_generation == 1  # type: ignore[union-attr]
            # Not even a stale page or WAL frame of the vault keeps the old account key.
            assert not _vault_pages_contain(device.vault, old_key)
        SessionRepository(a.vault).set_risk_flags(kept_session, ["other"])
        a.engine.sync()
        b.engine.sync()
        assert SessionRepository(b.vault).get(kept_session).risk_flags == ("other",)

        # A device signing in afterwards follows the link and ends up holding only the new key.
        c = vault_device(tmp_path / "c", sqlite_server.base_url, email)
        try:
            assert c.engine.sync().account_key_followed
            assert SessionRepository(c.vault).get(kept_session).client_id == kept
            assert readable(backup, key_material(c.vault), deleted, deleted_key_id) == set()
        finally:
            c.close()
    finally:
        a.close()
        b.close()


def _vault_pages_contain(vault: Vault, key: bytes) -> bool:
    raw = raw_vault_key(vault.directory, VAULT_PASSPHRASE)
    pages = decrypt_vault_database(vault.directory / "vault.db", raw)
    encoded = base64.b64encode(key)
    needles = (key, encoded, encoded[:16], encoded[-16:])
    return any(needle in page.plaintext for page in pages for needle in needles)


def test_a_password_change_wraps_the_current_generation(
    sqlite_server: LiveServer, tmp_path: Path
) -> None:
    email = f"shredpw{secrets.token_hex(3)}@example.org"
    a = vault_device(tmp_path / "a", sqlite_server.base_url, email, register=True)
    try:
        deleted = add_client(a.vault, "Client deleted")
        record_session(a.vault, deleted, ["one"])
        a.engine.sync()
        DeletionService(a.vault).delete_client(deleted)
        assert a.engine.sync().account_key_rotated
        stored = DeviceAccountStore(a.vault).load()
        assert stored is not None and stored.account_key_generation == 1
        account = SignedInAccount(
            email, stored.account_key, stored.credentials, stored.account_key_generation
        )
        change_password(
            a.api, account, ACCOUNT_PASSWORD, "a new password", end_other_sessions=False
        )
        api = SyncApiClient(sqlite_server.base_url)
        try:
            again = login_account(api, email, "a new password", device_name="d")
        finally:
            api.close()
        assert (again.account_key, again.account_key_generation) == (stored.account_key, 1)
    finally:
        a.close()
