"""Names and places found once, found again: every other mention in the text or session.

Split from :mod:`phi_detector`. A name the rules or the NER model found in one place ("my
sister delphine") is learned word by word, a place as its whole surface (and its head word
when capitalised); a dictionary walk over the text then marks every other mention.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction import entity_rules, place_rules
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.ner_entities import Candidate
from tenor_desktop.redaction.span_index import RangeIndex

_WORD = re.compile(r"\w+")
_WORD_START = re.compile(r"(?<![\w@.-])\w+")


def learn_mentions(text: str, chosen: list[Candidate]) -> dict[str, str]:
    """Surfaces of the chosen names (word by word) and places, to find again elsewhere."""
    learned: dict[str, str] = {}
    for start, end, label, _conf, _source in chosen:
        surface = text[start:end]
        if label == "NAME":
            for word in surface.split():
                word = word.strip(",.;:!?\"'")
                low = word.lower()
                if (
                    len(word) >= 2
                    and word.isalpha()
                    and low not in entity_rules.ROLE_WORDS
                    and low not in entity_rules.TITLE_WORDS
                ):
                    learned[word] = "NAME"
        elif label == "LOCATION" and not any(ch.isdigit() for ch in surface):
            learned[surface] = "LOCATION"
            head = surface.split()[0]
            if (
                len(surface.split()) > 1
                and head[0].isupper()
                and head.isalpha()
                and not place_rules.is_generic_facility_word(head)
            ):
                learned[head] = "LOCATION"
    return learned


def propagate_mentions(
    text: str, learned: dict[str, str], protected: list[tuple[int, int]], lex: Lexicons
) -> list[Candidate]:
    """Every other mention of a learned name or place, found by a dictionary walk.

    Names that are also words ("Hope") and capitalised surfaces match case-sensitively.
    Only the word starts where a learned head occurs are tried (:func:`_head_starts`), in
    text order, without compiling a pattern of every learned surface per call.
    """
    by_head: dict[str, list[tuple[str, bool, str]]] = {}
    # A session learns every name and place of every earlier segment; a short segment holds
    # few of them. One that does not occur in the text, even in another case, can match
    # nowhere, so it is left out (in ASCII, where lowercasing keeps every character in place).
    lowered = text.lower() if text.isascii() else None
    for surface, label in learned.items():
        if lowered is not None and surface.isascii() and surface.lower() not in lowered:
            continue
        head = _WORD.match(surface)
        if head is None:
            continue
        exact = surface.lower() in lex.ambiguous_names or surface[0].isupper()
        by_head.setdefault(head.group().lower(), []).append((surface, exact, label))
    if not by_head:
        return []
    for options in by_head.values():
        options.sort(key=lambda option: -len(option[0]))
    found: list[Candidate] = []
    taken_until = 0
    # Hundreds of speaker labels in a long transcript: overlaps by bisection.
    is_protected = RangeIndex(protected).overlaps
    for start, key in _head_starts(text, lowered, by_head):
        if start < taken_until:
            continue
        for surface, exact, label in by_head[key]:
            end = start + len(surface)
            piece = text[start:end]
            if (piece != surface if exact else piece.lower() != surface.lower()) or (
                end < len(text) and (text[end].isalnum() or text[end] in "_@-")
            ):
                continue
            if (
                (piece.islower() or (piece.istitle() and _opens_sentence(text, start)))
                and piece.lower() in lex.ambiguous_names
                and _word_use(text, start, end)
            ):
                # "will" the brother is no reason to redact "I will" or "will be", nor "May"
                # the aunt to redact "May I show you", "pay the bill" or "she's an angel".
                continue
            if not is_protected(start, end):
                found.append((start, end, label, 0.7, "propagated"))
            taken_until = end
            break
    return found


def _head_starts(
    text: str, lowered: str | None, by_head: dict[str, list[tuple[str, bool, str]]]
) -> list[tuple[int, str]]:
    """Word starts of ``text`` whose lowercased word is a key of ``by_head``, in text order.

    The word starts are those of ``_WORD_START``. In ASCII text each head is looked up with
    ``str.find`` (a segment holds a few heads and hundreds of words); a hit counts when it
    opens a word there and the word ends with the head, as the walk over every word would.
    """
    if lowered is None:
        return [
            (match.start(), head)
            for match in _WORD_START.finditer(text)
            if (head := match.group().lower()) in by_head
        ]
    starts: list[tuple[int, str]] = []
    for head in by_head:
        size = len(head)
        at = lowered.find(head)
        while at >= 0:
            end = at + size
            if (at == 0 or not _WORD_OR_JOIN.match(text, at - 1)) and not (
                end < len(text) and _WORD_CHAR.match(text, end)
            ):
                starts.append((at, head))
            at = lowered.find(head, at + 1)
    starts.sort()
    return starts


_WORD_CHAR = re.compile(r"\w")
# What may not come before a word start (``_WORD_START``'s look-behind).
_WORD_OR_JOIN = re.compile(r"[\w@.-]")
_WORD_BEFORE = re.compile(
    r"\b(?:i|you|we|they|he|she|it|who|that|there|this|which|what|let's|lets|to|will|would|can"
    r"|could|should|might|must|may|i'll|we'll|you'll|i'd|we'd|just|really|only|so|and\s+i"
    r"|a|an|the)\s+$"
)
_WORD_AFTER = re.compile(
    r"\s+(?:be|have|not|never|you|i|we|he|she|they|it|so|that|to)\b", re.IGNORECASE
)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``start`` follows the end of a sentence (a capital there may be the word's)."""
    return start >= 2 and text[start - 2] in ".?!"


def _word_use(text: str, start: int, end: int) -> bool:
    """True when a lowercase name that is also a word is used as the word here ("I will go")."""
    return bool(
        _WORD_BEFORE.search(text[max(0, start - 10) : start].lower())
        or _WORD_AFTER.match(text, end)
    )


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) overlaps any of ``spans``."""
    return any(start < e and s < end for s, e in spans)


# The last text asked about (its id, length and hash: the text itself is not kept, so no
# transcript outlives its session here), the region pattern, and the answer.
_last_region_answer: tuple[tuple[int, int, int], re.Pattern[str], bool] | None = None
_region_literals: dict[str, tuple[str, ...] | None] = {}
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)


def may_name_region(text: str, regions: re.Pattern[str]) -> bool:
    """False when no search of ``regions`` (any window of ``text``) can match: a cheap test.

    ``regions`` is ``\\b(?:a|b|...)\\b`` over lowercase ASCII names, case-insensitive. Any
    match, even one cut at a window's end, is one of those names, so in ASCII text it shows
    as a substring of the lowercased text; a few substring tests per text replace a windowed
    search per candidate (most texts name no region). The answer for the last text is kept,
    as every candidate of a text asks in turn; a different text taken for it would need the
    same object id, length and 64-bit hash.
    """
    global _last_region_answer
    key = (id(text), len(text), hash(text))
    last = _last_region_answer
    if last is not None and last[1] is regions and last[0] == key:
        return last[2]
    literals = _region_literals.get(regions.pattern, ())
    if literals == ():
        literals = _region_literals[regions.pattern] = _literals_of(regions)
    if literals is None or not text.isascii():
        answer = True
    else:
        low = text.lower()
        answer = any(literal in low for literal in literals)
    _last_region_answer = (key, regions, answer)
    return answer


def _literals_of(regions: re.Pattern[str]) -> tuple[str, ...] | None:
    """The names of a ``\\b(?:a|b)\\b`` pattern, or None when it is not exactly of that shape."""
    pattern = regions.pattern
    if not (pattern.startswith(r"\b(?:") and pattern.endswith(r")\b")):
        return None
    literals = tuple(_ESCAPED.sub(r"\1", part) for part in pattern[5:-3].split("|"))
    rebuilt = r"\b(?:" + "|".join(re.escape(literal) for literal in literals) + r")\b"
    plain = all(literal.isascii() and literal == literal.lower() for literal in literals)
    if rebuilt != pattern or not plain or regions.flags & re.IGNORECASE == 0:
        return None
    return literals
