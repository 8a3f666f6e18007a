"""The vault: one SQLCipher database plus a key header file in a directory of its own.

Layout of ``directory``::

    vault.db        SQLCipher 4 database, raw 256-bit key (``-wal``/``-shm`` while open)
    vault.key       JSON key header: Argon2id parameters + the AES-256-GCM-wrapped vault key
    unlock-throttle.json   failed-unlock counter (no secrets; see security/unlock.py)

Creating is atomic: everything is built in a hidden sibling directory that is renamed into
place, so a crash or a full disk never leaves a half-made vault. Opening never writes to a vault
it refuses (newer schema, corrupt file): the checks run before any PRAGMA that writes.
"""

from __future__ import annotations

import os
import secrets
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tenor_desktop.core.clock import Clock, SystemClock
from tenor_desktop.core.errors import ValidationError
from tenor_desktop.vault import database, keys, migrations
from tenor_desktop.vault.database import Connection, DatabaseError
from tenor_desktop.vault.errors import (
    KeyHeaderMissing,
    StorageError,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
)

DB_NAME = "vault.db"
KEY_HEADER_NAME = "vault.key"
THROTTLE_NAME = "unlock-throttle.json"
_SIDE_FILES = ("-wal", "-shm", "-journal")
# The sync engine's bookkeeping (ids, versions, ciphertext) lives beside the vault; it belongs to
# the vault's files so that account deletion removes it too.
SYNC_STATE_NAME = "sync-state.db"


def vault_files(directory: Path) -> list[Path]:
    """Every existing file that belongs to the vault in ``directory`` (works while locked)."""
    db = directory / DB_NAME
    candidates = [db, *(db.with_name(db.name + suffix) for suffix in _SIDE_FILES)]
    candidates += [directory / KEY_HEADER_NAME, directory / THROTTLE_NAME]
    sync_state = directory / SYNC_STATE_NAME
    candidates += [sync_state, *(sync_state.with_name(SYNC_STATE_NAME + s) for s in _SIDE_FILES)]
    candidates += sorted(directory.glob(f".{KEY_HEADER_NAME}.*.tmp"))
    return [path for path in candidates if path.is_file()]


def vault_exists(directory: Path) -> bool:
    """True when ``directory`` holds a vault database or key header."""
    return (directory / DB_NAME).exists() or (directory / KEY_HEADER_NAME).exists()


class Vault:
    """An unlocked vault. Build it with ``Vault.create`` or ``Vault.unlock``."""

    def __init__(self, directory: Path, connection: Connection, key: bytearray, clock: Clock):
        self.directory = directory
        self.clock = clock
        self._connection: Connection | None = connection
        self._key: bytearray | None = key
        self._mutex = threading.RLock()
        self._depth = 0

    @classmethod
    def create(cls, directory: Path, passphrase: str, *, clock: Clock | None = None) -> Vault:
        """Make a new empty vault in ``directory`` (which must not exist or be empty)."""
        directory = Path(directory)
        _require_passphrase(passphrase)
        if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
            raise VaultExists("That folder already holds data; a new vault needs an empty folder.")
        directory.parent.mkdir(parents=True, exist_ok=True)
        # Leftovers of a create that crashed hold only a fresh, empty vault: safe to remove.
        for stale in directory.parent.glob(f".{directory.name}.creating-*"):
            shutil.rmtree(stale, ignore_errors=True)
        staging = directory.parent / f".{directory.name}.creating-{secrets.token_hex(6)}"
        key = keys.new_vault_key()
        try:
            staging.mkdir(mode=0o700)
            header = keys.wrap_vault_key(key, passphrase)
            connection = database.connect(staging / DB_NAME, key, create=True)
            try:
                database.configure(connection)
                migrations.migrate(connection)
            finally:
                connection.close()  # checkpoints and removes the WAL: one file to move
            _fsync_file(staging / DB_NAME)
            keys.write_key_header(staging / KEY_HEADER_NAME, header)
            try:
                os.replace(staging, directory)
            except OSError as error:
                if directory.exists() and any(directory.iterdir()):
                    raise VaultExists("That folder already holds data.") from None
                raise keys.storage_error(error) from None
            keys.fsync_directory(directory.parent)
        except OSError as error:
            keys.wipe(key)
            raise keys.storage_error(error) from None
        except BaseException:
            keys.wipe(key)
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return cls._open(directory, key, clock)

    @classmethod
    def unlock(cls, directory: Path, passphrase: str, *, clock: Clock | None = None) -> Vault:
        """Open an existing vault; raise WrongPassphrase, VaultCorrupt, NewerSchema, …."""
        directory = Path(directory)
        db = directory / DB_NAME
        if not db.exists():
            if (directory / KEY_HEADER_NAME).exists():
                raise VaultNotFound("The vault database is missing; only its key file is there.")
            raise VaultNotFound("No vault in that folder. Create one with `tenor init`.")
        header = keys.read_key_header(directory / KEY_HEADER_NAME)
        key = keys.unwrap_vault_key(header, passphrase)
        return cls._open(directory, key, clock)

    @classmethod
    def _open(cls, directory: Path, key: bytearray, clock: Clock | None) -> Vault:
        try:
            connection = database.connect(directory / DB_NAME, key)
            try:
                migrations.ensure_supported(connection)
                database.configure(connection)
                migrations.migrate(connection)
            except BaseException:
                connection.close()
                raise
        except BaseException:
            keys.wipe(key)
            raise
        return cls(directory, connection, key, clock or SystemClock())

    @property
    def connection(self) -> Connection:
        """The live sqlcipher3 connection (vault package only)."""
        if self._connection is None:
            raise VaultLocked("The vault is locked.")
        return self._connection

    @property
    def is_locked(self) -> bool:
        """True after ``lock()``."""
        return self._connection is None

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT, ROLLBACK on error; nested calls become savepoints."""
        with self._mutex:
            connection = self.connection
            depth = self._depth
            savepoint = f"sp_{depth}"
            try:
                connection.execute("BEGIN IMMEDIATE" if depth == 0 else f"SAVEPOINT {savepoint}")
            except DatabaseError as error:
                raise database.translate(error) from None
            self._depth += 1
            try:
                yield connection
                if depth == 0:
                    connection.execute("COMMIT")
                else:
                    connection.execute(f"RELEASE {savepoint}")
            except BaseException as error:
                self._rollback(connection, depth, savepoint)
                if isinstance(error, DatabaseError):
                    raise database.translate(error) from None
                raise
            finally:
                self._depth = depth

    def _rollback(self, connection: Connection, depth: int, savepoint: str) -> None:
        if not connection.in_transaction:
            return  # SQLite already rolled back (e.g. SQLITE_FULL during COMMIT)
        try:
            if depth == 0:
                connection.execute("ROLLBACK")
            else:
                connection.execute(f"ROLLBACK TO {savepoint}")
                connection.execute(f"RELEASE {savepoint}")
        except DatabaseError:
            pass  # the original error is the one worth reporting

    def read(self, sql: str, parameters: tuple[Any, ...] = ()) -> list[Any]:
        """Run one SELECT under the vault's lock and return all rows."""
        with self._mutex:
            try:
                return list(self.connection.execute(sql, parameters).fetchall())
            except DatabaseError as error:
                raise database.translate(error) from None

    def read_named(self, sql: str, parameters: dict[str, Any]) -> list[Any]:
        """Like ``read`` with named parameters (``:name``)."""
        with self._mutex:
            try:
                return list(self.connection.execute(sql, parameters).fetchall())
            except DatabaseError as error:
                raise database.translate(error) from None

    def checkpoint(self) -> bool:
        """Copy the WAL into the database and truncate ``-wal`` to zero bytes.

        False when another connection's reader kept the checkpoint from finishing (the WAL
        then still holds old page images).
        """
        with self._mutex:
            try:
                rows = self.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except DatabaseError as error:
                raise database.translate(error) from None
        return not (rows and rows[0][0])

    def schema_version(self) -> int:
        """The schema version of the open vault."""
        with self._mutex:
            return migrations.schema_version(self.connection)

    def files(self) -> list[Path]:
        """Every existing file that belongs to this vault."""
        return vault_files(self.directory)

    def change_passphrase(self, new_passphrase: str, *, current_passphrase: str) -> None:
        """Re-wrap the vault key under a new passphrase; the database is not re-encrypted."""
        _require_passphrase(new_passphrase)
        with self._mutex:
            key = self._key
            if key is None:
                raise VaultLocked("The vault is locked.")
            path = self.directory / KEY_HEADER_NAME
            if not path.exists():
                raise KeyHeaderMissing("The vault's key file is missing.")
            stored = keys.unwrap_vault_key(keys.read_key_header(path), current_passphrase)
            try:
                if not secrets.compare_digest(bytes(stored), bytes(key)):
                    raise WrongPassphrase("Wrong passphrase for this vault.")
            finally:
                keys.wipe(stored)
            keys.write_key_header(path, keys.wrap_vault_key(key, new_passphrase))

    def open_another_connection(self) -> Vault:
        """An independent Vault on the same files: its own connection and its own key copy.

        For work that must outlive this object's lock (a recording that keeps transcribing
        while the window is locked). The caller locks it when that work ends; locking either
        object never affects the other.
        """
        with self._mutex:
            if self._key is None:
                raise VaultLocked("The vault is locked.")
            key = bytearray(self._key)
        return Vault._open(self.directory, key, self.clock)

    def lock(self) -> None:
        """Close the database and zero the key material this object holds."""
        with self._mutex:
            connection, self._connection = self._connection, None
            key, self._key = self._key, None
            try:
                if connection is not None:
                    connection.close()
            except DatabaseError:
                pass  # closing is best effort; the key is wiped regardless
            finally:
                if key is not None:
                    keys.wipe(key)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.lock()


def _require_passphrase(passphrase: str) -> None:
    if not isinstance(passphrase, str) or not passphrase:
        raise ValidationError("A passphrase is required.")


def _fsync_file(path: Path) -> None:
    try:
        descriptor = os.open(path, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise StorageError(f"Writing the vault failed ({error.strerror}).") from None
