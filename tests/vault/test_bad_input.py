"""Corrupt, truncated, newer, key-less and old vaults: a clear error and untouched files."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tenor_desktop.vault import database, keys
from tenor_desktop.vault.errors import (
    KeyHeaderCorrupt,
    KeyHeaderMissing,
    NewerSchema,
    VaultCorrupt,
    VaultError,
    VaultNotFound,
)
from tenor_desktop.vault.repositories import ClientRepository, SegmentRepository, SessionRepository
from tenor_desktop.vault.schema import MIGRATIONS, SCHEMA_VERSION
from tenor_desktop.vault.vault import DB_NAME, KEY_HEADER_NAME, Vault

from .conftest import PASSPHRASE


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file of the directory, byte for byte."""
    return {path.name: path.read_bytes() for path in sorted(directory.iterdir())}


@pytest.fixture
def filled_dir(vault_dir: Path) -> Path:
    """A vault with ~100 pages of transcript, locked."""
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    client = ClientRepository(vault).add("Filled")
    session = SessionRepository(vault).create(client.id, started_at=datetime.now(UTC))
    segments = SegmentRepository(vault)
    with vault.transaction():  # one commit: fast to build
        for index in range(150):
            segments.append(session.id, start_ms=index, end_ms=index, speaker="s", text="w " * 200)
    vault.lock()
    return vault_dir


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "cut_mid_page":
        data = data[: len(data) - 100]
    elif how == "cut_at_page":
        data = data[: 3 * database.PAGE_SIZE]
    elif how == "empty":
        data = bytearray()
    elif how == "flip_page_1":
        data[200] ^= 0x01
    elif how == "flip_late_page":
        data[40 * database.PAGE_SIZE + 123] ^= 0x80
    elif how == "garbage":
        data = bytearray(os.urandom(len(data)))
    elif how == "plain_sqlite":
        data = bytearray(b"SQLite format 3\x00" + bytes(len(data) - 16))
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "how",
    [
        "cut_mid_page",
        "cut_at_page",
        "empty",
        "flip_page_1",
        "flip_late_page",
        "garbage",
        "plain_sqlite",
    ],
)
def test_damaged_database_is_a_clear_error_and_left_alone(filled_dir: Path, how: str) -> None:
    _damage(filled_dir / DB_NAME, how)
    before = snapshot(filled_dir)
    with pytest.raises(VaultCorrupt) as caught:
        vault = Vault.unlock(filled_dir, PASSPHRASE)
        try:  # damage deep in the file may only show when that page is read
            SegmentRepository(vault).list(SessionRepository(vault).list_all()[0].id)
            # The page may belong to any table (segments, a search index): read every page.
            vault.read("PRAGMA quick_check")
        finally:
            vault.lock()
    assert "damaged" in caught.value.message
    assert snapshot(filled_dir) == before


def test_vault_from_a_newer_schema_is_refused_untouched(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    vault.lock()
    before = snapshot(vault_dir)
    with pytest.raises(NewerSchema) as caught:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "newer version of Tenor" in caught.value.message
    assert snapshot(vault_dir) == before


def test_older_vault_is_migrated_and_keeps_its_data(tmp_path: Path) -> None:
    directory = tmp_path / "old"
    directory.mkdir()
    key = keys.new_vault_key()
    keys.write_key_header(directory / KEY_HEADER_NAME, keys.wrap_vault_key(key, PASSPHRASE))
    connection = database.connect(directory / DB_NAME, key, create=True)
    database.configure(connection)
    connection.executescript(f"BEGIN; {MIGRATIONS[0]} PRAGMA user_version = 1; COMMIT;")
    connection.execute(
        "INSERT INTO clients(id, pseudonym, created_at, updated_at) VALUES (?, ?, ?, ?)",
        ("cl_old", "Old Timer", "2025-01-01T00:00:00+00:00", "2025-01-01T00:00:00+00:00"),
    )
    connection.close()
    vault = Vault.unlock(directory, PASSPHRASE)
    try:
        assert vault.schema_version() == SCHEMA_VERSION
        assert vault.read("SELECT count(*) FROM secrets")[0][0] == 0  # migration 2 ran
        assert ClientRepository(vault).get("cl_old").pseudonym == "Old Timer"
    finally:
        vault.lock()


def test_missing_key_header(vault_dir: Path) -> None:
    (vault_dir / KEY_HEADER_NAME).unlink()
    before = snapshot(vault_dir)
    with pytest.raises(KeyHeaderMissing) as caught:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "key file is missing" in caught.value.message
    assert snapshot(vault_dir) == before


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b'{"format": "something-else", "version": 1}',
        b"\xff\xfe binary",
    ],
)
def test_corrupt_key_header(vault_dir: Path, content: bytes) -> None:
    (vault_dir / KEY_HEADER_NAME).write_bytes(content)
    before = snapshot(vault_dir)
    with pytest.raises(KeyHeaderCorrupt):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert snapshot(vault_dir) == before


def test_weakened_kdf_parameters_are_refused(vault_dir: Path) -> None:
    path = vault_dir / KEY_HEADER_NAME
    document = json.loads(path.read_text())
    document["kdf"]["memory_kib"] = 1024
    path.write_text(json.dumps(document))
    with pytest.raises(KeyHeaderCorrupt):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_missing_database_or_directory(vault_dir: Path, tmp_path: Path) -> None:
    (vault_dir / DB_NAME).unlink()
    with pytest.raises(VaultNotFound) as caught:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "database is missing" in caught.value.message
    assert (vault_dir / KEY_HEADER_NAME).exists()
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "never-created", PASSPHRASE)
    assert not (tmp_path / "never-created").exists()


def test_every_error_message_is_free_of_paths_and_secrets(filled_dir: Path) -> None:
    _damage(filled_dir / DB_NAME, "garbage")
    with pytest.raises(VaultError) as caught:
        Vault.unlock(filled_dir, PASSPHRASE)
    assert str(filled_dir) not in caught.value.message
    assert PASSPHRASE not in caught.value.message
