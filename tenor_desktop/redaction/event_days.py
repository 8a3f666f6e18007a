"""Days of the month said bare and told apart from counting by what is done on them.

"the first", "the second", "the third" alone count things more often than they name a day, so
:mod:`date_rules` takes them only after a time word ("on", "by", "due"). Two more contexts make
a bare ordinal a day:

- a booking or a release said just before it, the day ending the phrase: "let's schedule you
  for the 2nd.", "they moved it to the 3rd", "I got out the 2nd." (nothing is scheduled for,
  or released on, a counted thing said last);
- "on the 21st" followed by the verb of its clause, third person present: "the rollover on
  the twenty-first keeps replaying" (:mod:`date_rules` lists the pronouns, prepositions and
  conjunctions that may follow "on the 21st"; an ordinal before a plural noun is rare, and the
  few counted plurals are listed).

Runs on the lowercased, spoken-normalised text :func:`date_rules.find_dates` reads ("twenty
first" arrives as "21st"); yields ``(start, end, confidence)`` of the ordinal alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.date_words import ORD

_OBJECT = r"\s+(?:you|him|her|them|me|us|it|that|this|everything)"
# A booking ends on its day; moving or pushing needs its object ("moved to the 2nd." may be
# a floor or a grade, "moved it to the 2nd." is a date).
_BOOKED_DAY = re.compile(
    rf"\b(?:(?:(?:re)?schedul(?:e|ed|ing)|book(?:ed|ing)?)(?:{_OBJECT})?"
    rf"|(?:push(?:ed|ing)?|mov(?:e|ed|ing)){_OBJECT}(?:\s+(?:back|up|out))?)"
    rf"\s+(?:for|to|till|until)\s+the\s+({ORD})(?=\s*(?:[.,;:!?)]|$))"
)
_RELEASE_DAY = re.compile(
    r"\b(?:got\s+out|released|discharged|paroled)(?:\s+on)?\s+the\s+"
    rf"({ORD})(?=\s*(?:[.,;:!?)]|$))"
)
# From the 3rd on ("on the first I felt" is no date): the day, then a verb ending in -s.
_ON_DAY_THEN_VERB = re.compile(
    r"\bon\s+the\s+((?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th))"
    r"(?:\s+(?:still|just|always|never|really|kinda))?\s+([a-z]+)\b"
)
# Plurals an ordinal may count ("the fifth graders", "the 3rd tries"), and short words in -s.
_COUNTED = frozenset(
    "graders grades years times floors days hours weeks months steps rounds innings holes"
    " quarters periods tries attempts pages lines chapters episodes drafts versions levels"
    " sessions classes units rows seats tables".split()
)


def find_event_days(text: str) -> Iterator[tuple[int, int, float]]:
    """The ordinal of each day of the shapes in the module docstring."""
    if "the " not in text:
        return
    for pattern in (_BOOKED_DAY, _RELEASE_DAY):
        for match in pattern.finditer(text):
            yield match.start(1), match.end(1), 0.8
    if "on the " in text:
        for match in _ON_DAY_THEN_VERB.finditer(text):
            verb = match.group(2)
            if (
                len(verb) >= 4
                and verb.endswith("s")
                and not verb.endswith(("ss", "us", "is", "'s"))
                and verb not in _COUNTED
            ):
                yield match.start(1), match.end(1), 0.75
