"""vault layer: the encrypted SQLCipher store of everything a practice keeps.

Modules::

    vault.py         Vault.create / Vault.unlock / lock / transaction / checkpoint / files
    keys.py          vault key, Argon2id + AES-256-GCM key header, atomic file writes
    database.py      opening SQLCipher with the raw key, PRAGMAs, SQLite error translation
    migrations.py    PRAGMA user_version migrations from schema.py
    schema.py        the tables, FTS5 indexes and triggers
    repositories/    ClientRepository, SessionRepository, SegmentRepository, NoteRepository,
                     SettingsRepository, AuditLog, SearchIndex (each built with a Vault)
    errors.py        VaultError and its subclasses
"""
