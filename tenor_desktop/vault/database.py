"""Opening a SQLCipher database with the raw vault key, and translating SQLite errors.

Connection settings, chosen deliberately:
- ``cipher_memory_security = ON``: SQLCipher wipes its own buffers (keys, page cache) on free.
- Raw key (``PRAGMA key = "x'…'"``): no PBKDF2 at open; the passphrase KDF is in ``keys.py``.
  ``cipher_compatibility = 4`` pins the page format (4096-byte pages, HMAC-SHA512, AES-256-CBC).
- ``journal_mode = WAL`` rather than DELETE: one append-only file instead of a rollback journal
  rewritten per commit (the recording service commits every segment), readers never block the
  writer, and a SIGKILL mid-write leaves a WAL that SQLite replays or discards by checksum. WAL
  frames are encrypted like pages; the cost is that old frames hold pre-deletion page images
  until the next checkpoint, so the deletion service calls ``Vault.checkpoint()``
  (``wal_checkpoint(TRUNCATE)``) after every deletion.
- ``synchronous = NORMAL``: in WAL mode this never corrupts the database; every commit survives
  an application crash or SIGKILL (the crash test proves it), and an OS crash or power cut can
  roll back only the last commits before the WAL was synced, i.e. seconds of transcript, which
  is the architecture's promise. FULL adds an fsync per segment (measured 11 ms vs 5 ms per
  append on the shared CI VM), which would blow the 2 ms insert budget.
- ``secure_delete = ON``: freed pages and cells are zeroed, so deleted rows leave no plaintext in
  the decrypted database either (what a forensic reader holding the key would see).
- ``temp_store = MEMORY``: sorts and temp tables never reach an unencrypted temp file.
- ``foreign_keys = ON``: deleting a client cascades to its key, sessions, segments and notes.
- The file is opened with ``mode=rw``: opening never creates a missing database.
- Every connection registers ``tenor_fts`` (``vault/fts.py``): the schema's triggers call it to
  keep each client's search index in step. A connection made without it cannot write segments
  or notes (the trigger fails and the statement rolls back).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

from tenor_desktop.vault import fts
from tenor_desktop.vault.errors import StorageError, StorageFull, VaultCorrupt, VaultError

PAGE_SIZE = 4096  # SQLCipher 4 default; a file whose size is not a multiple of it is truncated
DatabaseError = sqlcipher.DatabaseError
Connection = Any  # sqlcipher3 ships no type information


def connect(path: Path, key: bytearray, *, create: bool = False) -> Connection:
    """Open (or with ``create`` make) the database at ``path`` keyed with ``key``."""
    if not create:
        check_file_shape(path)
    mode = "rwc" if create else "rw"
    try:
        connection = sqlcipher.connect(
            f"{path.resolve().as_uri()}?mode={mode}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    except DatabaseError as error:
        raise translate(error) from None
    try:
        connection.execute("PRAGMA cipher_memory_security = ON")
        # SQLCipher otherwise prints HMAC failures to stderr; we report them as VaultCorrupt.
        connection.execute("PRAGMA cipher_log_level = NONE")
        # The statement text holds the key in an immutable str for the duration of this call;
        # SQLCipher copies it into wiped memory and we drop our reference right away.
        statement = f"PRAGMA key = \"x'{key.hex()}'\""
        connection.execute(statement)
        del statement
        # Pin the SQLCipher 4 page format so a future library default cannot orphan vaults.
        connection.execute("PRAGMA cipher_compatibility = 4")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        fts.register_functions(connection)  # the search-index routing triggers call it
        if not create:
            check_page_count(connection, path)
    except DatabaseError as error:
        connection.close()
        raise translate(error) from None
    except VaultError:
        connection.close()
        raise
    connection.row_factory = sqlcipher.Row
    return connection


def configure(connection: Connection) -> None:
    """Apply the per-connection PRAGMAs described in the module docstring."""
    try:
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StorageError("The vault could not switch to its journal mode.")
        for pragma in (
            "PRAGMA synchronous = NORMAL",
            "PRAGMA secure_delete = ON",
            "PRAGMA temp_store = MEMORY",
            "PRAGMA foreign_keys = ON",
            "PRAGMA busy_timeout = 5000",
        ):
            connection.execute(pragma)
    except DatabaseError as error:
        raise translate(error) from None


def check_file_shape(path: Path) -> None:
    """Refuse files that cannot be a SQLCipher database before SQLite touches them."""
    try:
        size = path.stat().st_size
    except OSError:
        raise VaultCorrupt("The vault database cannot be read.") from None
    if size == 0 or size % PAGE_SIZE != 0:
        raise VaultCorrupt("The vault database is truncated or damaged; it was left as is.")


def check_page_count(connection: Connection, path: Path) -> None:
    """Detect a file cut at a page boundary: the header promises more pages than exist."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return  # pages may legitimately live only in the WAL until the next checkpoint
    pages = int(connection.execute("PRAGMA page_count").fetchone()[0])
    if pages * PAGE_SIZE > os.path.getsize(path):
        raise VaultCorrupt("The vault database is truncated or damaged; it was left as is.")


def translate(error: Exception) -> VaultError:
    """Map a SQLite/SQLCipher exception to a VaultError whose message names the kind only."""
    name = str(getattr(error, "sqlite_errorname", ""))
    text = str(error).lower()
    if name == "SQLITE_FULL" or "disk is full" in text:
        return StorageFull("The disk is full; the change was not saved. Free some space and retry.")
    if (
        name in ("SQLITE_NOTADB", "SQLITE_CORRUPT")
        or "not a database" in text
        or ("malformed" in text)
    ):
        return VaultCorrupt("The vault database is damaged or is not a Tenor vault.")
    if (
        name in ("SQLITE_IOERR", "SQLITE_CANTOPEN")
        or "i/o error" in text
        or ("unable to open" in text)
    ):
        return StorageError("Reading or writing the vault failed (I/O error).")
    if "constraint" in text:
        return VaultError("The change conflicts with existing vault data.")
    return VaultError(f"The vault reported an error ({name or type(error).__name__}).")
