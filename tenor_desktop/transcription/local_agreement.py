"""LocalAgreement-2: commit the words two consecutive hypotheses agree on.

Whisper re-decodes a growing window of audio every step. A word that the last two decodes
produced identically (after the already committed words) is unlikely to change once more audio
arrives, so it is committed; words at the right edge of the window, often cut mid-word, are
held back until a later decode, which sees the whole word, confirms them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NON_WORD = re.compile(r"[^\w']+")
_SENTENCE_END = re.compile(r"[.?!][\"')\]]*$")
# Words that start this much before the last committed word ended are re-decodes of it.
_OVERLAP_TOLERANCE_S = 0.1
_MAX_NGRAM = 5


@dataclass(frozen=True)
class Word:
    """One recognised word with absolute session times in seconds."""

    start: float
    end: float
    text: str
    probability: float = 1.0

    @property
    def key(self) -> str:
        """Comparison form: lower case without punctuation."""
        return _NON_WORD.sub("", self.text.lower())

    @property
    def ends_sentence(self) -> bool:
        """True when the word carries sentence-final punctuation."""
        return bool(_SENTENCE_END.search(self.text.strip()))


def join_words(words: list[Word]) -> str:
    """Text of a word sequence (Whisper words carry their own leading space)."""
    return "".join(word.text for word in words).strip()


class LocalAgreement:
    """Holds committed words and the previous hypothesis' uncommitted tail."""

    def __init__(self) -> None:
        self.committed: list[Word] = []
        self._committed_end = 0.0
        self._previous_tail: list[Word] = []
        self.tail: list[Word] = []

    @property
    def committed_end(self) -> float:
        """End time of the last word ever committed (seconds)."""
        return self._committed_end

    def new_words(self, hypothesis: list[Word]) -> list[Word]:
        """The part of a hypothesis that lies after everything already committed."""
        fresh = [w for w in hypothesis if w.start >= self._committed_end - _OVERLAP_TOLERANCE_S]
        history = self.committed
        if fresh and history:
            # The first fresh words may repeat the last committed ones (a boundary word whose
            # timestamp moved); drop the longest such n-gram.
            for n in range(min(_MAX_NGRAM, len(fresh), len(history)), 0, -1):
                head = [w.key for w in fresh[:n]]
                if head == [w.key for w in history[-n:]]:
                    fresh = fresh[n:]
                    break
        return fresh

    def insert(self, hypothesis: list[Word]) -> list[Word]:
        """Add a new hypothesis; return the words newly committed by agreement."""
        fresh = self.new_words(hypothesis)
        agreed: list[Word] = []
        for new, old in zip(fresh, self._previous_tail, strict=False):
            if not new.key or new.key != old.key:
                break
            agreed.append(new)
        self._accept(agreed)
        self._previous_tail = fresh[len(agreed) :]
        self.tail = list(self._previous_tail)
        return agreed

    def commit_all(self, hypothesis: list[Word]) -> list[Word]:
        """Final pass: commit everything after the committed words (the speech has ended)."""
        fresh = [w for w in self.new_words(hypothesis) if w.key]
        self._accept(fresh)
        self._previous_tail = []
        self.tail = []
        return fresh

    def take_committed(self, upto: int | None = None) -> list[Word]:
        """Remove and return the first ``upto`` committed words (all when None)."""
        count = len(self.committed) if upto is None else upto
        taken, self.committed = self.committed[:count], self.committed[count:]
        return taken

    def reset(self) -> None:
        """Start a fresh utterance; the committed end time is kept to reject re-decodes."""
        self.committed = []
        self._previous_tail = []
        self.tail = []

    def _accept(self, words: list[Word]) -> None:
        if words:
            self.committed.extend(words)
            self._committed_end = max(self._committed_end, words[-1].end)
