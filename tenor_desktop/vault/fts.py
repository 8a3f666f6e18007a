# ruff: noqa: S608  (table names are built from integers and validated ids only)
"""Per-client FTS5 indexes ("search shards"): one ``segments_fts_<n>``/``notes_fts_<n>`` pair
per client, kept in step with ``segments``/``notes`` by per-client triggers.

Why per client (measured on the 36 M-word bench caseload with ``cipher_memory_security`` on):
purging a deleted transcript's terms from one shared index costs either a per-term rewrite of
leaf pages spread over the whole index (17 s for one transcript) or a full merge (24 s for a
client). A client's own index is small, so a merge after a transcript deletion is cheap, and
deleting a client drops its two tables: the freed pages are zeroed by ``secure_delete``.

Layout rules:
- Segment rows are indexed under rowid ``-segments.id``: FTS5 walks doclists in ascending rowid
  order cheaply, so the newest segments come first without a descending scan (a descending scan
  over a prefix query measured 58 s on the full caseload).
- Clients created outside ``ClientRepository`` (e.g. sync) have no shard: their rows go to the
  global ``segments_fts``/``notes_fts`` (the fallback triggers in the schema).
- A ``BEFORE DELETE`` trigger on ``sessions`` deletes the session's segments and notes while the
  session row still exists, so FK cascades (client → sessions) still route every FTS delete.
- Table names contain only the integer shard number; client ids appear in trigger SQL only as
  bound-looking literals that were validated against ``_SAFE_ID`` (ids, never content).
"""

from __future__ import annotations

import re
from typing import Any

from tenor_desktop.vault.errors import VaultError

Connection = Any
_SAFE_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")
_FTS_NAME = re.compile(r"^(segments|notes)_fts(_[0-9]+)?$")
FAMILIES = ("segments_fts", "notes_fts")

# The note text that is indexed: section titles and texts, not the JSON around them.
NOTE_TEXT_SQL = (
    "(SELECT coalesce(group_concat(json_extract(value, '$.title') || char(10) ||"
    " json_extract(value, '$.text'), char(10)), '') FROM json_each({sections}))"
)
_CLIENT_OF = "(SELECT client_id FROM sessions WHERE id = {row}.session_id)"


def check_fts_name(name: str) -> str:
    """Return ``name`` when it is one of the vault's FTS table names, else raise ValueError."""
    if not _FTS_NAME.match(name):
        raise ValueError("not an FTS table of the vault schema")
    return name


def shard_ddl(number: int, client_id: str) -> list[str]:
    """The statements that create shard ``number`` for ``client_id`` (tables and triggers)."""
    if not _SAFE_ID.match(client_id):
        raise VaultError("A client id has an unexpected shape.")
    n = int(number)
    seg, note = f"segments_fts_{n}", f"notes_fts_{n}"
    new_is_ours = f"{_CLIENT_OF.format(row='new')} = '{client_id}'"
    old_is_ours = f"{_CLIENT_OF.format(row='old')} = '{client_id}'"
    note_text = NOTE_TEXT_SQL.format(sections="new.sections")
    return [
        f"CREATE VIRTUAL TABLE {seg} USING fts5(text, session_id UNINDEXED)",
        f"CREATE VIRTUAL TABLE {note} USING fts5(text, session_id UNINDEXED)",
        f"INSERT INTO {seg}({seg}, rank) VALUES ('secure-delete', 1)",
        f"INSERT INTO {note}({note}, rank) VALUES ('secure-delete', 1)",
        f"CREATE TRIGGER segments_ai_{n} AFTER INSERT ON segments WHEN {new_is_ours} BEGIN"
        f" INSERT INTO {seg}(rowid, text, session_id) VALUES (-new.id, new.text, new.session_id);"
        " END",
        f"CREATE TRIGGER segments_ad_{n} AFTER DELETE ON segments WHEN {old_is_ours} BEGIN"
        f" DELETE FROM {seg} WHERE rowid = -old.id; END",
        f"CREATE TRIGGER segments_au_{n} AFTER UPDATE OF text ON segments WHEN {old_is_ours}"
        f" BEGIN UPDATE {seg} SET text = new.text WHERE rowid = -old.id; END",
        f"CREATE TRIGGER notes_ai_{n} AFTER INSERT ON notes WHEN {new_is_ours} BEGIN"
        f" INSERT INTO {note}(rowid, text, session_id) VALUES (new.rid, {note_text},"
        " new.session_id); END",
        f"CREATE TRIGGER notes_ad_{n} AFTER DELETE ON notes WHEN {old_is_ours} BEGIN"
        f" DELETE FROM {note} WHERE rowid = old.rid; END",
    ]


def create_shard(connection: Connection, client_id: str) -> int:
    """Give ``client_id`` its own FTS tables (inside the caller's transaction); return n."""
    cursor = connection.execute("INSERT INTO search_shards(client_id) VALUES (?)", (client_id,))
    number = int(cursor.lastrowid)
    for statement in shard_ddl(number, client_id):
        connection.execute(statement)
    return number


def shard_of(connection: Connection, client_id: str) -> int | None:
    """The client's shard number, or None for a client indexed in the global tables."""
    row = connection.execute(
        "SELECT n FROM search_shards WHERE client_id = ?", (client_id,)
    ).fetchone()
    return None if row is None else int(row[0])


def drop_shard(connection: Connection, client_id: str) -> bool:
    """Drop the client's triggers and FTS tables (pages freed and zeroed); False if none."""
    number = shard_of(connection, client_id)
    if number is None:
        return False
    for trigger in ("segments_ai", "segments_ad", "segments_au", "notes_ai", "notes_ad"):
        connection.execute(f"DROP TRIGGER IF EXISTS {trigger}_{number}")
    for family in FAMILIES:
        connection.execute(f"DROP TABLE IF EXISTS {family}_{number}")
    connection.execute("DELETE FROM search_shards WHERE n = ?", (number,))
    return True


def tables_for_client(connection: Connection, client_id: str, family: str) -> str:
    """The FTS table of ``family`` that indexes ``client_id``'s rows."""
    number = shard_of(connection, client_id)
    return family if number is None else f"{family}_{number}"


def all_tables(connection: Connection, family: str) -> list[str]:
    """The global table of ``family`` followed by every shard's table of it."""
    rows = connection.execute("SELECT n FROM search_shards ORDER BY n").fetchall()
    return [family, *(f"{family}_{int(row[0])}" for row in rows)]


def shard_every_client(connection: Connection) -> int:
    """Migration step: move every client's rows from the global tables into its own shard."""
    clients = [row[0] for row in connection.execute("SELECT id FROM clients ORDER BY created_at")]
    for client_id in clients:
        if shard_of(connection, client_id) is not None:
            continue
        number = create_shard(connection, client_id)
        connection.execute(
            f"INSERT INTO segments_fts_{number}(rowid, text, session_id)"
            " SELECT -s.id, s.text, s.session_id FROM segments s"
            " JOIN sessions se ON se.id = s.session_id WHERE se.client_id = ? ORDER BY s.id",
            (client_id,),
        )
        note_text = NOTE_TEXT_SQL.format(sections="n.sections")
        connection.execute(
            f"INSERT INTO notes_fts_{number}(rowid, text, session_id)"
            f" SELECT n.rid, {note_text}, n.session_id FROM notes n"
            " JOIN sessions se ON se.id = n.session_id WHERE se.client_id = ? ORDER BY n.rid",
            (client_id,),
        )
    return len(clients)
