"""Names joined to names: "ottilie and bram came", "sunniva and bex", "hobart and mireille".

Split from :mod:`speech_names`. Two joined subjects of a person verb are names when both read
as names; a name-like word joined to a name found elsewhere is one too. Each finder yields
``(start, end, label, confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from tenor_desktop.redaction.capitalised_names import titled
from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NOT_PERSON, is_name_like, never_a_name
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.speech_names import OPENER, WORD, is_person_word
from tenor_desktop.redaction.word_names import listed_word_name

# Two people as the subject: "ottilie and bram came for dinner".
_PAIR_SUBJECT = re.compile(
    rf"{OPENER}({WORD})\s+(?:and|&)\s+({WORD})\s+(?:came|went|were|are|got|left|said|showed"
    r"|moved|called|texted|visited|helped|stayed|drove|took|brought|picked|both|have|had|used"
    r"|keep|kept)\b"
)


def find_pair_subjects(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Two people as the subject of a person verb: "ottilie and bram came for dinner"."""
    if "and" not in text and "&" not in text:
        return
    for match in _PAIR_SUBJECT.finditer(text):
        first, second = match.group(1), match.group(2)
        # Both must read as names, and two rare words need a listed name among them:
        # "tacos and beer were" and "tacos and burritos were" are no pair of people.
        if all(_pair_person(word, lex) for word in (first, second)) and any(
            is_name_like(word.lower(), lex) or not is_rare_word(word, lex)
            for word in (first, second)
        ):
            yield match.start(1), match.end(1), "NAME", 0.6
            yield match.start(2), match.end(2), "NAME", 0.6


def _pair_person(word: str, lex: Lexicons) -> bool:
    """One of two joined subjects: a person word, or a name-like word that no app or place is."""
    lower = word.lower()
    if is_person_word(word, lex):
        return True
    return (
        is_name_like(lower, lex)
        and lower not in NOT_PERSON
        and lower not in lex.places
        and not never_a_name(lower, lex)
    )


# Joined by "and"/"or"/"&", or listed with commas: "jess, kav and suvi", "me, tobi, and ravi".
_COORDINATED_AFTER = re.compile(rf"(?:\s*(,)\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)({WORD})\b")
_COORDINATED_BEFORE = re.compile(rf"\b({WORD})(?:\s*(,)\s*|\s+(?:and|or|&)\s+)$")
# A comma joins people only in a list that an "and"/"or" closes ("jess, kav and suvi"), not
# in an apposition or a pause ("the adjuster, Kevin, read it", "across the hall, Ottoline").
_LIST_GOES_ON = re.compile(rf"(?:\s*,\s*{WORD})*\s*,?\s+(?:and|or|&)\s+{WORD}")
# A name corrected in speech: "destinee, no, dasia", "ray ray, i mean raymond".
_REPAIR = r",?\s+(?:no|sorry|i\s+mean|actually|wait),?\s+"
_REPAIR_AFTER = re.compile(rf"{_REPAIR}({WORD})\b")
_REPAIR_BEFORE = re.compile(rf"\b({WORD})(?:\s+({WORD}))?{_REPAIR}$")
# A list is rarely longer; each round reaches one more member.
_LIST_ROUNDS = 4


def coordinated_names(text: str, names: Iterable[tuple[int, int]], lex: Lexicons) -> Iterator[Hit]:
    """Name-like words joined or listed with a found name: "sunniva and bex", "jess, kav"."""
    seen = set(names)
    frontier = list(seen)
    for _ in range(_LIST_ROUNDS):
        found: list[tuple[int, int]] = []
        for start, end in frontier:
            after = _COORDINATED_AFTER.match(text, end)
            if (
                after is not None
                and (after.group(1) is None or _LIST_GOES_ON.match(text, after.end(2)))
                and (
                    _coordinated_person(after.group(2), lex)
                    or listed_word_name(text, after.start(2), after.end(2))
                )
            ):
                found.append((after.start(2), after.end(2)))
            offset = max(0, start - 30)
            before = _COORDINATED_BEFORE.search(text[offset:start])
            if (
                before is not None
                and (before.group(2) is None or _LIST_GOES_ON.match(text, end))
                # "had a Fresca and Brennagh got the fries": a thing, not a second person.
                and not titled(text, offset + before.start(1), before.group(1).lower(), lex)
                and (
                    _coordinated_person(before.group(1), lex)
                    or listed_word_name(text, offset + before.start(1), offset + before.end(1))
                )
            ):
                found.append((offset + before.start(1), offset + before.end(1)))
            found += _repaired(text, start, end, lex)
        frontier = [span for span in dict.fromkeys(found) if span not in seen]
        if not frontier:
            return
        seen.update(frontier)
        for start, end in frontier:
            yield start, end, "NAME", 0.6


def _coordinated_person(word: str, lex: Lexicons) -> bool:
    """A name-like word beside a found name; a town there ("hobart and mireille") is one too."""
    if is_person_word(word, lex, strong=True):
        return True
    lower = word.lower()
    return (
        len(lower) >= 3
        and lower in lex.places
        and lower not in lex.not_phi_places
        and lower not in STOP_WORDS
        and lower not in NOT_NAME_WORDS
    )


def _repaired(text: str, start: int, end: int, lex: Lexicons) -> list[tuple[int, int]]:
    """The other name of a correction said around a found name ("destinee, no, dasia")."""
    spans: list[tuple[int, int]] = []
    after = _REPAIR_AFTER.match(text, end)
    if after is not None and _coordinated_person(after.group(1), lex):
        spans.append((after.start(1), after.end(1)))
    offset = max(0, start - 40)
    before = _REPAIR_BEFORE.search(text, offset, start)
    if before is not None:
        words = [g for g in (before.group(1), before.group(2)) if g]
        if all(_coordinated_person(w, lex) for w in words):
            spans.append((before.start(1), before.end(len(words))))
    return spans
