"""Full-text search over transcript segments and the latest note of each session (FTS5)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tenor_desktop.vault.fts import check_fts_name
from tenor_desktop.vault.vault import Vault

HIGHLIGHT_START = "\u00ab"  # «
HIGHLIGHT_END = "\u00bb"  # »
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16

# How many candidates each FTS table may contribute before ranking. bm25 needs every position
# list of a row, so ranking all matches of a common word costs seconds on a large vault (14 s
# for a top-ranked word on the 36 M-word bench caseload); the first matches in rowid order are
# the newest segments (rowids are negated, see vault/fts.py) and come almost for free. The
# budget is shared by all tables, with a floor per table so small vaults rank exhaustively.
CANDIDATE_BUDGET = 3000
MIN_CANDIDATES_PER_TABLE = 12
MAX_CANDIDATES_PER_TABLE = 3000
_ARMS_PER_STATEMENT = 200  # below SQLite's 500-arm compound limit


def _segment_arm(table: str) -> str:
    return (
        f"SELECT * FROM (SELECT 'segment' AS kind, '{table}' AS source, -rowid AS ref,"  # noqa: S608
        f" session_id, bm25({table}) AS score FROM {table} WHERE {table} MATCH :q LIMIT :k)"
    )


def _note_arm(table: str) -> str:
    # Older note versions are indexed too; only the latest version of a session's note counts.
    return (
        f"SELECT * FROM (SELECT 'note' AS kind, '{table}' AS source, rowid AS ref,"  # noqa: S608
        f" session_id, bm25({table}) AS score FROM {table} WHERE {table} MATCH :q"
        f" AND {table}.rowid = (SELECT rid FROM notes n WHERE n.session_id = {table}.session_id"
        " ORDER BY version DESC LIMIT 1) LIMIT :k)"
    )


@dataclass(frozen=True)
class SearchHit:
    """One match: a segment (``ref_id`` = segment id as text) or a note (``ref_id`` = note id)."""

    session_id: str
    kind: str
    ref_id: str
    snippet: str


class SearchIndex:
    """Query the FTS5 indexes the schema keeps in step with segments and notes."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def query(self, text: str, limit: int = 50) -> list[SearchHit]:
        """Best matches for all the words of ``text`` (each word also as a prefix).

        Every per-client index contributes its newest candidates, bm25 ranks them all on one
        scale (lower is better), and snippets are built only for the ``limit`` winners.
        """
        expression = match_expression(text)
        if not expression or limit <= 0:
            return []
        tables = self._vault.read("SELECT n FROM search_shards ORDER BY n")
        arms = [_segment_arm("segments_fts"), _note_arm("notes_fts")]
        for row in tables:
            arms += [_segment_arm(f"segments_fts_{int(row[0])}"), _note_arm(f"notes_fts_{row[0]}")]
        per_table = CANDIDATE_BUDGET // len(arms)
        per_table = max(MIN_CANDIDATES_PER_TABLE, min(per_table, MAX_CANDIDATES_PER_TABLE))
        candidates: list[tuple[float, str, str, int, str]] = []
        for first in range(0, len(arms), _ARMS_PER_STATEMENT):
            statement = " UNION ALL ".join(arms[first : first + _ARMS_PER_STATEMENT])
            for row in self._vault.read_named(statement, {"q": expression, "k": per_table}):
                candidates.append((float(row[4]), row[0], row[1], int(row[2]), row[3]))
        candidates.sort(key=lambda c: (c[0], c[1], c[3]))
        hits = []
        for _score, kind, source, ref, session_id in candidates[:limit]:
            hits.append(
                SearchHit(
                    session_id=session_id,
                    kind=kind,
                    ref_id=self._note_id(ref) if kind == "note" else str(ref),
                    snippet=self._snippet(source, -ref if kind == "segment" else ref, expression),
                )
            )
        return hits

    def _snippet(self, table: str, rowid: int, expression: str) -> str:
        check_fts_name(table)
        rows = self._vault.read(
            f"SELECT snippet({table}, 0, ?, ?, '…', 12) FROM {table}"  # noqa: S608
            f" WHERE {table} MATCH ? AND rowid = ?",
            (HIGHLIGHT_START, HIGHLIGHT_END, expression, rowid),
        )
        return str(rows[0][0]) if rows else ""

    def _note_id(self, rid: int) -> str:
        rows = self._vault.read("SELECT id FROM notes WHERE rid = ?", (rid,))
        return str(rows[0][0]) if rows else ""


def match_expression(text: str) -> str:
    """Turn user text into a safe FTS5 query: quoted words, ANDed, each matched as a prefix.

    Quoting every word means FTS5 operators typed by the user (AND, NEAR, ``*``, ``"``, column
    filters) are searched for as words instead of raising a syntax error.
    """
    words = _WORD.findall(text)[:MAX_TERMS]
    return " ".join(f'"{word}"*' for word in words)
