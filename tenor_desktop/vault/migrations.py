"""Bring a vault's schema up to date, one transaction per migration (``PRAGMA user_version``)."""

from __future__ import annotations

from tenor_desktop.vault.database import Connection, DatabaseError, translate
from tenor_desktop.vault.errors import NewerSchema
from tenor_desktop.vault.schema import MIGRATIONS, SCHEMA_VERSION


def schema_version(connection: Connection) -> int:
    """The vault's ``user_version``."""
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def ensure_supported(connection: Connection) -> int:
    """Raise NewerSchema (touching nothing) when the vault is newer than this build."""
    version = schema_version(connection)
    if version > SCHEMA_VERSION:
        raise NewerSchema(
            f"This vault was written by a newer version of Tenor (schema {version}, this version"
            f" understands up to {SCHEMA_VERSION}). Update Tenor; the vault was not changed."
        )
    return version


def migrate(connection: Connection) -> int:
    """Apply every pending migration; return the number applied."""
    current = ensure_supported(connection)
    applied = 0
    for number in range(current + 1, SCHEMA_VERSION + 1):
        # The version bump is inside the same transaction as the DDL: a crash or a full disk
        # leaves the vault at the previous version with none of this migration applied.
        step = MIGRATIONS[number - 1]
        try:
            if isinstance(step, str):
                script = f"BEGIN IMMEDIATE;\n{step}\nPRAGMA user_version = {number};\nCOMMIT;"
                connection.executescript(script)
            else:
                connection.execute("BEGIN IMMEDIATE")
                step(connection)
                connection.execute(f"PRAGMA user_version = {number}")
                connection.execute("COMMIT")
        except BaseException as error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            if isinstance(error, DatabaseError):
                raise translate(error) from None
            raise
        applied += 1
    return applied
