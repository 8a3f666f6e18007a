"""A lexical check that a note statement is backed by the transcript segments it cites.

Not semantics: a statement is *supported* when enough of its content words (or their stems)
occur in the cited segments. It catches the failures that matter — a statement citing nothing,
citing a segment that does not exist, or citing one about something else — without a model.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tenor_desktop.notes.sentence_classifier import content_words

# Words a provider adds around transcript content ("Client reported …") that prove nothing.
_FRAMING = frozenset(
    "client clinician therapist reported reports stated states said says noted notes described "
    "describes discussed discusses expressed expresses session today patient counselor also "
    "indicated indicates shared shares".split()
)
SUPPORT_THRESHOLD = 0.5
_WORD = re.compile(r"[a-z']+")


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word[:6] if len(word) > 6 else word


def support_ratio(statement: str, cited_texts: Sequence[str]) -> float:
    """Share of the statement's content words found (by stem) in the cited texts."""
    words = [word for word in content_words(statement) if word not in _FRAMING]
    if not words:
        # Nothing but small words ("Okay, see you then."): all of them must be in the source.
        raw = set(_WORD.findall(statement.lower()))
        source = {word for text in cited_texts for word in _WORD.findall(text.lower())}
        return 1.0 if raw and raw <= source else 0.0
    available = {_stem(word) for text in cited_texts for word in content_words(text)}
    return sum(1 for word in words if _stem(word) in available) / len(words)


def is_supported(statement: str, evidence: Sequence[int], segment_texts: Mapping[int, str]) -> bool:
    """True when every cited id exists and the cited text covers the statement's content."""
    if not evidence or any(segment_id not in segment_texts for segment_id in evidence):
        return False
    cited = [segment_texts[segment_id] for segment_id in evidence]
    return support_ratio(statement, cited) >= SUPPORT_THRESHOLD
