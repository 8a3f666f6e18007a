"""Create, unlock, lock and re-key real SQLCipher vaults."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tenor_desktop.core.errors import ValidationError
from tenor_desktop.vault import keys
from tenor_desktop.vault.errors import VaultExists, VaultLocked, WrongPassphrase
from tenor_desktop.vault.schema import SCHEMA_VERSION
from tenor_desktop.vault.vault import DB_NAME, KEY_HEADER_NAME, Vault

from .conftest import PASSPHRASE


def test_create_makes_database_and_header_only(tmp_path: Path) -> None:
    directory = tmp_path / "new" / "vault"
    vault = Vault.create(directory, "a fresh passphrase")
    try:
        assert vault.schema_version() == SCHEMA_VERSION
        names = sorted(path.name for path in vault.files())
        assert DB_NAME in names and KEY_HEADER_NAME in names
        assert not list(tmp_path.joinpath("new").glob(".vault.creating-*"))
    finally:
        vault.lock()
    assert sorted(p.name for p in directory.iterdir()) == [DB_NAME, KEY_HEADER_NAME]
    assert (directory.stat().st_mode & 0o777) == 0o700


def test_header_records_argon2id_parameters(vault_dir: Path) -> None:
    document = json.loads((vault_dir / KEY_HEADER_NAME).read_text())
    assert document["kdf"]["name"] == "argon2id"
    assert document["kdf"]["memory_kib"] >= 64 * 1024
    assert document["kdf"]["iterations"] >= 3
    assert len(keys.read_key_header(vault_dir / KEY_HEADER_NAME).kdf.salt) == 16
    assert document["wrap"]["name"] == "aes-256-gcm"


def test_create_refuses_a_directory_with_data(vault_dir: Path) -> None:
    before = {p.name: p.read_bytes() for p in vault_dir.iterdir()}
    with pytest.raises(VaultExists):
        Vault.create(vault_dir, "another passphrase")
    assert {p.name: p.read_bytes() for p in vault_dir.iterdir()} == before


def test_create_refuses_unrelated_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("someone's file")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path, "passphrase")
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_create_removes_leftovers_of_a_crashed_create(tmp_path: Path) -> None:
    stale = tmp_path / ".vault.creating-0123456789ab"
    stale.mkdir()
    (stale / DB_NAME).write_bytes(b"partial")
    Vault.create(tmp_path / "vault", "passphrase").lock()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vault"]


def test_create_into_an_existing_empty_directory(tmp_path: Path) -> None:
    directory = tmp_path / "empty"
    directory.mkdir()
    Vault.create(directory, "passphrase").lock()
    assert (directory / DB_NAME).exists()


def test_empty_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        Vault.create(tmp_path / "v", "")
    assert not (tmp_path / "v").exists()


def test_unlock_with_right_and_wrong_passphrase(vault_dir: Path) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        Vault.unlock(vault_dir, "not the passphrase")
    assert "not the passphrase" not in str(caught.value)
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    assert vault.read("SELECT count(*) FROM clients")[0][0] == 0
    vault.lock()


def test_pragmas_are_set(vault: Vault) -> None:
    def pragma(name: str) -> str:
        return str(vault.read(f"PRAGMA {name}")[0][0]).lower()

    assert pragma("journal_mode") == "wal"
    assert pragma("secure_delete") == "1"
    assert pragma("foreign_keys") == "1"
    assert pragma("temp_store") == "2"  # MEMORY
    assert pragma("cipher_memory_security") == "1"
    assert pragma("synchronous") == "1"  # NORMAL (see database.py)


def test_lock_closes_and_wipes_key(vault: Vault) -> None:
    key = vault._key
    assert key is not None and any(key)
    vault.lock()
    assert vault.is_locked
    assert bytes(key) == bytes(len(key))
    assert vault._key is None
    with pytest.raises(VaultLocked):
        _ = vault.connection
    with pytest.raises(VaultLocked):
        vault.read("SELECT 1")
    vault.lock()  # idempotent


def test_change_passphrase_rewraps_without_reencrypting(vault: Vault, vault_dir: Path) -> None:
    db_before = (vault_dir / DB_NAME).read_bytes()
    header_before = (vault_dir / KEY_HEADER_NAME).read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.change_passphrase("new passphrase 2", current_passphrase="wrong one")
    assert (vault_dir / KEY_HEADER_NAME).read_bytes() == header_before
    vault.change_passphrase("new passphrase 2", current_passphrase=PASSPHRASE)
    vault.lock()
    assert (vault_dir / DB_NAME).read_bytes()[:16] == db_before[:16]  # same salt: not rekeyed
    assert (vault_dir / KEY_HEADER_NAME).read_bytes() != header_before
    assert not list(vault_dir.glob(".vault.key.*"))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)
    Vault.unlock(vault_dir, "new passphrase 2").lock()


def test_tampered_kdf_parameters_fail_the_tag(vault_dir: Path) -> None:
    path = vault_dir / KEY_HEADER_NAME
    document = json.loads(path.read_text())
    document["kdf"]["iterations"] = 4
    path.write_text(json.dumps(document))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_nested_transactions_roll_back_to_savepoint(vault: Vault) -> None:
    with vault.transaction() as outer:
        outer.execute("INSERT INTO practice_settings(key, value) VALUES ('a', '1')")
        with pytest.raises(RuntimeError), vault.transaction() as inner:
            inner.execute("INSERT INTO practice_settings(key, value) VALUES ('b', '2')")
            raise RuntimeError("inner failure")
    rows = vault.read("SELECT key FROM practice_settings ORDER BY key")
    assert [row[0] for row in rows] == ["a"]


def test_raw_files_never_hold_a_plaintext_canary(vault: Vault, vault_dir: Path) -> None:
    canary = "CANARY-" + os.urandom(8).hex()
    with vault.transaction() as connection:
        connection.execute(
            "INSERT INTO practice_settings(key, value) VALUES (?, ?)", ("c", json.dumps(canary))
        )
    for path in vault.files():  # while open: the WAL holds the fresh page
        assert canary.encode() not in path.read_bytes(), path.name
    vault.checkpoint()
    vault.lock()
    for path in sorted(vault_dir.iterdir()):
        assert canary.encode() not in path.read_bytes(), path.name
    reopened = Vault.unlock(vault_dir, PASSPHRASE)
    assert reopened.read("SELECT value FROM practice_settings WHERE key='c'")[0][0] == (
        json.dumps(canary)
    )
    reopened.lock()
