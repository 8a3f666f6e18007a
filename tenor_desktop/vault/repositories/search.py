"""Full-text search over transcript segments and the latest note of each session (FTS5)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tenor_desktop.vault.vault import Vault

HIGHLIGHT_START = "\u00ab"  # «
HIGHLIGHT_END = "\u00bb"  # »
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16

# bm25() is lower for better matches; both arms use the same scale, so one ORDER BY ranks
# segments and notes together. Older note versions are indexed too, but only the latest
# version of a session's note is returned.
_QUERY = """
SELECT kind, session_id, ref_id, snippet, score FROM (
    SELECT 'segment' AS kind, session_id, CAST(rowid AS TEXT) AS ref_id,
           snippet(segments_fts, 0, ?, ?, '…', 12) AS snippet,
           bm25(segments_fts) AS score
    FROM segments_fts WHERE segments_fts MATCH ?
    UNION ALL
    SELECT 'note', session_id, (SELECT id FROM notes WHERE rid = notes_fts.rowid),
           snippet(notes_fts, 0, ?, ?, '…', 12),
           bm25(notes_fts)
    FROM notes_fts WHERE notes_fts MATCH ?
      AND notes_fts.rowid = (SELECT rid FROM notes n WHERE n.session_id = notes_fts.session_id
                             ORDER BY version DESC LIMIT 1)
) ORDER BY score, kind, ref_id LIMIT ?
"""


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
        """Best matches for all the words of ``text`` (each word also as a prefix)."""
        expression = match_expression(text)
        if not expression or limit <= 0:
            return []
        rows = self._vault.read(
            _QUERY,
            (
                HIGHLIGHT_START,
                HIGHLIGHT_END,
                expression,
                HIGHLIGHT_START,
                HIGHLIGHT_END,
                expression,
                limit,
            ),
        )
        return [
            SearchHit(session_id=row[1], kind=row[0], ref_id=str(row[2]), snippet=row[3])
            for row in rows
        ]


def match_expression(text: str) -> str:
    """Turn user text into a safe FTS5 query: quoted words, ANDed, each matched as a prefix.

    Quoting every word means FTS5 operators typed by the user (AND, NEAR, ``*``, ``"``, column
    filters) are searched for as words instead of raising a syntax error.
    """
    words = _WORD.findall(text)[:MAX_TERMS]
    return " ".join(f'"{word}"*' for word in words)
