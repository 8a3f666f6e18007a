"""Errors of the vault package.

Hierarchy (every message is safe to show: ids and error kinds only, never content)::

    TenorError
     └── VaultError                  any vault problem
          ├── VaultNotFound          no vault in the directory
          ├── VaultExists            create() on a directory that already holds data
          ├── KeyHeaderMissing       the database is there, its key header is not
          ├── KeyHeaderCorrupt       the key header cannot be parsed
          ├── WrongPassphrase        the passphrase does not unwrap the vault key
          ├── VaultCorrupt           the database file is damaged or not a vault
          ├── NewerSchema            made by a newer Tenor; left untouched
          ├── StorageFull            the disk is full; nothing was written
          ├── StorageError           another I/O failure while writing
          ├── VaultLocked            used after lock()
          ├── NotFound               a record id that does not exist
          └── DuplicateClient        the pseudonym is taken
"""

from __future__ import annotations

from tenor_desktop.core.errors import TenorError


class VaultError(TenorError):
    """Base class of vault errors."""


class VaultNotFound(VaultError):
    """The directory holds no vault."""


class VaultExists(VaultError):
    """Refusing to create a vault over existing data."""


class KeyHeaderMissing(VaultError):
    """The vault database exists but its key header file does not."""


class KeyHeaderCorrupt(VaultError):
    """The key header cannot be read."""


class WrongPassphrase(VaultError):
    """The passphrase does not unlock this vault."""


class VaultCorrupt(VaultError):
    """The database file is damaged, truncated or not a Tenor vault."""


class NewerSchema(VaultError):
    """The vault was written by a newer version of Tenor."""


class StorageFull(VaultError):
    """The disk is full."""


class StorageError(VaultError):
    """Writing to disk failed for another reason."""


class VaultLocked(VaultError):
    """The vault has been locked; unlock it again."""


class NotFound(VaultError):
    """No record with that id."""


class DuplicateClient(VaultError):
    """Another client already uses that pseudonym."""
