"""Months said without a day: after a time word ("since october", "back in like june"), an
event verb ("i'm due october"), in a range ("june through august"), and "May"/"March" where
they are the month and no verb.

Split from :mod:`date_rules`, which runs :func:`months_alone` on lowercased text that holds a
month name and searches :data:`CASED_MAY_MARCH` on the text as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.date_words import SAFE_MONTH, matches, near, word_pattern

_SHORT_MONTHS = ("jan", "feb", "apr", "aug", "sep", "oct", "nov", "dec")
_MONTH_ANCHOR = re.compile(rf"(?<![a-z])(?:{SAFE_MONTH}|march|may)(?![a-z])")
# A month alone is a date of the person's when a time preposition places an event in it
# ("expired in December", "since October"), not in general talk ("June and July are hot").
# Fillers of speech between a time word and its month: "back in like june", "since, uh,
# february", "in, i think, november".
_FILLER = (
    r"(?:[\s,]+(?:like|uh|um|uhh|umm|er|erm|you\s+know|i\s+think|i\s+guess|maybe|probably"
    r"|roughly|about|sometime\s+in|at\s+least))*"
)
_MONTH_IN_TIME = word_pattern(
    r"\b(?:in|since|until|till|by|last|next|this|past|coming|early|late|mid|from|through|before"
    r"|after|of"
    rf"|on|during|around|that|starting|until|(?:end|beginning|middle|start)\s+of){_FILLER}"
    rf"[\s,-]+({SAFE_MONTH})\b"
)
# A month no one is named after, said after a verb of an event or "was": "that was december",
# "i'm due october", "he got out december", "it was october when" ("december is hard" is talk
# about the month, not a date of the person's).
_MONTH_AFTER_VERB = word_pattern(
    rf"\b(?:(?:was|is|it's|that's|be|out|back|until|til|'til){_FILLER}\s+(january|february|july"
    r"|september|october|november|december)|(?:due|ends|ended|starts|started|happened|left"
    r"|moved|married|born|died|passed|arrested|sentenced|released|relapsed|discharged|admitted"
    rf"|divorced|separated|birthday's|birthday\s+is|birthday\s+was){_FILLER}\s+({SAFE_MONTH}))\b"
    r"(?!\s+(?:is|was|are|were|has|had|and|said|says|called|texted)\b)"
)
# The first month of a range: "june through august" (the last is a month after "through").
_MONTH_RANGE = word_pattern(
    rf"\b({SAFE_MONTH}|march|may)\s+(?:through|thru|to|till|until|-)\s+(?:{SAFE_MONTH}|march|may)\b"
)
# "the hearing's set for november", "it got pushed to june": a month an event is put on.
_MONTH_SET_FOR = word_pattern(
    r"\b(?:set|scheduled|planned|booked|moved|pushed|postponed|rescheduled|delayed|bumped)"
    rf"\s+(?:back\s+)?(?:for|to|until|till)\s+({SAFE_MONTH}|march|may)\b"
    r"(?!\s+(?:i|you|we|he|she|they|it|be|have)\b)"
)
# The second month of a pair after a time word: "in june or july", "by may and june".
# The second month of a pair after a time word: "in june or july", "by may and june". Tested
# at each month said (see months_alone): the time word before it, the pair after it.
_TIME_WORD_END = re.compile(
    r"\b(?:in|since|until|till|by|around|during|before|after|from|last|next)\s+$"
)
_PAIR_AFTER = re.compile(
    rf"\s+(?:or|and|&)\s+({SAFE_MONTH}\b"
    r"|(?:march|may)\b(?!\s+(?:i|you|we|he|she|they|it|be|have)\b))"
)
# A month said before the event it dates: "my june court date", "the october hearing".
_DETERMINER_END = re.compile(r"\b(?:my|his|her|our|their|the|that|this)\s+$")
_EVENT_AFTER = re.compile(
    r"\s+(?:court\s+date|hearing|appointment|trial|surgery|deadline|wedding|due\s+date"
    r"|sentencing|release|intake|deposition|interview|evaluation|eval|procedure|discharge"
    r"|move-in|move\s+date|visit|funeral|graduation|custody\s+hearing|court)\b"
)
_SAFE_MONTH_WORDS = frozenset(
    "january february april june july august september october november december".split()
)
_MONTH_MODIFIER = re.compile(r"\b(?:early|late|mid)[\s-]+$")
# A month said short after a time word: "clean since feb", "the lease started in sept" ("jan",
# "mar", "jun" and "jul" are names or words too).
_SHORT_MONTH_IN_TIME = word_pattern(
    r"\b(?:in|since|until|till|by|last|next|this|past|coming|early|late|mid|from|through|before"
    r"|after|during|(?:end|beginning|middle|start)\s+of)[\s-]+(feb|apr|aug|sept?|oct|nov|dec)\b"
    r"\.?(?!['\w-])"
    # "in late jan", "since early jan": after the part of the month said, "jan" is no name.
    r"|\b(?:early|late|mid)[\s-]+(jan)\b\.?(?!['\w-])"
)
_MAY_MARCH = word_pattern(
    r"\b(?:in|since|until|till|by|last|next|this|past|coming|early|late|mid|from|through|before"
    r"|after|of"
    rf"|(?:end|beginning|middle|start)\s+of){_FILLER}[\s,-]+"
    r"(may|march)\b(?!\s+(?:i|you|we|he|she|they|it|be|have)\b)"
)
CASED_MAY_MARCH = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id"
    r"|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f|[Dd]uring|[Aa]round|(?:end|beginning|middle"
    r"|start)\s+of)[\s-]+(May|March)\b"
)
# "in march we moved": after a time word "march" is no verb, whatever follows.
_MARCH_BEFORE_CLAUSE = word_pattern(
    r"\b(?:in|since|until|till|by|last|next|this|early|late|mid|from|through|before|after"
    r"|during|around)[\s-]+(march)\s+(?:i|you|we|he|she|they|it)\b"
)
# "by the end of march i'll know": after the part of a month said, "march" is the month
# whatever follows ("the end of may i think" is left alone: "may i" asks).
_MARCH_PART = word_pattern(
    r"\b(?:end|beginning|middle|start|first\s+week|last\s+week|rest)\s+of\s+(march)\b"
)


# "texas in august is too hot", "roofing in august is killing me": the month as a season, said
# of a place or a job in the present, not a date of the person's ("my surgery in june is set").
_PRESENT_AFTER = re.compile(r"\s+(?:is|gets|are|get)\b")
_SENTENCE_BEFORE = re.compile(r"[^.!?\n:]*$")
_PERSONAL = re.compile(
    r"\b(?:i|i'm|i'll|we|my|his|her|our|their|your|he|she|they|hearing|court|surgery"
    r"|appointment|wedding|funeral|trial|date|birthday|anniversary|due|visit|shower|party)\b"
)


def _season_talk(text: str, match: re.Match[str]) -> bool:
    if not match.group().startswith("in") or not _PRESENT_AFTER.match(text, match.end(1)):
        return False
    before = _SENTENCE_BEFORE.search(text, max(0, match.start() - 80), match.start())
    return before is not None and _PERSONAL.search(before.group()) is None


# The word that places a month said alone relative to now belongs to the date said: "since
# last july", "till next august", "this march" (a month said bare, "since july", stays bare).
# A part of the month ("the end of april") is left out: transcribers mark the month alone
# there as often as the whole phrase, and a span mostly of "the end of" would miss the month.
_MONTH_PHRASE_HEAD = re.compile(
    r"\b(?:last|next|this)[\s,-]+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE
)
# A day or year after the month makes it a longer date, found whole by other rules ("the end
# of march 2019", "next june 3rd"): the head is no part of that one.
_DAY_OR_YEAR_AFTER = re.compile(r",?\s+(?:the\s+|of\s+)?'?\d")


def month_phrase_start(text: str, start: int, end: int) -> int:
    """Where the date said with a month found at ``start:end`` begins ("last july"); ``start``
    itself when no such word is said before it."""
    if _DAY_OR_YEAR_AFTER.match(text, end):
        return start
    head = _MONTH_PHRASE_HEAD.search(text, max(0, start - 16), start)
    return start if head is None else head.start()


def months_alone(text: str) -> Iterator[tuple[int, int, float]]:
    """Months said without a day, after a time word ("since october", "early march")."""
    for start, end, confidence in _months_alone(text):
        yield month_phrase_start(text, start, end), end, confidence


def _months_alone(text: str) -> Iterator[tuple[int, int, float]]:
    for match in matches(_MONTH_IN_TIME, text):
        if text.endswith("4th of ", 0, match.start(1)):
            continue
        if _season_talk(text, match):
            continue
        # "mid-august", "early june": the modifier is part of the date said.
        modifier = _MONTH_MODIFIER.search(text, max(0, match.start(1) - 6), match.start(1))
        yield (match.start(1) if modifier is None else modifier.start()), match.end(1), 0.8
    for match in near(_MONTH_AFTER_VERB, _MONTH_ANCHOR, text, 48):
        group = 1 if match.group(1) else 2
        yield match.start(group), match.end(group), 0.75
    for match in near(_MONTH_RANGE, _MONTH_ANCHOR, text, 0):
        yield match.start(1), match.end(1), 0.75
    for anchor in _MONTH_ANCHOR.finditer(text):
        start, end = anchor.span()
        pair = _PAIR_AFTER.match(text, end)
        if pair is not None and _TIME_WORD_END.search(text, max(0, start - 8), start):
            yield pair.start(1), pair.end(1), 0.75
        if (
            anchor.group() in _SAFE_MONTH_WORDS
            and _EVENT_AFTER.match(text, end)
            and _DETERMINER_END.search(text, max(0, start - 7), start)
        ):
            yield start, end, 0.75
    for match in near(_MONTH_SET_FOR, _MONTH_ANCHOR, text, 40):
        yield match.start(1), match.end(1), 0.8
    if "march" in text:
        for pattern in (_MARCH_BEFORE_CLAUSE, _MARCH_PART):
            for match in matches(pattern, text):
                yield match.start(1), match.end(1), 0.75
    for match in matches(_MAY_MARCH, text):
        modifier = _MONTH_MODIFIER.search(text, max(0, match.start(1) - 6), match.start(1))
        yield (match.start(1) if modifier is None else modifier.start()), match.end(1), 0.75
    if any(short in text for short in _SHORT_MONTHS):
        for match in matches(_SHORT_MONTH_IN_TIME, text):
            if match.group(1):
                yield match.start(1), match.end(1), 0.75
            else:
                yield match.start(), match.end(2), 0.75
