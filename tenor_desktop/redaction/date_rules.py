"""Dates more specific than a year, in written and spoken forms (ages over 89: :mod:`age_rules`;
months said alone: :mod:`month_rules`).

Runs on the spoken-normalised text (``march fifth`` has become ``march 5th``). Bare years,
durations and bare weekdays are deliberately not matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.address_numbers import STREET_TYPE
from tenor_desktop.redaction.age_rules import find_old_ages as find_old_ages
from tenor_desktop.redaction.date_words import (
    DAY,
    DAY_END,
    MONTH,
    ORD,
    SAFE_MONTH,
    WEEKDAY,
    YEAR,
    matches,
    near,
    word_pattern,
)
from tenor_desktop.redaction.event_days import find_event_days
from tenor_desktop.redaction.holiday_dates import find_holidays
from tenor_desktop.redaction.month_rules import CASED_MAY_MARCH, month_phrase_start, months_alone
from tenor_desktop.redaction.spanish_dates import find_spanish_dates
from tenor_desktop.redaction.text_case import lower_same_length

# Rarer shapes, each tried only when a word it needs is in the text (see find_dates).
_CASED_MODIFIER = re.compile(r"\b(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+$")
_GUARDED_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str], float], ...] = tuple(
    (needles, word_pattern(pattern), confidence)
    for needles, pattern, confidence in (
        # "the 22nd of next month": the day is still a date of the person's.
        (
            ("month",),
            rf"\b(?:the\s+)?{ORD}\s+of\s+(?:last|next|this|that|the\s+same)\s+month\b",
            0.9,
        ),
        # "i got out on the first of the month", "he can start on the first of the month": the
        # day a person did or will do something. What recurs every month is no date ("rent is
        # due on the first of the month", "every first of the month", "the first sunday of
        # the month").
        (
            ("of the month",),
            r"(?<!\bdue\son\s)(?<!\bpaid\son\s)(?<!\bpay\son\s)(?<!\bpays\son\s)"
            rf"(?<!\bcomes\son\s)(?<=\bon\s)the\s+{ORD}\s+of\s+the\s+month\b",
            0.8,
        ),
        # "the summer of 2023", "spring of twenty twenty-four": a season placed in its year
        # narrows the year to months (a bare year is left alone).
        (
            ("spring", "summer", "fall", "autumn", "winter"),
            rf"\b(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+of\s+{YEAR}\b",
            0.85,
        ),
        # "june of last year", "the 24th march" (day before month without "of").
        (("year",), rf"\b{MONTH}\s+of\s+(?:last|this|next|that)\s+year\b", 0.85),
        (
            ("th ", "st ", "nd ", "rd "),
            rf"\b(?:the\s+)?{ORD}\s+(?:{SAFE_MONTH}|march)\b(?:,?\s+{YEAR}\b)?",
            0.85,
        ),
        # "12 december", "3 june 2019", "14 feb": a plain day before the month.
        (
            (
                "ber",
                "uary",
                "ril",
                "une",
                "uly",
                "ust",
                "arch",
                " jan",
                " mar ",
                "feb",
                "apr",
                "aug",
                "sep",
                "oct",
                "nov",
                "dec",
            ),
            rf"\b(?:[12]?\d|3[01])\s+(?:{SAFE_MONTH}|march|jan|feb|mar|apr|aug|sept?|oct|nov|dec)"
            rf"(?:,?\s+{YEAR}\b|{DAY_END})",
            0.85,
        ),
        # "three slash fourteen" (spoken as normalised: "3 slash 14"), with a year or not.
        (
            ("slash",),
            r"\b(?:0?[1-9]|1[0-2])\s+slash\s+(?:0?[1-9]|[12]\d|3[01])"
            r"(?:\s+slash\s+(?:\d{4}|\d{2}))?\b(?!\s+slash)",
            0.85,
        ),
        # "her ninetieth birthday": an age over 89 said as the birthday.
        (("birthday",), r"\b(?:9\d|1[01]\d|12[0-5])(?:st|nd|rd|th)(?=\s+birthday\b)", 0.85),
        # An age over 89 said as a decade: "she's in her late nineties".
        (
            ("nineties",),
            r"\bin\s+(?:his|her|their|my|your)\s+(?:late\s+|early\s+|mid-?\s*)?nineties\b",
            0.8,
        ),
    )
)
# Which week a weekday is in, said before it: "last friday", "two weeks from friday".
_WEEKS_FROM = (
    r"(?:a|one|two|three|four|five|six|[1-6]|a\s+couple\s+(?:of\s+)?)\s+weeks?\s+from"
    r"(?:\s+this|\s+next)?"
)
_WEEK_SAID = rf"(?:last|next|this\s+past|this|{_WEEKS_FROM})"
# "two weeks from friday": a day counted from a weekday is one date (a bare weekday is not).
_FROM_WEEKDAY = word_pattern(
    rf"\b{_WEEKS_FROM}\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"(?!\s+(?:to|till|until|through|thru)\b)"
)
# The first three need a month name (see _MONTH_STEMS); the first takes a range of days after it.
_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (word_pattern(pattern), confidence)
    for pattern, confidence in (
        (
            rf"\b(?:{WEEKDAY},?\s+)?(?:the\s+)?{MONTH}\s+(?:the\s+)?"
            rf"(?:{ORD}\b|{DAY}{DAY_END}|{DAY}(?=-\d))(?:,?\s+(?:of\s+)?{YEAR}\b"
            # "june ninth, oh nine": a two-digit year said after the day, ending the phrase.
            rf"|(?<=[a-z]),?\s+\d\d(?=\s*(?:[.,;:!?)]|$)))?",
            0.95,
        ),
        # Without a year the fourth of july is the holiday, no date of the person's.
        (
            rf"\b(?:{WEEKDAY},?\s+)?(?:the\s+)?{ORD}\s+of\s+{MONTH}\b(?:,?\s+(?:of\s+)?{YEAR}\b)?"
            r"(?<!4th of july)",
            0.95,
        ),
        # "june 2019", "june of '98", "june of ninety eight" (a two-digit year after "of").
        (
            rf"\b{MONTH},?\s+(?:(?:of\s+)?{YEAR}\b|of\s+\d\d(?=\s*(?:[.,;:!?)]|$)"
            r"|\s+(?:and|when|i|we|he|she|they|my|but|so|because|was|is)\b))",
            0.9,
        ),
        # "friday the 12th", with the week said before it: "last wednesday the 8th", "two
        # weeks from friday the 12th" (the whole phrase places the day).
        (rf"\b(?:{_WEEK_SAID}\s+)?{WEEKDAY},?\s+the\s+{ORD}\b", 0.95),
        # "the last saturday in april", "the first monday of june": one day of the month.
        (
            r"\bthe\s+(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+"
            rf"{WEEKDAY}\s+(?:in|of)\s+{MONTH}\b(?:,?\s+(?:of\s+)?{YEAR}\b)?",
            0.9,
        ),
        (r"\b(?:[01]?\d)/(?:[0-3]?\d)(?:/(?:\d{4}|\d{2}))?\b", 0.85),
        (r"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b", 0.95),
        (r"\b[01]?\d-[0-3]?\d-(?:19|20)\d\d\b", 0.9),
        # "12.03.2025": day and month either way round, with a full year.
        (r"\b(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|[12]\d|3[01])\.(?:19|20)\d\d\b", 0.9),
    )
)
# "discharged on 4-17": a month and day with a dash and no year, after a time preposition.
_DASHED_DAY = word_pattern(
    r"\b(?:on|since|by|until|till|before|after)\s+((?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]))"
    r"(?=\s*(?:[.,;!?]|$)|\s+(?:i|we|he|she|they|and|at|when|but|so|my|was|is)\b)"
)
_DAY_BEFORE_CAPITAL = re.compile(
    r"\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Ff]or|is|was|[Ss]tarting"
    r"|[Aa]round)\s+the\s+((?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th))(?=\s+[A-Z](?![\w ]{0,12}:))"
)
# A filler said between the article and the day: "visit him on the um fifteenth".
_FILLER = r"(?:(?:um|uh|er|like)\s+)?"
# "the 12th." / "on the 1st" : an ordinal day on its own, when not counting something.
# Before another day ("the 2nd or 3rd time") it is left to _ORDINAL_RUN.
_BARE_ORDINAL = word_pattern(
    rf"\bthe\s+{_FILLER}({ORD})"
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:at|and|or|when|because|so|but|is|was|works)\b))"
    rf"(?!,?\s*(?:,|-|and|or|to)\s*(?:the\s+)?{ORD})"
)
# The time word a small ordinal needs to be a day (see find_dates).
_SMALL_DAY_BEFORE = re.compile(
    rf"\b(?:on|by|from|since|until|till|before|after|due|around|starting|through|{WEEKDAY}"
    # Or the day of an event: "her birthday was the third", "the hearing's the 2nd".
    r"|(?:birthday|anniversary|date|appointment|hearing|surgery|deadline)(?:'s|\s+is|\s+was))"
    r",?(?:\s+(?:like|um|uh),?)?\s+$"
)
# "the week of the 14th", "the weekend of the 3rd": the week is placed by one day of it.
# "the night of the ninth", "the morning of the 3rd": a part of that day.
_WEEK_OF_DAY = word_pattern(
    r"\b(?:week|weekend|night|morning|afternoon|evening|day)\s+of\s+the\s+"
    r"((?:[12]?\d|3[01])(?:st|nd|rd|th))\b"
)
# "is the eighth okay?", "the ninth works for me": from the 3rd on, a day offered or agreed
# on ("the first okay" and "the second good" are rare as dates, common as counting).
_DAY_AGREED = word_pattern(
    r"\bthe\s+((?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th))\s+(?:okay|ok|work|works|worked|good"
    r"|better|fine|instead)\b"
)
_AGREED_WORDS = (" okay", " ok", " work", " good", " better", " fine", " instead")
# "my court date is the 22nd for the custody thing": from the 3rd on, a preposition after the
# day says it is a date (a pronoun does not: "the fifth we tried", "the second we got home").
_DAY_THEN_CLAUSE = word_pattern(
    r"\bthe\s+((?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th))(?=\s+(?:for|with|after|before|then|which"
    r"|right|in\s+the\s+(?:morning|afternoon|evening))\s"
    # A day checked back ("the group is the 20th, right?") or given a time ("call back the
    # 28th around noon").
    r"|,?\s+right\s*(?:[.?!]|$)|\s+(?:around|about)\s+(?:noon|midnight|lunch"
    r"|\d{1,2}(?::\d\d)?\b(?!\s*(?:minutes?|mins?|hours?|days?|weeks?|times?|of)\b))\b)"
)
# A range or list of days: "from the 3rd to the 9th of june", "the 3rd, 4th or 5th". The last
# day must end a date ("of june", "of next month", the clause), so counting ("the 2nd or 3rd
# time") is no date; every day of it is yielded.
_ORDINAL_RUN = word_pattern(
    rf"\bthe\s+{ORD}(?:,\s*(?:the\s+)?{ORD})*,?\s*(?:-|to|through|thru|till|until|and|or)\s*"
    rf"(?:the\s+)?{ORD}(?=\s+of\s+(?:{MONTH}|(?:last|next|this|that)\s+month)\b"
    r"|\s*(?:[.,;:!?)]|$)|\s+(?:i|we|he|she|they|my|our|his|her|their|at|and|when|because|so"
    r"|but|is|was|are|were)\b)"
)
_ORD_ONLY = re.compile(ORD)
# After a month and day: "june 3-9", "june 3 to 9", "june 3rd through the 9th".
_RANGE_TAIL = re.compile(
    rf"(?:,\s*(?:the\s+)?{ORD})*,?\s*(?:-|\u2013|to|through|thru|till|until|and|or)\s*(?:the\s+)?"
    rf"(?:{ORD}\b|{DAY}{DAY_END})"
)
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)\b")
# Substrings every month name or abbreviation holds: without one, no month pattern can match.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# "on the 15th she moved out": after "on"/"by"/"since" a pronoun may follow the day ("on the
# first I felt fine" is no date, so first and second are left out).
_ON_ORDINAL = word_pattern(
    rf"\b(?:on|by|until|till|since|before|from|after|around|starting|through)\s+{_FILLER}the\s+"
    rf"{_FILLER}((?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th))"
    r"(?=\s+(?:i|we|he|she|they|you|my|our|his|her|their|for|with|after|right|which|then|too"
    # The next clause's subject or a report of what was said: "a court date on the 12th the
    # public defender said", "the school called on the 17th saying he skipped".
    r"|the|a|an|saying|asking|telling|yelling|texting|calling|wanting|threatening"
    r"|things|everything|it|it's|that's|there|in|on|at|to|through|and|or"
    # A word that ends the phrase or opens a clause, never a counted noun ("on the 12th
    # anyway", "on the fourteenth out on county road", "texted on the 23rd that you").
    r"|anyway|anyways|that|out|again|also|though|when|because|so|but|if|was|is|already|just"
    r"|yet|probably|maybe|actually"
    # A conjunction opening the next clause: "a year on the 19th since we lost him".
    r"|since|until|till|while|once"
    r"|in\s+the\s+(?:morning|afternoon|evening))\b)"
)
# A birth date read as digits after its cue: "date of birth? 111284", "dob 3 14 1990".
_BIRTH_DIGITS = word_pattern(
    r"\b(?:date\s+of\s+birth|d\.?o\.?b\.?|birthday|born(?:\s+on)?)\b[^\d.?!]{0,40}?[?:]?"
    r"[^\d]{0,25}?\b(\d{5,8}|(?!(?:19|20)\d\d\b)\d{4}"
    r"|\d{1,2}(?:[ .-]|, )\d{1,2}(?:[ .-]|, )(?:\d{2}|\d{4}))\b"
    # "...birthday for the form: 1195 larkin hollow road": a house number, not a birth date.
    rf"(?!(?:\s+[a-z]+){{1,3}}\s+{STREET_TYPE}\b)"
)


# A date read as digits after the word "date": "the date was six three twenty one" (normalised
# "6321"), "dated 4.15.23", "my court date is oh six oh three".
_DATED_DIGITS = word_pattern(
    r"\b(?:date|dated)\b[^\d.?!]{0,25}?\b(\d{5,8}|(?!(?:19|20)\d\d\b)\d{4}"
    r"|\d{1,2}(?:[ .-]|, )\d{1,2}(?:[ .-]|, )(?:\d{2}|\d{4}))\b(?![.-]\d)"
    r"(?!\s*(?:dollars|bucks|miles|hours|minutes|in\s+the|am|pm|a\.m|p\.m)\b)"
)


# Spoken digits the normaliser ran together after a month: "august eighteen twenty nineteen"
# arrives as "august 182019", "june twelve ninety two" as "june 1292".
_MONTH_DIGIT_RUN = word_pattern(
    rf"\b{MONTH}\s+((?:[1-9]|[12]\d|3[01])(?:(?:19|20)\d\d|\d\d))\b(?![.,:]\d)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|when|i|we|he|she|they|my|but|so|because|at|in)\b)"
)
# A date said as three digits after its cue: "my court date is nine twelve" ("912").
_DATED_THREE = word_pattern(
    r"\b(?:date\s+is|date's|date\s+was|dated)\s+([1-9](?:[12]\d|3[01]|0[1-9]))\b(?![.,:]\d)"
)
# "on 03.03.21": day and month with a two-digit year after a time preposition.
_DOTTED_SHORT = word_pattern(
    r"\b(?:on|since|by|until|dated)\s+((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|[12]\d|3[01])"
    r"\.\d\d)\b(?!\.\d)"
)
# An age over 89 said as a decade in digits: "my father is in his 90s".
_NINETIES_DIGITS = word_pattern(
    r"\bin\s+(?:his|her|their|my|your)\s+(?:late\s+|early\s+|mid-?\s*)?(90'?s)\b"
)


# Fast anchors for patterns that open with a list of short words (tried at every position
# of the text otherwise): a day before a capital, a digit by a dash/dot.
_DAY_CAPITAL_ANCHOR = re.compile(r"the\s+(?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th)\s+[A-Z]")
_DIGIT_DASH = re.compile(r"\d-\d")
_DIGIT_DOT = re.compile(r"\d\.\d")


def find_dates(text: str) -> Iterator[tuple[int, int, float]]:
    """Yield (start, end, confidence) of date phrases in normalised text.

    The patterns are lowercase and run on a lowercased copy (see :mod:`text_case`).
    """
    cased = text
    # A line break ends what was said as a full stop does ("Client: on the fifteenth\n"):
    # the patterns look for punctuation or the end of the text after a day.
    text = lower_same_length(text).replace("\n", ".")
    months = any(stem in text for stem in _MONTH_STEMS)
    if "May" in cased or "March" in cased:
        # Written with its capital after a time word, "May"/"March" is the month whatever
        # follows ("In May I lost my job", "since March we've").
        for match in CASED_MAY_MARCH.finditer(cased):
            # "In late March": the part of the month said is part of the date.
            modifier = _CASED_MODIFIER.search(cased, max(0, match.start(1) - 6), match.start(1))
            start = match.start(1) if modifier is None else modifier.start()
            yield month_phrase_start(cased, start, match.end(1)), match.end(1), 0.8
    # "on the 12th Maria comes back": a capitalised word after the day starts what follows.
    for match in near(_DAY_BEFORE_CAPITAL, _DAY_CAPITAL_ANCHOR, cased, 12):
        yield match.start(1), match.end(1), 0.75
    for index, (pattern, confidence) in enumerate(_PATTERNS):
        if index < 3 and not months:
            continue
        for match in matches(pattern, text):
            tail = _RANGE_TAIL.match(text, match.end()) if index == 0 else None
            yield match.start(), match.end() if tail is None else tail.end(), confidence
    for needles, pattern, confidence in _GUARDED_PATTERNS:
        if any(needle in text for needle in needles):
            for match in matches(pattern, text):
                yield match.start(), match.end(), confidence
    yield from find_holidays(text)
    yield from find_spanish_dates(text)
    yield from find_event_days(text)
    if " from " in text:
        for match in matches(_FROM_WEEKDAY, text):
            yield match.start(), match.end(), 0.8
    if months:
        yield from months_alone(text)
    # A range needs two days said as ordinals.
    if len(_ORDINAL_DIGITS.findall(text)) >= 2:
        for match in matches(_ORDINAL_RUN, text):
            for day in _ORD_ONLY.finditer(text, match.start(), match.end()):
                yield day.start(), day.end(), 0.8
    if " of the " in text:
        for match in matches(_WEEK_OF_DAY, text):
            yield match.start(1), match.end(1), 0.8
    if any(word in text for word in _AGREED_WORDS):
        for match in matches(_DAY_AGREED, text):
            yield match.start(1), match.end(1), 0.8
    for pattern in (_BARE_ORDINAL, _ON_ORDINAL, _DAY_THEN_CLAUSE):
        for match in matches(pattern, text):
            # A day of the month is "on the fourth"; "in the fourth" is a quarter, round or
            # grade ("hit two threes in the fourth.").
            if pattern is not _ON_ORDINAL and text.endswith(" in ", 0, match.start()):
                continue
            # "the first", "the second", "the third" alone count things far more often than
            # they name a day ("what was the first?", "the second, nothing.", "to the second"):
            # a day needs a time word before it ("on the first", "due the 1st", "by, like, the
            # 3rd").
            if (
                pattern is _BARE_ORDINAL
                and match.group(1) in ("1st", "2nd", "3rd")
                and not _SMALL_DAY_BEFORE.search(text, max(0, match.start() - 30), match.start())
            ):
                continue
            yield match.start(1), match.end(1), 0.8
    if "-" in text and _DIGIT_DASH.search(text):
        for match in matches(_DASHED_DAY, text):
            yield match.start(1), match.end(1), 0.8
    for match in matches(_BIRTH_DIGITS, text):
        yield match.start(1), match.end(1), 0.85
    if "date" in text:
        for match in matches(_DATED_DIGITS, text):
            yield match.start(1), match.end(1), 0.8
        for match in matches(_DATED_THREE, text):
            yield match.start(1), match.end(1), 0.75
    if months:
        for match in matches(_MONTH_DIGIT_RUN, text):
            yield match.start(), match.end(), 0.85
    if "90" in text:
        for match in matches(_NINETIES_DIGITS, text):
            # The decade is the age said, as "91" is in "she's 91".
            yield match.start(1), match.end(1), 0.8
    if _DIGIT_DOT.search(text):
        for match in matches(_DOTTED_SHORT, text):
            yield match.start(1), match.end(1), 0.8


def with_article(text: str, start: int, end: int) -> tuple[int, int]:
    """A day span of the original ``text`` with the "the" said before it ("the fifteenth").

    Transcribers mark "the fifteenth" or "fifteenth"; with its article the span covers most
    of either. A short one ("9th") stays bare: with "the" it would be mostly article.
    """
    if end - start >= 4 and start >= 4 and text[start - 4 : start] in ("the ", "The "):
        if start == 4 or not text[start - 5].isalnum():
            return start - 4, end
    return start, end
