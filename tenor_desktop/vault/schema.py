"""Vault schema, applied as ordered migrations tracked by ``PRAGMA user_version``.

Rules:
- A migration is appended, never edited once released.
- Tables hold text as stored (already redacted when redaction is on). Redaction metadata is
  label-only: offsets into the stored text and a label, never the original words.
- The audit log carries ids and action names only, never content.
- FTS5 tables store their own copy of the text; deleting rows must also delete FTS rows (the
  triggers) and the deletion service runs FTS5 ``secure-delete`` + ``optimize`` so no token
  survives in the index segments.
- Since schema 3 every client has its own FTS5 pair (``segments_fts_<n>``/``notes_fts_<n>``,
  see ``vault/fts.py``); since schema 4 the triggers route rows there through the
  ``tenor_fts`` function that every vault connection registers. The global ``segments_fts``/
  ``notes_fts`` index only clients without a shard (created outside ClientRepository).
- ``notes_fts`` indexes the section titles and texts (not the JSON around them), so a search
  for "text" or "evidence" does not hit every note.
- Since schema 5 triggers note which sync items changed (``sync_changes``: item ids and an
  ever-increasing change number, nothing else), so a sync round with no local change does not
  read every row. The item ids follow ``sync/vault_store.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tenor_desktop.vault import fts

Migration = str | Callable[[Any], None]

_GLOBAL_FTS_V3 = (
    # The global tables now index only clients without a shard (created outside
    # ClientRepository, e.g. by sync); segment rowids are negated like in the shards.
    "CREATE TABLE search_shards (n INTEGER PRIMARY KEY, client_id TEXT NOT NULL UNIQUE)",
    "DROP TRIGGER segments_ai",
    "DROP TRIGGER segments_ad",
    "DROP TRIGGER segments_au",
    "DROP TRIGGER notes_ai",
    "DROP TRIGGER notes_ad",
    "DROP TABLE segments_fts",  # pages freed and zeroed (secure_delete)
    "DROP TABLE notes_fts",
    "CREATE VIRTUAL TABLE segments_fts USING fts5(text, session_id UNINDEXED)",
    "CREATE VIRTUAL TABLE notes_fts USING fts5(text, session_id UNINDEXED)",
    "INSERT INTO segments_fts(segments_fts, rank) VALUES ('secure-delete', 1)",
    "INSERT INTO notes_fts(notes_fts, rank) VALUES ('secure-delete', 1)",
    "CREATE TRIGGER segments_ai AFTER INSERT ON segments WHEN NOT EXISTS (SELECT 1 FROM"
    " search_shards WHERE client_id = (SELECT client_id FROM sessions WHERE id = new.session_id))"
    " BEGIN INSERT INTO segments_fts(rowid, text, session_id)"
    " VALUES (-new.id, new.text, new.session_id); END",
    "CREATE TRIGGER segments_ad AFTER DELETE ON segments WHEN NOT EXISTS (SELECT 1 FROM"
    " search_shards WHERE client_id = (SELECT client_id FROM sessions WHERE id = old.session_id))"
    " BEGIN DELETE FROM segments_fts WHERE rowid = -old.id; END",
    "CREATE TRIGGER segments_au AFTER UPDATE OF text ON segments WHEN NOT EXISTS (SELECT 1 FROM"
    " search_shards WHERE client_id = (SELECT client_id FROM sessions WHERE id = old.session_id))"
    " BEGIN UPDATE segments_fts SET text = new.text WHERE rowid = -old.id; END",
    "CREATE TRIGGER notes_ai AFTER INSERT ON notes WHEN NOT EXISTS (SELECT 1 FROM"  # noqa: S608
    " search_shards WHERE client_id = (SELECT client_id FROM sessions WHERE id = new.session_id))"
    " BEGIN INSERT INTO notes_fts(rowid, text, session_id) VALUES (new.rid, "
    + fts.NOTE_TEXT_SQL.format(sections="new.sections")
    + ", new.session_id); END",
    "CREATE TRIGGER notes_ad AFTER DELETE ON notes WHEN NOT EXISTS (SELECT 1 FROM"
    " search_shards WHERE client_id = (SELECT client_id FROM sessions WHERE id = old.session_id))"
    " BEGIN DELETE FROM notes_fts WHERE rowid = old.rid; END",
    # Rows go before their session so the routing triggers above still find the client, also
    # when the session goes by FK cascade from its client.
    "CREATE TRIGGER sessions_bd BEFORE DELETE ON sessions BEGIN"
    " DELETE FROM segments WHERE session_id = old.id;"
    " DELETE FROM notes WHERE session_id = old.id; END",
)


def _per_client_search(connection: Any) -> None:
    """3: one FTS5 index pair per client (see ``vault/fts.py``), existing rows re-indexed."""
    for statement in _GLOBAL_FTS_V3:
        connection.execute(statement)
    fts.shard_every_client(connection)


def _routed_search_triggers(connection: Any) -> None:
    """4: one routing trigger per event instead of one per client (see ``vault/fts.py``)."""
    shards = [int(row[0]) for row in connection.execute("SELECT n FROM search_shards")]
    for number in shards:
        for trigger in fts.legacy_shard_triggers(number):
            connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for trigger in ("segments_ai", "segments_ad", "segments_au", "notes_ai", "notes_ad"):
        connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    for statement in fts.ROUTING_TRIGGERS:
        connection.execute(statement)


def _sync_mark(name: str, table: str, event: str, items: tuple[str, ...]) -> str:
    """A trigger that moves each of ``items`` (SQL expressions) to the end of the change log.

    An item that already holds the newest mark is skipped: deleting a client's 18,000 segments
    then writes one mark per transcript, not one per segment. The sync engine claims marks by
    appending an empty sentinel first (``vault_store.py``), so a change made while it works
    never hides behind a mark it has already read.
    """
    newest = "(SELECT item_id FROM sync_changes ORDER BY no DESC LIMIT 1)"
    statements: list[str] = []
    for item in items:
        statements.append(
            f"CREATE TRIGGER {name}_{len(statements)} AFTER {event} ON {table}"  # noqa: S608
            f" WHEN {newest} IS NOT {item} BEGIN"
            f" DELETE FROM sync_changes WHERE item_id = {item};"
            f" INSERT INTO sync_changes(item_id) VALUES ({item}); END;"
        )
    return "\n".join(statements)


def _sync_change_triggers() -> str:
    """5: the change log of sync items (dirty tracking; see ``sync/vault_store.py``)."""
    statements = [
        "CREATE TABLE sync_changes ("
        " no INTEGER PRIMARY KEY AUTOINCREMENT,"  # never reused, so newer marks sort later
        " item_id TEXT NOT NULL);",
        "CREATE INDEX sync_changes_by_item ON sync_changes(item_id);",
    ]
    items = {
        "clients": ("{row}.id",),
        # A client's record exists only with its key, so a key change touches both items.
        "client_keys": ("{row}.client_id || '.key'", "{row}.client_id"),
        "sessions": ("{row}.id",),
        "segments": ("{row}.session_id || '.transcript'",),
        "notes": ("{row}.id",),
    }
    for table, expressions in items.items():
        for suffix, event, row in (
            ("ai", "INSERT", "new"),
            ("au", "UPDATE", "new"),
            ("ad", "DELETE", "old"),
        ):
            marks = tuple(expression.format(row=row) for expression in expressions)
            statements.append(_sync_mark(f"sync_{table}_{suffix}", table, event, marks))
    return "\n".join(statements)


MIGRATIONS: tuple[Migration, ...] = (
    # 1: initial schema
    """
    CREATE TABLE practice_settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL               -- JSON
    );
    CREATE TABLE clients (
        id               TEXT PRIMARY KEY,
        pseudonym        TEXT NOT NULL UNIQUE,
        processing_mode  TEXT NOT NULL DEFAULT 'local_only'
                         CHECK (processing_mode IN ('local_only', 'cloud_allowed')),
        retention_policy TEXT NOT NULL DEFAULT 'never',
        default_template TEXT NOT NULL DEFAULT 'soap',
        settings         TEXT NOT NULL DEFAULT '{}',  -- JSON: per-client redaction overrides
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL
    );
    CREATE TABLE client_keys (
        client_id   TEXT PRIMARY KEY REFERENCES clients(id) ON DELETE CASCADE,
        key_id      TEXT NOT NULL UNIQUE,
        key         BLOB NOT NULL          -- 32 random bytes; only ever inside the encrypted vault
    );
    CREATE TABLE sessions (
        id                    TEXT PRIMARY KEY,
        client_id             TEXT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        started_at            TEXT NOT NULL,
        ended_at              TEXT,
        duration_ms           INTEGER NOT NULL DEFAULT 0,
        status                TEXT NOT NULL
                              CHECK (status IN ('recording', 'paused', 'processing', 'ready',
                                                'failed', 'aborted')),
        consent_at            TEXT,
        risk_flags            TEXT NOT NULL DEFAULT '[]',  -- JSON list of kinds
        transcript_deleted_at TEXT,
        speaker_names         TEXT NOT NULL DEFAULT '{}'   -- JSON: raw label -> display name
    );
    CREATE INDEX sessions_by_client ON sessions(client_id, started_at);
    CREATE TABLE segments (
        id          INTEGER PRIMARY KEY,
        session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL,
        start_ms    INTEGER NOT NULL,
        end_ms      INTEGER NOT NULL,
        speaker     TEXT NOT NULL,
        text        TEXT NOT NULL,
        confidence  REAL,
        redactions  TEXT NOT NULL DEFAULT '[]',  -- JSON [{start,end,label}] into stored text
        UNIQUE (session_id, seq)
    );
    CREATE TABLE notes (
        rid         INTEGER PRIMARY KEY,        -- stable rowid for notes_fts (VACUUM-safe)
        id          TEXT NOT NULL UNIQUE,
        session_id  TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        version     INTEGER NOT NULL,
        template    TEXT NOT NULL,
        provider    TEXT NOT NULL,
        sections    TEXT NOT NULL,              -- JSON [{title,text,evidence:[segment ids]}]
        flags       TEXT NOT NULL DEFAULT '[]', -- JSON [{kind,evidence}]
        draft       INTEGER NOT NULL DEFAULT 1,
        created_at  TEXT NOT NULL,
        UNIQUE (session_id, version)
    );
    CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor       TEXT NOT NULL,
        action      TEXT NOT NULL,
        object_kind TEXT NOT NULL,
        object_id   TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE segments_fts USING fts5(text, session_id UNINDEXED);
    CREATE VIRTUAL TABLE notes_fts USING fts5(text, session_id UNINDEXED);
    INSERT INTO segments_fts(segments_fts, rank) VALUES ('secure-delete', 1);
    INSERT INTO notes_fts(notes_fts, rank) VALUES ('secure-delete', 1);
    CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN
        INSERT INTO segments_fts(rowid, text, session_id) VALUES (new.id, new.text, new.session_id);
    END;
    CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN
        DELETE FROM segments_fts WHERE rowid = old.id;
    END;
    CREATE TRIGGER segments_au AFTER UPDATE OF text ON segments BEGIN
        UPDATE segments_fts SET text = new.text WHERE rowid = old.id;
    END;
    CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
        INSERT INTO notes_fts(rowid, text, session_id)
        VALUES (
            new.rid,
            (SELECT coalesce(group_concat(
                        json_extract(value, '$.title') || char(10) ||
                        json_extract(value, '$.text'), char(10)), '')
             FROM json_each(new.sections)),
            new.session_id);
    END;
    CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
        DELETE FROM notes_fts WHERE rowid = old.rid;
    END;
    """,
    # 2: secrets (provider API keys, server tokens) when no OS keyring service exists
    """
    CREATE TABLE secrets (
        service    TEXT NOT NULL,
        name       TEXT NOT NULL,
        value      TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (service, name)
    );
    """,
    _per_client_search,
    _routed_search_triggers,
    _sync_change_triggers(),
)

SCHEMA_VERSION = len(MIGRATIONS)
