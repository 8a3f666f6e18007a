# ruff: noqa: S608  (table names are built from integers and validated ids only)
"""Per-client FTS5 indexes ("search shards"): one ``segments_fts_<n>``/``notes_fts_<n>`` pair
per client, kept in step with ``segments``/``notes`` by triggers that call a routing function.

Why per client (measured on the 36 M-word bench caseload with ``cipher_memory_security`` on):
purging a deleted transcript's terms from one shared index costs either a per-term rewrite of
leaf pages spread over the whole index (17 s for one transcript) or a full merge (24 s for a
client). A client's own index is small, so a merge after a transcript deletion is cheap, and
deleting a client drops its two tables: the freed pages are zeroed by ``secure_delete``.

Layout rules:
- Segment rows are indexed under rowid ``-segments.id``: FTS5 walks doclists in ascending rowid
  order cheaply, so the newest segments come first without a descending scan (a descending scan
  over a prefix query measured 58 s on the full caseload).
- Routing: SQL triggers cannot pick a table at run time, and one trigger per client made every
  write evaluate them all (151 clients: 31 ms per segment insert, 11 s to delete a client's
  rows, 1.6 s unlock to parse them). Schema 4 has one trigger per event that calls
  ``tenor_fts(...)``, a function every vault connection registers (``register_functions``);
  it looks up the row's shard and writes there, inside the same statement and transaction.
  A connection without the function cannot write segments or notes at all (the trigger fails
  and the statement rolls back), so no write can bypass the index.
- Clients created outside ``ClientRepository`` (e.g. sync) have no shard: their rows go to the
  global ``segments_fts``/``notes_fts``.
- A ``BEFORE DELETE`` trigger on ``sessions`` deletes the session's segments and notes while the
  session row still exists, so FK cascades (client → sessions) still route every FTS delete.
- Table names contain only the integer shard number; client ids are never part of SQL text.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from typing import Any

Connection = Any
_FTS_NAME = re.compile(r"^(segments|notes)_fts(_[0-9]+)?$")
FAMILIES = ("segments_fts", "notes_fts")

# The note text that is indexed: section titles and texts, not the JSON around them.
NOTE_TEXT_SQL = (
    "(SELECT coalesce(group_concat(json_extract(value, '$.title') || char(10) ||"
    " json_extract(value, '$.text'), char(10)), '') FROM json_each({sections}))"
)


def check_fts_name(name: str) -> str:
    """Return ``name`` when it is one of the vault's FTS table names, else raise ValueError."""
    if not _FTS_NAME.match(name):
        raise ValueError("not an FTS table of the vault schema")
    return name


def shard_ddl(number: int) -> list[str]:
    """The statements that create shard ``number``'s two FTS tables."""
    n = int(number)
    seg, note = f"segments_fts_{n}", f"notes_fts_{n}"
    return [
        f"CREATE VIRTUAL TABLE {seg} USING fts5(text, session_id UNINDEXED)",
        f"CREATE VIRTUAL TABLE {note} USING fts5(text, session_id UNINDEXED)",
        f"INSERT INTO {seg}({seg}, rank) VALUES ('secure-delete', 1)",
        f"INSERT INTO {note}({note}, rank) VALUES ('secure-delete', 1)",
    ]


def legacy_shard_triggers(number: int) -> list[str]:
    """Names of the per-shard triggers schema 3 created (dropped by schema 4)."""
    n = int(number)
    return [
        f"{t}_{n}" for t in ("segments_ai", "segments_ad", "segments_au", "notes_ai", "notes_ad")
    ]


ROUTING_TRIGGERS = (
    "CREATE TRIGGER segments_ai AFTER INSERT ON segments BEGIN"
    " SELECT tenor_fts('segments_fts', 'insert', -new.id, new.session_id, new.text); END",
    "CREATE TRIGGER segments_ad AFTER DELETE ON segments BEGIN"
    " SELECT tenor_fts('segments_fts', 'delete', -old.id, old.session_id, NULL); END",
    "CREATE TRIGGER segments_au AFTER UPDATE OF text ON segments BEGIN"
    " SELECT tenor_fts('segments_fts', 'update', -old.id, old.session_id, new.text); END",
    "CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN"
    " SELECT tenor_fts('notes_fts', 'insert', new.rid, new.session_id, "
    + NOTE_TEXT_SQL.format(sections="new.sections")
    + "); END",
    "CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN"
    " SELECT tenor_fts('notes_fts', 'delete', old.rid, old.session_id, NULL); END",
)


ROUTING_TRIGGER_NAMES = ("segments_ai", "segments_ad", "segments_au", "notes_ai", "notes_ad")


@contextlib.contextmanager
def routing_paused(connection: Connection) -> Iterator[None]:
    """Drop the routing triggers for the block, inside the caller's transaction.

    For deleting rows whose index is already gone (a dropped shard): 18,000 segment deletes
    would otherwise each call the router for nothing. DDL is transactional in SQLite, so a
    failure rolls the triggers back in with everything else.
    """
    for name in ROUTING_TRIGGER_NAMES:
        connection.execute(f"DROP TRIGGER IF EXISTS {name}")
    yield
    for statement in ROUTING_TRIGGERS:
        connection.execute(statement)


def register_functions(connection: Connection) -> None:
    """Install ``tenor_fts(family, op, rowid, session_id, text)`` used by the routing triggers."""

    def route(family: str, op: str, rowid: int, session_id: str, text: str | None) -> int:
        if family not in FAMILIES:
            raise ValueError("unknown FTS family")
        row = connection.execute(
            "SELECT sh.n FROM sessions s JOIN search_shards sh ON sh.client_id = s.client_id"
            " WHERE s.id = ?",
            (session_id,),
        ).fetchone()
        table = family if row is None else f"{family}_{int(row[0])}"
        if op in ("delete", "update"):
            connection.execute(f"DELETE FROM {table} WHERE rowid = ?", (rowid,))
        if op in ("insert", "update"):
            connection.execute(
                f"INSERT INTO {table}(rowid, text, session_id) VALUES (?, ?, ?)",
                (rowid, text, session_id),
            )
        return 0

    connection.create_function("tenor_fts", 5, route)


def create_shard(connection: Connection, client_id: str) -> int:
    """Give ``client_id`` its own FTS tables (inside the caller's transaction); return n."""
    cursor = connection.execute("INSERT INTO search_shards(client_id) VALUES (?)", (client_id,))
    number = int(cursor.lastrowid)
    for statement in shard_ddl(number):
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
    for trigger in legacy_shard_triggers(number):
        connection.execute(f"DROP TRIGGER IF EXISTS {trigger}")
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
