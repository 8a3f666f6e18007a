"""Dates more specific than a year, and ages over 89, in written and spoken forms.

Runs on the spoken-normalised text (``march fifth`` has become ``march 5th``). Bare years,
durations and bare weekdays are deliberately not matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.text_case import lower_same_length

_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
_SAFE_MONTH = r"(?:january|february|april|june|july|august|september|october|november|december)"
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon\.?|tues?\.?|weds?\.?|thu(?:rs?)?\.?|fri\.?|sat\.?|sun\.?)"
)
_ORD = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"
# A plain (non-ordinal) day must end the phrase, so "may 1 day" is not a date.
_DAY_END = r"(?=\s*(?:[.,;:!?)]|$|\s(?:at|and|in|or|is|was|the|when|so|but|because|to|for)\b))"

# Rarer shapes, each tried only when a word it needs is in the text (see find_dates).
_GUARDED_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str], float], ...] = tuple(
    (needles, re.compile(pattern), confidence)
    for needles, pattern, confidence in (
        # "the 22nd of next month": the day is still a date of the person's.
        (
            ("month",),
            rf"\b(?:the\s+)?{_ORD}\s+of\s+(?:last|next|this|that|the\s+same)\s+month\b",
            0.9,
        ),
        # "june of last year", "the 24th march" (day before month without "of").
        (("year",), rf"\b{_MONTH}\s+of\s+(?:last|this|next|that)\s+year\b", 0.85),
        (("th ", "st ", "nd ", "rd "), rf"\b(?:the\s+)?{_ORD}\s+(?:{_SAFE_MONTH}|march)\b", 0.85),
        # "12 december", "3 june 2019": a plain day before the month.
        (
            ("ber", "uary", "ril", "une", "uly", "ust", "arch"),
            rf"\b(?:[12]?\d|3[01])\s+(?:{_SAFE_MONTH}|march)(?:,?\s+{_YEAR}\b|{_DAY_END})",
            0.85,
        ),
        # An age over 89 said as a decade: "she's in her late nineties".
        (
            ("nineties",),
            r"\bin\s+(?:his|her|their|my|your)\s+(?:late\s+|early\s+|mid-?\s*)?nineties\b",
            0.8,
        ),
    )
)
_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (re.compile(pattern), confidence)
    for pattern, confidence in (
        (
            rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_MONTH}\s+(?:the\s+)?"
            rf"(?:{_ORD}\b|{_DAY}{_DAY_END})(?:,?\s+{_YEAR}\b)?",
            0.95,
        ),
        (rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_ORD}\s+of\s+{_MONTH}\b(?:,?\s+{_YEAR}\b)?", 0.95),
        (rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", 0.9),
        (rf"\b{_WEEKDAY},?\s+the\s+{_ORD}\b", 0.95),
        (r"\b(?:[01]?\d)/(?:[0-3]?\d)(?:/(?:\d{4}|\d{2}))?\b", 0.85),
        (r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b", 0.95),
        (r"\b[01]?\d-[0-3]?\d-(?:19|20)\d\d\b", 0.9),
        # "12.03.2025": day and month either way round, with a full year.
        (r"\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|[12]\d|3[01])\.(?:19|20)\d\d\b", 0.9),
    )
)
# A month alone is a date of the person's when a time preposition places an event in it
# ("expired in December", "since October"), not in general talk ("June and July are hot").
_MONTH_IN_TIME = re.compile(
    r"\b(?:in|since|until|till|by|last|next|this|early|late|mid|from|through|before|after|of"
    r"|on|during|around|that|starting|until|(?:end|beginning|middle|start)\s+of)[\s-]+"
    rf"({_SAFE_MONTH})\b"
)
_MONTH_MODIFIER = re.compile(r"\b(?:early|late|mid)[\s-]+$")
_HOLIDAY_WITH_YEAR = re.compile(
    r"\b(?:christmas(?:\s+eve|\s+day)?|thanksgiving(?:\s+day)?|new\s+year'?s(?:\s+eve|\s+day)?"
    r"|easter(?:\s+sunday)?|halloween|valentine'?s\s+day|independence\s+day|memorial\s+day"
    r"|labor\s+day|mother'?s\s+day|father'?s\s+day|(?:the\s+)?4th\s+of\s+july)"
    r",?\s+(?:of\s+)?(?:1[89]\d\d|20\d\d)\b"
)
_MAY_MARCH = re.compile(
    r"\b(?:in|since|until|till|by|last|next|this|early|late|mid|from|through|before|after|of"
    r"|(?:end|beginning|middle|start)\s+of)[\s-]+"
    r"(may|march)\b(?!\s+(?:i|you|we|he|she|they|it|be|have)\b)"
)
# "the 12th." / "on the 1st" : an ordinal day on its own, when not counting something.
_BARE_ORDINAL = re.compile(
    rf"\bthe\s+({_ORD})(?=\s*(?:[.,;:!?)]|$|\s(?:at|and|or|when|because|so|but|of|is|was|works)\b))"
)
# "on the 15th she moved out": after "on"/"by"/"since" a pronoun may follow the day ("on the
# first I felt fine" is no date, so first and second are left out).
_ON_ORDINAL = re.compile(
    r"\b(?:on|by|until|till|since|before|from)\s+the\s+((?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th))"
    r"(?=\s+(?:i|we|he|she|they|you|my|our|his|her|their)\b)"
)
_AGE_BEFORE = re.compile(
    r"\b(?:turned|turns|turning|be|is|was|aged|age|age of|he's|she's|i'm|i am|he is|she is"
    r"|died at|passed at|lived to|made it to|reached)\s+(?:(?:almost|nearly|over|about|like"
    r"|around|already)\s+)?(?:a\s+)?$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^(?:\s*(?:years?|yrs?)[- ]old|-year-old"
    r"|\s+(?:now|himself|herself|myself|this|next|in|on|and|last)\b"
    r"|\s*[.,;!?]|\s*$|\s*\n)",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\b(\d{2,3})\b")
# A birth date read as digits after its cue: "date of birth? 111284", "dob 3 14 1990".
_BIRTH_DIGITS = re.compile(
    r"\b(?:date\s+of\s+birth|d\.?o\.?b\.?|birthday|born(?:\s+on)?)\b[^\d.?!]{0,40}?[?:]?"
    r"[^\d]{0,25}?\b(\d{5,8}|(?!(?:19|20)\d\d\b)\d{4}"
    r"|\d{1,2}(?:[ .-]|, )\d{1,2}(?:[ .-]|, )(?:\d{2}|\d{4}))\b"
)


def find_dates(text: str) -> Iterator[tuple[int, int, float]]:
    """Yield (start, end, confidence) of date phrases in normalised text.

    The patterns are lowercase and run on a lowercased copy (see :mod:`text_case`).
    """
    text = lower_same_length(text)
    for pattern, confidence in _PATTERNS:
        for match in pattern.finditer(text):
            yield match.start(), match.end(), confidence
    for needles, pattern, confidence in _GUARDED_PATTERNS:
        if any(needle in text for needle in needles):
            for match in pattern.finditer(text):
                yield match.start(), match.end(), confidence
    for match in _HOLIDAY_WITH_YEAR.finditer(text):
        yield match.start(), match.end(), 0.85
    for match in _MONTH_IN_TIME.finditer(text):
        # "mid-august", "early june": the modifier is part of the date said.
        modifier = _MONTH_MODIFIER.search(text, max(0, match.start(1) - 6), match.start(1))
        yield (match.start(1) if modifier is None else modifier.start()), match.end(1), 0.8
    for match in _MAY_MARCH.finditer(text):
        yield match.start(1), match.end(1), 0.75
    for pattern in (_BARE_ORDINAL, _ON_ORDINAL):
        for match in pattern.finditer(text):
            yield match.start(1), match.end(1), 0.8
    for match in _BIRTH_DIGITS.finditer(text):
        yield match.start(1), match.end(1), 0.85


def find_old_ages(text: str) -> Iterator[tuple[int, int, float]]:
    """Yield spans of ages 90 and over, which Safe Harbor treats as identifying."""
    for match in _NUMBER.finditer(text):
        value = int(match.group(1))
        if not 90 <= value <= 125:
            continue
        before = text[max(0, match.start() - 24) : match.start()]
        after = text[match.end() : match.end() + 12]
        if _AGE_BEFORE.search(before) and _AGE_AFTER.match(after):
            # "almost a hundred": the article belongs to the number.
            start = match.start() - 2 if before.lower().endswith("a ") else match.start()
            yield start, match.end(), 0.85
        elif re.match(r"\s*(?:years?|yrs?)[- ]old|-year-old", after, re.IGNORECASE):
            yield match.start(), match.end(), 0.9
