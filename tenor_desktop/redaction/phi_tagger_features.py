"""Word tokens and hashed features for the learned PHI tagger (:mod:`phi_tagger`).

Each word gets a fixed row of hashed features of its own (lowercased form, shape, affixes,
membership of the app's lexicons); a token's feature row is its word's row plus hashed
combinations of its neighbours' rows (two each side), built in numpy. The rule finders' output
is never a feature: the rules were tuned on the very sets the tagger learns from.

Hashes are CRC-32 (stable across processes, unlike ``hash``), folded into ``DIMENSION`` rows.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.listed_name_index import read_listed

DIMENSION = 1 << 18
TOKEN = re.compile(r"[A-Za-z0-9]+(?:['\u2019][A-Za-z]+)*|[^\w\s]")
_LINE_LABEL = re.compile(r"(?m)^[ \t]*[A-Za-z]+(?:[ \t]\d+)?[ \t]*:")
_MEMO_WORDS = 50_000
IndexArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class Tokens:
    """Word tokens of a text: offsets and whether each opens a speaker's turn."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    turn_start: list[bool]


def tokenize(text: str) -> Tokens:
    """Word and punctuation tokens; a turn starts after a line's ``Speaker:`` label."""
    label_ends = {m.end() for m in _LINE_LABEL.finditer(text)}
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    turn: list[bool] = []
    previous_end = -1
    for match in TOKEN.finditer(text):
        start = match.start()
        starts.append(start)
        ends.append(match.end())
        words.append(match.group())
        # The label's colon is a token of its own: a turn opens right after it, or on a new line.
        turn.append(
            previous_end < 0 or previous_end in label_ends or "\n" in text[previous_end:start]
        )
        previous_end = match.end()
    return Tokens(starts, ends, words, turn)


def _hash(feature: str) -> int:
    return zlib.crc32(feature.encode("utf-8"))


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]+", "X", re.sub(r"[a-z]+", "x", re.sub(r"[0-9]+", "d", word)))
    return shape[:4]


def _words_of(names: frozenset[str]) -> frozenset[str]:
    return frozenset(part for name in names for part in name.split())


class WordFeatures:
    """The hashed features of single words (memoised) and the token feature matrix."""

    # Slots of a word's row reused for its neighbours: lowercased form, shape, lexicon mask.
    WORD_SLOTS = 16
    _NEIGHBOUR_SLOTS = (0, 1, 2)

    def __init__(self, lexicons: Lexicons) -> None:
        listed = {
            "biz": frozenset(
                w for line in read_listed("known_businesses.txt") for w in line.name.split()
            ),
            "street": frozenset(
                w for line in read_listed("known_streets.txt") for w in line.name.split()
            ),
            "inst": frozenset(
                w for line in read_listed("known_institutions.txt") for w in line.name.split()
            ),
        }
        self._lists: tuple[tuple[str, frozenset[str]], ...] = (
            ("first", lexicons.first_names | lexicons.surnames),
            ("broad", lexicons.broad_names),
            ("proper", lexicons.proper_only),
            ("everyday", lexicons.everyday_words),
            ("common", lexicons.common_words),
            ("place", _words_of(lexicons.places)),
            ("city", _words_of(lexicons.broad_cities)),
            ("notplace", _words_of(lexicons.not_phi_places)),
            ("med", lexicons.medications),
            ("famous", _words_of(lexicons.not_phi_names)),
            *listed.items(),
        )
        self._memo: dict[str, npt.NDArray[np.uint32]] = {}
        self._edges = (
            np.full(self.WORD_SLOTS, _hash("<s>"), dtype=np.uint32),
            np.full(self.WORD_SLOTS, _hash("</s>"), dtype=np.uint32),
        )

    def word_row(self, word: str) -> npt.NDArray[np.uint32]:
        """The ``WORD_SLOTS`` hashed features of one word (as written)."""
        row = self._memo.get(word)
        if row is not None:
            return row
        lower = word.lower()
        flags = [name for name, words in self._lists if lower in words]
        features = [
            f"w={lower}",
            f"s={_shape(word)}",
            "m=" + "|".join(flags),
            f"p3={lower[:3]}",
            f"x3={lower[-3:]}",
            f"x2={lower[-2:]}",
            f"len={min(len(word), 10)}",
            f"cap={word[:1].isupper()}|{'|'.join(flags[:2])}",
        ]
        features += [f"f={name}" for name in flags[:8]]
        features += ["pad"] * (self.WORD_SLOTS - len(features))
        row = np.array([_hash(f) for f in features[: self.WORD_SLOTS]], dtype=np.uint32)
        if len(self._memo) >= _MEMO_WORDS:
            self._memo.clear()
        self._memo[word] = row
        return row

    def matrix(self, tokens: Tokens) -> IndexArray:
        """Feature indexes of every token, shape (tokens, features), into ``DIMENSION`` rows."""
        count = len(tokens.words)
        edge = self._edges
        own = np.array(
            [edge[0], edge[0], *map(self.word_row, tokens.words), edge[1], edge[1]],
            dtype=np.uint64,
        )
        centre = own[2 : count + 2]
        columns = [centre]
        for salt, offset in enumerate((-2, -1, 1, 2), start=1):
            near = own[2 + offset : count + 2 + offset, self._NEIGHBOUR_SLOTS]
            columns.append(near * np.uint64(2654435761) + np.uint64(salt * 97))
        left, right = own[1 : count + 1, 0], own[3 : count + 3, 0]
        lower, shape = centre[:, 0], centre[:, 1]
        turn = np.array(tokens.turn_start, dtype=np.uint64)
        columns.append(
            np.stack(
                [
                    left * np.uint64(40503) + lower,
                    lower * np.uint64(40503) + right + np.uint64(1),
                    shape * np.uint64(7) + turn * np.uint64(13) + np.uint64(5),
                    left * np.uint64(31) + shape * np.uint64(17) + np.uint64(3),
                    np.full(count, 11, dtype=np.uint64),
                ],
                axis=1,
            )
        )
        stacked = np.concatenate(columns, axis=1)
        return (stacked % np.uint64(DIMENSION)).astype(np.int64)
