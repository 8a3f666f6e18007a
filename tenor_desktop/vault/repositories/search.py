"""Full-text search over transcript segments and the latest note of each session (FTS5)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from tenor_desktop.vault.vault import Vault

HIGHLIGHT_START = "\u00ab"  # «
HIGHLIGHT_END = "\u00bb"  # »
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16

# Ranking, measured on the 36 M-word bench caseload with cipher_memory_security on: FTS5's
# bm25() first counts every row that holds each term (a full doclist scan: 138 ms for a common
# word before any row is scored) and reads a position list per scored row (14 s to rank all
# matches of a top-30 word). Instead each index yields its newest matches in natural rowid
# order (segment rowids are negated, see vault/fts.py), with their text, which costs almost
# nothing per row; they are scored here with BM25's term-frequency and length terms (every
# candidate holds every query word, so IDF would not reorder them), newest first on ties.
# Vaults whose matches fit in the candidate budget are ranked exhaustively.
# Each per-client index costs ~0.3-1 ms to open per query (cipher_memory_security makes every
# allocation expensive), so clients are asked in batches, most recently seen first, and the
# search stops once a batch leaves ENOUGH_CANDIDATES per requested hit: a common word is
# answered from the recent clients' indexes, a rare one still visits every index.
CANDIDATE_BUDGET = 1000
MIN_CANDIDATES_PER_TABLE = 3
SHARDS_PER_BATCH = 24
ENOUGH_CANDIDATES = 1  # per requested hit: a full page of candidates stops the walk
_ARMS_PER_STATEMENT = 200  # below SQLite's 500-arm compound limit
_SHARDS_BY_RECENCY = (
    "SELECT sh.n FROM search_shards sh LEFT JOIN sessions se ON se.client_id = sh.client_id"
    " GROUP BY sh.n ORDER BY max(se.started_at) DESC, sh.n DESC"
)
_IDS_PER_STATEMENT = 900
_K1, _B = 1.2, 0.75
SNIPPET_TOKENS = 12


def _segment_arm(table: str) -> str:
    return (
        f"SELECT * FROM (SELECT 'segment' AS kind, -rowid AS ref"  # noqa: S608
        f" FROM {table} WHERE {table} MATCH :q LIMIT :k)"
    )


def _note_arm(table: str) -> str:
    # Older note versions are indexed too; they are filtered out after the query (a
    # correlated "latest version" subquery here doubled the cost of every note arm).
    return (
        f"SELECT * FROM (SELECT 'note' AS kind, rowid AS ref"  # noqa: S608
        f" FROM {table} WHERE {table} MATCH :q LIMIT :k)"
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

        Every index (one pair per client) contributes its newest candidates; they are ranked
        together on one scale and snippets are built only for the ``limit`` winners.
        """
        expression = match_expression(text)
        if not expression or limit <= 0:
            return []
        terms = [word.casefold() for word in _WORD.findall(text)[:MAX_TERMS]]
        shards = [int(row[0]) for row in self._vault.read(_SHARDS_BY_RECENCY)]
        # Whole words first: FTS5 expands a prefix query by merging the doclists of every term
        # with that prefix before returning a row (400 ms for a two-letter prefix at 1/20 of
        # the bench caseload), while a whole-word query streams and stops at the limit. The
        # prefix query runs only when whole words do not fill the page.
        rows = self._candidates(shards, exact_expression(text), limit)
        if len(rows) < limit:
            seen = {(row[0], row[1]) for row in rows}
            for row in self._candidates(shards, expression, limit):
                if (row[0], row[1]) not in seen:
                    rows.append(row)
        # Session ids and texts come from the base tables by primary key: reading them
        # through the FTS5 content table measured 20x slower per row.
        segments = self._segment_rows([int(row[1]) for row in rows if row[0] == "segment"])
        notes = self._note_rows([int(row[1]) for row in rows if row[0] == "note"])
        candidates: list[Candidate] = []
        for row in rows:
            kind, ref = str(row[0]), int(row[1])
            found = segments.get(ref) if kind == "segment" else notes.get(ref)
            if found is not None:  # a note that is not its session's latest version is skipped
                candidates.append((kind, ref, found[1], found[2]))
        ranked = _rank(candidates, terms)[:limit]
        return [
            SearchHit(
                session_id=session_id,
                kind=kind,
                ref_id=notes[ref][0] if kind == "note" else str(ref),
                snippet=make_snippet(text, terms),
            )
            for kind, ref, session_id, text in ranked
        ]

    def _candidates(self, shards: list[int], expression: str, limit: int) -> list[Any]:
        """(kind, ref) rows from the global pair and the shards, in batches (see above)."""
        batches: list[list[str]] = [[_segment_arm("segments_fts"), _note_arm("notes_fts")]]
        for first in range(0, len(shards), SHARDS_PER_BATCH):
            if first > 0:
                batches.append([])
            for number in shards[first : first + SHARDS_PER_BATCH]:
                batches[-1] += [
                    _segment_arm(f"segments_fts_{number}"),
                    _note_arm(f"notes_fts_{number}"),
                ]
        rows: list[Any] = []
        for arms in batches:
            per_table = max(MIN_CANDIDATES_PER_TABLE, CANDIDATE_BUDGET // len(arms))
            for first in range(0, len(arms), _ARMS_PER_STATEMENT):
                statement = " UNION ALL ".join(arms[first : first + _ARMS_PER_STATEMENT])
                rows += self._vault.read_named(statement, {"q": expression, "k": per_table})
            if len(rows) >= ENOUGH_CANDIDATES * limit:
                break
        return rows

    def _segment_rows(self, ids: list[int]) -> dict[int, tuple[str, str, str]]:
        """id -> (id as text, session id, text)."""
        found: dict[int, tuple[str, str, str]] = {}
        for first in range(0, len(ids), _IDS_PER_STATEMENT):
            chunk = ids[first : first + _IDS_PER_STATEMENT]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT id, session_id, text FROM segments WHERE id IN ({marks})"  # noqa: S608
            for row in self._vault.read(sql, tuple(chunk)):
                found[int(row[0])] = (str(row[0]), str(row[1]), str(row[2]))
        return found

    def _note_rows(self, rids: list[int]) -> dict[int, tuple[str, str, str]]:
        """rid -> (note id, session id, indexed text) for each session's latest note only."""
        found: dict[int, tuple[str, str, str]] = {}
        for first in range(0, len(rids), _IDS_PER_STATEMENT):
            chunk = rids[first : first + _IDS_PER_STATEMENT]
            marks = ",".join("?" * len(chunk))
            sql = (
                "SELECT rid, id, session_id, sections FROM notes n"  # noqa: S608
                f" WHERE rid IN ({marks}) AND version = (SELECT max(version) FROM notes l"
                " WHERE l.session_id = n.session_id)"
            )
            for row in self._vault.read(sql, tuple(chunk)):
                sections = json.loads(row[3]) if row[3] else []
                # The same text the FTS trigger indexes: section titles and texts.
                text = "\n".join(f"{s.get('title', '')}\n{s.get('text', '')}" for s in sections)
                found[int(row[0])] = (str(row[1]), str(row[2]), text)
        return found


Candidate = tuple[str, int, str, str]  # kind, segment id or note rid, session id, text


def _rank(rows: list[Candidate], terms: list[str]) -> list[Candidate]:
    """BM25 term-frequency/length score per row (higher is better), newest first on ties."""
    if not rows:
        return []
    # Regexes run in C: per-token Python loops cost more than the SQL on a large candidate set.
    patterns = [re.compile(rf"\b{re.escape(term)}\w*", re.IGNORECASE) for term in terms]
    average = sum(len(row[3]) for row in rows) / len(rows) or 1.0
    scored = []
    for row in rows:
        norm = _K1 * (1 - _B + _B * len(row[3]) / average)  # length in characters
        score = 0.0
        for pattern in patterns:
            frequency = len(pattern.findall(row[3]))
            score += frequency * (_K1 + 1) / (frequency + norm)
        # Segment ids grow with time; note rids too: larger = newer.
        scored.append((-score, row[0], -row[1], row))
    scored.sort(key=lambda item: item[:3])
    return [item[3] for item in scored]


def make_snippet(text: str, terms: list[str]) -> str:
    """Up to 12 words around the most query matches, matches wrapped in « », cuts marked …."""
    spans = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
    if not spans:
        return ""
    hits = [any(word.startswith(term) for term in terms) for _s, _e, word in spans]
    width = min(SNIPPET_TOKENS, len(spans))
    best, best_count = 0, -1
    for first in range(len(spans) - width + 1):
        count = sum(hits[first : first + width])
        if count > best_count:
            best, best_count = first, count
    parts = ["…" if best > 0 else ""]
    cursor = spans[best][0]
    for index in range(best, best + width):
        start, end, _word = spans[index]
        parts.append(text[cursor:start])
        word = text[start:end]
        parts.append(f"{HIGHLIGHT_START}{word}{HIGHLIGHT_END}" if hits[index] else word)
        cursor = end
    if best + width < len(spans):
        parts.append("…")
    else:
        parts.append(text[cursor:])
    return "".join(parts)


def exact_expression(text: str) -> str:
    """Like ``match_expression`` but whole words only (no prefix matching)."""
    words = _WORD.findall(text)[:MAX_TERMS]
    return " ".join(f'"{word}"' for word in words)


def match_expression(text: str) -> str:
    """Turn user text into a safe FTS5 query: quoted words, ANDed, each matched as a prefix.

    Quoting every word means FTS5 operators typed by the user (AND, NEAR, ``*``, ``"``, column
    filters) are searched for as words instead of raising a syntax error.
    """
    words = _WORD.findall(text)[:MAX_TERMS]
    return " ".join(f'"{word}"*' for word in words)
