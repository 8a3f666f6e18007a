"""The forensic page decryptor proves itself on databases made by the real SQLCipher library.

If these fail, every "canary absent" assertion elsewhere is worthless, so they check that the
tool authenticates every page, rejects a wrong key, and finds data SQLite no longer shows.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3

from tests.vault import forensics


def new_canary() -> str:
    """A unique lowercase alphanumeric marker that FTS5 keeps as a single term."""
    return forensics.new_canary()


def _open(path: Path, key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


@pytest.fixture
def key() -> bytes:
    """A raw 32-byte SQLCipher key."""
    return secrets.token_bytes(32)


@pytest.fixture
def database(tmp_path: Path, key: bytes) -> Iterator[tuple[Path, sqlcipher3.Connection]]:
    """An encrypted database with a table, open with secure_delete off (the worst case)."""
    path = tmp_path / "probe.db"
    connection = _open(path, key)
    connection.execute("PRAGMA secure_delete = OFF")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    yield path, connection
    connection.close()


def test_every_page_authenticates_and_page_one_is_a_sqlite_header(
    database: tuple[Path, sqlcipher3.Connection], key: bytes
) -> None:
    path, connection = database
    connection.executemany("INSERT INTO t (body) VALUES (?)", [("x" * 3000,)] * 20)
    pages = forensics.decrypt_database_pages(path, key)
    page_count = connection.execute("PRAGMA page_count").fetchone()[0]
    assert len(pages) == page_count > 10
    header = pages[0].plaintext  # page 1 without its 16-byte salt: header byte 16 is at 0
    assert int.from_bytes(header[0:2], "big") == forensics.PAGE_SIZE
    assert header[20 - 16] == forensics.RESERVE
    assert path.read_bytes()[:16] == forensics.read_salt(path)


def test_a_wrong_key_is_rejected_not_read_as_noise(
    database: tuple[Path, sqlcipher3.Connection],
) -> None:
    path, _ = database
    with pytest.raises(forensics.ForensicFormatError):
        forensics.decrypt_database_pages(path, secrets.token_bytes(32))


def test_plaintext_is_visible_decrypted_and_absent_from_the_raw_file(
    database: tuple[Path, sqlcipher3.Connection], key: bytes
) -> None:
    path, connection = database
    canary = new_canary()
    connection.execute("INSERT INTO t (body) VALUES (?)", (f"said {canary} today",))
    pages = forensics.decrypt_database_pages(path, key)
    assert forensics.pages_containing(pages, canary)
    assert forensics.raw_files_containing([path], canary) == []


def test_deleted_rows_on_free_pages_are_still_found(
    database: tuple[Path, sqlcipher3.Connection], key: bytes
) -> None:
    path, connection = database
    canary = new_canary()
    connection.executemany("INSERT INTO t (body) VALUES (?)", [(f"{canary} " + "pad " * 900,)] * 30)
    connection.execute("DELETE FROM t")
    assert connection.execute("PRAGMA freelist_count").fetchone()[0] > 0
    assert connection.execute("SELECT count(*) FROM t").fetchone()[0] == 0
    found = forensics.pages_containing(forensics.decrypt_database_pages(path, key), canary)
    assert len(found) >= 10  # SQL sees nothing; the decrypted free pages still hold the text


def test_secure_delete_zeroes_what_the_tool_would_find(
    database: tuple[Path, sqlcipher3.Connection], key: bytes
) -> None:
    path, connection = database
    connection.execute("PRAGMA secure_delete = ON")
    canary = new_canary()
    connection.executemany("INSERT INTO t (body) VALUES (?)", [(f"{canary} " + "pad " * 900,)] * 30)
    assert forensics.pages_containing(forensics.decrypt_database_pages(path, key), canary)
    connection.execute("DELETE FROM t")
    assert forensics.pages_containing(forensics.decrypt_database_pages(path, key), canary) == []


def test_wal_frames_are_decrypted(database: tuple[Path, sqlcipher3.Connection], key: bytes) -> None:
    path, connection = database
    connection.execute("PRAGMA journal_mode = WAL")
    canary = new_canary()
    connection.execute("INSERT INTO t (body) VALUES (?)", (canary,))
    pages = forensics.decrypt_vault_database(path, key)
    sources = {page.source for page in forensics.pages_containing(pages, canary)}
    assert "wal" in sources
    wal = Path(f"{path}-wal")
    assert forensics.raw_files_containing([wal], canary) == []


def test_rollback_journal_records_are_decrypted(
    database: tuple[Path, sqlcipher3.Connection], key: bytes
) -> None:
    path, connection = database
    connection.execute("PRAGMA journal_mode = PERSIST")  # keeps old page images after commit
    canary = new_canary()
    connection.execute("INSERT INTO t (body) VALUES (?)", (canary,))
    connection.execute("UPDATE t SET body = 'replaced'")
    pages = forensics.decrypt_vault_database(path, key)
    found = forensics.pages_containing(pages, canary)
    assert {page.source for page in found} == {"journal"}


def test_fts5_terms_are_found_in_index_pages(
    database: tuple[Path, sqlcipher3.Connection], key: bytes
) -> None:
    path, connection = database
    connection.execute("CREATE VIRTUAL TABLE f USING fts5(body, content='')")  # index only
    canary = new_canary()
    connection.execute("INSERT INTO f (rowid, body) VALUES (1, ?)", (f"Said {canary}.",))
    found = forensics.pages_containing(forensics.decrypt_database_pages(path, key), canary)
    assert found, "a contentless FTS5 index must still reveal the term to the page reader"


def test_canaries_must_be_single_fts_terms() -> None:
    with pytest.raises(ValueError, match="canary"):
        forensics.canary_needles("has-hyphens-and-UPPER")
