"""A number-bearing identifier said twice is redacted twice ("turned ninety-four ... ninety-four").

Names and places have their own, case-aware propagation (:mod:`phi_mentions`), which reads
letters; a place with a digit in it ("12th", "route 9") is repeated here. For every other
identifier the surface itself is the secret whatever the context of its second mention, so each
exact, word-bounded repeat of a detected surface gets the same label. Dates repeat
only when they hold a digit or a spelled number: "May" or "March" said again may be the verb
or the protest, "ninety-four" and "the 12th" are the same fact.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.ner_entities import Candidate
from tenor_desktop.redaction.span_index import RangeIndex

_OWN_PROPAGATION = frozenset({"NAME", "LOCATION"})
# A repeat is word-bounded: no word character, "@", "." or "-" just before, none but "." after.
_BOUND_BEFORE = re.compile(r"[\w@.-]")
_BOUND_AFTER = re.compile(r"[\w@-]")
_SPELLED_NUMBER = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
    r"|eighty|ninety|hundred|first|second|third|fifth|ninth|twelfth|\w+tieth|\w+teenth)\b",
    re.IGNORECASE,
)


def repeated_surfaces(
    text: str, chosen: list[Candidate], protected: list[tuple[int, int]]
) -> list[Candidate]:
    """Other word-bounded occurrences of chosen number-bearing surfaces, not yet covered."""
    surfaces = {
        text[start:end]: label
        for start, end, label, _conf, _source in chosen
        if _propagates_here(text[start:end], label)
    }
    is_taken = RangeIndex([(c[0], c[1]) for c in chosen] + protected).overlaps
    found: list[Candidate] = []
    for surface, label in surfaces.items():
        # Word-bounded repeats, left to right and not overlapping (as a finditer of
        # "(?<![\w@.-])surface(?![\w@-])" finds them), by substring search.
        start = text.find(surface)
        while start >= 0:
            end = start + len(surface)
            if (start == 0 or not _BOUND_BEFORE.match(text[start - 1])) and (
                end == len(text) or not _BOUND_AFTER.match(text[end])
            ):
                if not is_taken(start, end):
                    found.append((start, end, label, 0.7, "propagated"))
                start = text.find(surface, end)
            else:
                start = text.find(surface, start + 1)
    return found


def _propagates_here(surface: str, label: str) -> bool:
    """Whether this module repeats the surface: a number-bearing one, a name or place only with
    a digit ("12th", "route 9": the words' own propagation reads letters and case)."""
    if label in _OWN_PROPAGATION:
        return any(ch.isdigit() for ch in surface) and len(surface) >= 3
    return _bears_number(surface, label)


def _bears_number(surface: str, label: str) -> bool:
    if len(surface) < 3:
        return False
    if label != "DATE":
        return True
    return any(ch.isdigit() for ch in surface) or _SPELLED_NUMBER.search(surface) is not None


def one_label_per_surface(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Every mention of a number-bearing surface takes the label of its most confident one.

    "the account is 4471029934. yeah 4471029934": the bare repeat looks like a phone number,
    but it is the account said again, and one placeholder should stand for both.
    """
    best: dict[str, tuple[float, str]] = {}
    for start, end, label, conf, _source in chosen:
        surface = text[start:end]
        if label not in _OWN_PROPAGATION and _bears_number(surface, label):
            if surface not in best or conf > best[surface][0]:
                best[surface] = (conf, label)
    return [
        (s, e, best[text[s:e]][1], conf, source)
        if text[s:e] in best
        else (s, e, label, conf, source)
        for s, e, label, conf, source in chosen
    ]
