"""Dates more specific than a year, and ages over 89, in written and spoken forms.

Runs on the spoken-normalised text (``march fifth`` has become ``march 5th``). Bare years,
durations and bare weekdays are deliberately not matched.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import RELATIONS
from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.word_search import word_matches

_FAST_OPENINGS = ("[Aa]t", "(?:on|by|", "(?:date", "(?:9", "(?:19|20)", "(?:monday", "(?:january")


def _word_pattern(pattern: str) -> re.Pattern[str]:
    """Compiled without its leading ``\\b`` when that makes it faster (see :mod:`word_search`).

    Faster are patterns opening with a literal or rare words ("the ", "born", a weekday); those
    opening with an optional part or short common words ("in", "by") keep their ``\\b``.
    """
    stripped = pattern.removeprefix(r"\b")
    fast = stripped[:1].isalpha() or stripped.startswith(_FAST_OPENINGS)
    return re.compile(stripped if fast else pattern)


def _matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    if pattern.pattern.startswith(r"\b"):
        return pattern.finditer(text)
    return word_matches(pattern, text)


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
# A year or a pronoun may follow it too: "june 12 2021", "on march 3 i got the call".
_DAY_END = (
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:at|and|in|or|is|was|the|when|so|but|because|to|for|through"
    r"|thru|until|till|i|we|he|she|they|you|my|our|his|her|their|after|before|around|last|this"
    r"|next|that|which|then|if|on|right|just|it|with|from|by|as|(?:19|20)\d\d)\b))"
)

# Rarer shapes, each tried only when a word it needs is in the text (see find_dates).
_GUARDED_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str], float], ...] = tuple(
    (needles, _word_pattern(pattern), confidence)
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
                "feb",
                "apr",
                "aug",
                "sep",
                "oct",
                "nov",
                "dec",
            ),
            rf"\b(?:[12]?\d|3[01])\s+(?:{_SAFE_MONTH}|march|feb|apr|aug|sept?|oct|nov|dec)"
            rf"(?:,?\s+{_YEAR}\b|{_DAY_END})",
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
        (("birthday",), r"\b(?:9\d|1[01]\d|12[0-5])th(?=\s+birthday\b)", 0.85),
        # An age over 89 said as a decade: "she's in her late nineties".
        (
            ("nineties",),
            r"\bin\s+(?:his|her|their|my|your)\s+(?:late\s+|early\s+|mid-?\s*)?nineties\b",
            0.8,
        ),
    )
)
# The first three need a month name (see _MONTH_STEMS); the first takes a range of days after it.
_PATTERNS: tuple[tuple[re.Pattern[str], float], ...] = tuple(
    (_word_pattern(pattern), confidence)
    for pattern, confidence in (
        (
            rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_MONTH}\s+(?:the\s+)?"
            rf"(?:{_ORD}\b|{_DAY}{_DAY_END}|{_DAY}(?=-\d))(?:,?\s+(?:of\s+)?{_YEAR}\b)?",
            0.95,
        ),
        # Without a year the fourth of july is the holiday, no date of the person's.
        (
            rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?{_ORD}\s+of\s+{_MONTH}\b(?:,?\s+(?:of\s+)?{_YEAR}\b)?"
            r"(?<!4th of july)",
            0.95,
        ),
        # "june 2019", "june of '98", "june of ninety eight" (a two-digit year after "of").
        (
            rf"\b{_MONTH}\s+(?:(?:of\s+)?{_YEAR}\b|of\s+\d\d(?=\s*(?:[.,;:!?)]|$)"
            r"|\s+(?:and|when|i|we|he|she|they|my|but|so|because|was|is)\b))",
            0.9,
        ),
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
# Fillers of speech between a time word and its month: "back in like june", "since, uh,
# february", "in, i think, november".
_FILLER = (
    r"(?:[\s,]+(?:like|uh|um|uhh|umm|er|erm|you\s+know|i\s+think|i\s+guess|maybe|probably"
    r"|roughly|about|sometime\s+in))*"
)
_MONTH_IN_TIME = _word_pattern(
    r"\b(?:in|since|until|till|by|last|next|this|past|coming|early|late|mid|from|through|before"
    r"|after|of"
    rf"|on|during|around|that|starting|until|(?:end|beginning|middle|start)\s+of){_FILLER}"
    rf"[\s,-]+({_SAFE_MONTH})\b"
)
# A month no one is named after, said after a verb of an event or "was": "that was december",
# "i'm due october", "he got out december", "it was october when" ("december is hard" is talk
# about the month, not a date of the person's).
_MONTH_AFTER_VERB = _word_pattern(
    rf"\b(?:(?:was|is|it's|that's|be|out|back|until|til|'til){_FILLER}\s+(january|february|july"
    r"|september|october|november|december)|(?:due|ends|ended|starts|started|happened|left"
    r"|moved|married|born|died|passed|arrested|sentenced|released|relapsed|discharged|admitted"
    rf"|divorced|separated|birthday's|birthday\s+is|birthday\s+was){_FILLER}\s+({_SAFE_MONTH}))\b"
    r"(?!\s+(?:is|was|are|were|has|had|and|said|says|called|texted)\b)"
)
# The first month of a range: "june through august" (the last is a month after "through").
_MONTH_RANGE = _word_pattern(
    rf"\b({_SAFE_MONTH}|march|may)\s+(?:through|thru|to|till|until|-)\s+(?:{_SAFE_MONTH}|march|may)\b"
)
# "the hearing's set for november", "it got pushed to june": a month an event is put on.
_MONTH_SET_FOR = _word_pattern(
    r"\b(?:set|scheduled|planned|booked|moved|pushed|postponed|rescheduled|delayed|bumped)"
    rf"\s+(?:back\s+)?(?:for|to|until|till)\s+({_SAFE_MONTH}|march|may)\b"
    r"(?!\s+(?:i|you|we|he|she|they|it|be|have)\b)"
)
# "discharged on 4-17": a month and day with a dash and no year, after a time preposition.
_DASHED_DAY = _word_pattern(
    r"\b(?:on|since|by|until|till|before|after)\s+((?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]))"
    r"(?=\s*(?:[.,;!?]|$)|\s+(?:i|we|he|she|they|and|at|when|but|so|my|was|is)\b)"
)
_MONTH_MODIFIER = re.compile(r"\b(?:early|late|mid)[\s-]+$")
# A month said short after a time word: "clean since feb", "the lease started in sept" ("jan",
# "mar", "jun" and "jul" are names or words too).
_SHORT_MONTH_IN_TIME = _word_pattern(
    r"\b(?:in|since|until|till|by|last|next|this|past|coming|early|late|mid|from|through|before"
    r"|after|during|(?:end|beginning|middle|start)\s+of)[\s-]+(feb|apr|aug|sept?|oct|nov|dec)\b"
    r"\.?(?!['\w-])"
)
_HOLIDAY_WITH_YEAR = _word_pattern(
    r"\b(?:christmas(?:\s+eve|\s+day)?|thanksgiving(?:\s+day)?|new\s+year'?s(?:\s+eve|\s+day)?"
    r"|easter(?:\s+sunday)?|halloween|valentine'?s\s+day|independence\s+day|memorial\s+day"
    r"|labor\s+day|mother'?s\s+day|father'?s\s+day|(?:the\s+)?4th\s+of\s+july"
    r"|(?:st\.?|saint)\s+patrick'?s\s+day|juneteenth|cinco\s+de\s+mayo|veterans'?\s+day"
    r"|presidents'?\s+day|(?:mlk|martin\s+luther\s+king(?:\s+jr\.?)?)\s+day|super\s+bowl"
    r"\s+sunday|black\s+friday|good\s+friday)"
    r"(?:\s+weekend)?,?\s+(?:of\s+)?(?:1[89]\d\d|20\d\d)\b"
)
_MAY_MARCH = _word_pattern(
    r"\b(?:in|since|until|till|by|last|next|this|past|coming|early|late|mid|from|through|before"
    r"|after|of"
    rf"|(?:end|beginning|middle|start)\s+of){_FILLER}[\s,-]+"
    r"(may|march)\b(?!\s+(?:i|you|we|he|she|they|it|be|have)\b)"
)
_DAY_BEFORE_CAPITAL = re.compile(
    r"\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Ff]or|is|was|[Ss]tarting"
    r"|[Aa]round)\s+the\s+((?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th))(?=\s+[A-Z](?![\w ]{0,12}:))"
)
_CASED_MAY_MARCH = re.compile(
    r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id"
    r"|[Ff]rom|[Tt]hrough|[Bb]efore|[Aa]fter|[Oo]f|[Dd]uring|[Aa]round|(?:end|beginning|middle"
    r"|start)\s+of)[\s-]+(May|March)\b"
)
# "in march we moved": after a time word "march" is no verb, whatever follows.
_MARCH_BEFORE_CLAUSE = _word_pattern(
    r"\b(?:in|since|until|till|by|last|next|this|early|late|mid|from|through|before|after"
    r"|during|around)[\s-]+(march)\s+(?:i|you|we|he|she|they|it)\b"
)
# "by the end of march i'll know": after the part of a month said, "march" is the month
# whatever follows ("the end of may i think" is left alone: "may i" asks).
_MARCH_PART = _word_pattern(
    r"\b(?:end|beginning|middle|start|first\s+week|last\s+week|rest)\s+of\s+(march)\b"
)
# "the 12th." / "on the 1st" : an ordinal day on its own, when not counting something.
# Before another day ("the 2nd or 3rd time") it is left to _ORDINAL_RUN.
_BARE_ORDINAL = _word_pattern(
    rf"\bthe\s+({_ORD})(?=\s*(?:[.,;:!?)]|$|\s(?:at|and|or|when|because|so|but|is|was|works)\b))"
    rf"(?!,?\s*(?:,|-|and|or|to)\s*(?:the\s+)?{_ORD})"
)
# "my court date is the 22nd for the custody thing": from the 3rd on, a preposition after the
# day says it is a date (a pronoun does not: "the fifth we tried", "the second we got home").
_DAY_THEN_CLAUSE = _word_pattern(
    r"\bthe\s+((?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th))(?=\s+(?:for|with|after|before|then|which"
    r"|right|in\s+the\s+(?:morning|afternoon|evening))\s)"
)
# A range or list of days: "from the 3rd to the 9th of june", "the 3rd, 4th or 5th". The last
# day must end a date ("of june", "of next month", the clause), so counting ("the 2nd or 3rd
# time") is no date; every day of it is yielded.
_ORDINAL_RUN = _word_pattern(
    rf"\bthe\s+{_ORD}(?:,\s*(?:the\s+)?{_ORD})*,?\s*(?:-|to|through|thru|till|until|and|or)\s*"
    rf"(?:the\s+)?{_ORD}(?=\s+of\s+(?:{_MONTH}|(?:last|next|this|that)\s+month)\b"
    r"|\s*(?:[.,;:!?)]|$)|\s+(?:i|we|he|she|they|my|our|his|her|their|at|and|when|because|so"
    r"|but|is|was|are|were)\b)"
)
_ORD_ONLY = re.compile(_ORD)
# After a month and day: "june 3-9", "june 3 to 9", "june 3rd through the 9th".
_RANGE_TAIL = re.compile(
    rf"(?:,\s*(?:the\s+)?{_ORD})*,?\s*(?:-|\u2013|to|through|thru|till|until|and|or)\s*(?:the\s+)?"
    rf"(?:{_ORD}\b|{_DAY}{_DAY_END})"
)
_ORDINAL_DIGITS = re.compile(r"\d(?:st|nd|rd|th)\b")
# Substrings every month name or abbreviation holds: without one, no month pattern can match.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_SHORT_MONTHS = ("feb", "apr", "aug", "sep", "oct", "nov", "dec")
# "on the 15th she moved out": after "on"/"by"/"since" a pronoun may follow the day ("on the
# first I felt fine" is no date, so first and second are left out).
_ON_ORDINAL = _word_pattern(
    r"\b(?:on|by|until|till|since|before|from|after|around|starting|through)\s+the\s+"
    r"((?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th))"
    r"(?=\s+(?:i|we|he|she|they|you|my|our|his|her|their|for|with|after|right|which|then|too"
    r"|things|everything|it|it's|that's|there|in|on|at|to|through|and|or"
    r"|in\s+the\s+(?:morning|afternoon|evening))\b)"
)
_AGE_BEFORE = re.compile(
    r"\b(?:turned|turns|turning|be|is|was|aged|age|age of|he's|she's|i'm|i am|he is|she is|pushing"
    # "my mom's ninety-one", "my aunt, who's ninety-eight,"
    rf"|who's|who\s+is|(?:{RELATIONS}|nana|granny|gran|papa|grandad|granddad)'s"
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
# "he was 91 when he passed", "grandma turned ninety-three but": a clause may go on after a
# person's age, where "the test was 95 but" or "it was 92 when" is a score or the weather.
_PERSON_AGE_BEFORE = re.compile(
    rf"\b(?:(?:he|she|i|they|{RELATIONS}|nana|granny|gran|papa|grandad|granddad)\s+"
    r"(?:was|is|were|turned|turns)|(?:he|she)'s|i'm|turned|turning"
    r"|died\s+at|passed\s+at|lived\s+to)\s+(?:(?:almost|nearly|over|about|already)\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_GOES_ON = re.compile(
    r"\s+(?:when|but|so|because|though|until|before|or|with|she|he|they|i|we)\b", re.IGNORECASE
)
_NUMBER = _word_pattern(r"\b(\d{2,3})\b")
# A birth date read as digits after its cue: "date of birth? 111284", "dob 3 14 1990".
_BIRTH_DIGITS = _word_pattern(
    r"\b(?:date\s+of\s+birth|d\.?o\.?b\.?|birthday|born(?:\s+on)?)\b[^\d.?!]{0,40}?[?:]?"
    r"[^\d]{0,25}?\b(\d{5,8}|(?!(?:19|20)\d\d\b)\d{4}"
    r"|\d{1,2}(?:[ .-]|, )\d{1,2}(?:[ .-]|, )(?:\d{2}|\d{4}))\b"
    # "...birthday for the form: 1195 larkin hollow road": a house number, not a birth date.
    r"(?!(?:\s+[a-z]+){1,3}\s+(?:road|rd|street|st|avenue|ave|drive|dr|lane|ln|way|court|ct"
    r"|boulevard|blvd|place|pl|circle|terrace|highway|hwy|parkway|pkwy|trail|pike)\b)"
)


# A date read as digits after the word "date": "the date was six three twenty one" (normalised
# "6321"), "dated 4.15.23", "my court date is oh six oh three".
_DATED_DIGITS = _word_pattern(
    r"\b(?:date|dated)\b[^\d.?!]{0,25}?\b(\d{5,8}|(?!(?:19|20)\d\d\b)\d{4}"
    r"|\d{1,2}(?:[ .-]|, )\d{1,2}(?:[ .-]|, )(?:\d{2}|\d{4}))\b(?![.-]\d)"
    r"(?!\s*(?:dollars|bucks|miles|hours|minutes|in\s+the|am|pm|a\.m|p\.m)\b)"
)


# Spoken digits the normaliser ran together after a month: "august eighteen twenty nineteen"
# arrives as "august 182019", "june twelve ninety two" as "june 1292".
_MONTH_DIGIT_RUN = _word_pattern(
    rf"\b{_MONTH}\s+((?:[1-9]|[12]\d|3[01])(?:(?:19|20)\d\d|\d\d))\b(?![.,:]\d)"
    r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|when|i|we|he|she|they|my|but|so|because|at|in)\b)"
)
# A date said as three digits after its cue: "my court date is nine twelve" ("912").
_DATED_THREE = _word_pattern(
    r"\b(?:date\s+is|date's|date\s+was|dated)\s+([1-9](?:[12]\d|3[01]|0[1-9]))\b(?![.,:]\d)"
)
# "on 03.03.21": day and month with a two-digit year after a time preposition.
_DOTTED_SHORT = _word_pattern(
    r"\b(?:on|since|by|until|dated)\s+((?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|[12]\d|3[01])"
    r"\.\d\d)\b(?!\.\d)"
)
# An age over 89 said as a decade in digits: "my father is in his 90s".
_NINETIES_DIGITS = _word_pattern(
    r"\bin\s+(?:his|her|their|my|your)\s+(?:late\s+|early\s+|mid-?\s*)?(90'?s)\b"
)


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
        for match in _CASED_MAY_MARCH.finditer(cased):
            yield match.start(1), match.end(1), 0.8
    # "on the 12th Maria comes back": a capitalised word after the day starts what follows.
    for match in _near(_DAY_BEFORE_CAPITAL, _DAY_CAPITAL_ANCHOR, cased, 12):
        yield match.start(1), match.end(1), 0.75
    for index, (pattern, confidence) in enumerate(_PATTERNS):
        if index < 3 and not months:
            continue
        for match in _matches(pattern, text):
            tail = _RANGE_TAIL.match(text, match.end()) if index == 0 else None
            yield match.start(), match.end() if tail is None else tail.end(), confidence
    for needles, pattern, confidence in _GUARDED_PATTERNS:
        if any(needle in text for needle in needles):
            for match in _matches(pattern, text):
                yield match.start(), match.end(), confidence
    for match in _matches(_HOLIDAY_WITH_YEAR, text):
        yield match.start(), match.end(), 0.85
    if months:
        yield from _months_alone(text)
    # A range needs two days said as ordinals.
    if len(_ORDINAL_DIGITS.findall(text)) >= 2:
        for match in _matches(_ORDINAL_RUN, text):
            for day in _ORD_ONLY.finditer(text, match.start(), match.end()):
                yield day.start(), day.end(), 0.8
    for pattern in (_BARE_ORDINAL, _ON_ORDINAL, _DAY_THEN_CLAUSE):
        for match in _matches(pattern, text):
            yield match.start(1), match.end(1), 0.8
    if "-" in text and _DIGIT_DASH.search(text):
        for match in _matches(_DASHED_DAY, text):
            yield match.start(1), match.end(1), 0.8
    for match in _matches(_BIRTH_DIGITS, text):
        yield match.start(1), match.end(1), 0.85
    if "date" in text:
        for match in _matches(_DATED_DIGITS, text):
            yield match.start(1), match.end(1), 0.8
        for match in _matches(_DATED_THREE, text):
            yield match.start(1), match.end(1), 0.75
    if months:
        for match in _matches(_MONTH_DIGIT_RUN, text):
            yield match.start(), match.end(), 0.85
    if "90" in text:
        for match in _matches(_NINETIES_DIGITS, text):
            # The decade is the age said, as "91" is in "she's 91".
            yield match.start(1), match.end(1), 0.8
    if _DIGIT_DOT.search(text):
        for match in _matches(_DOTTED_SHORT, text):
            yield match.start(1), match.end(1), 0.8


# Fast anchors for patterns that open with a list of short words (tried at every position
# of the text otherwise): a month's full name, a day before a capital, a digit by a dash/dot.
_MONTH_ANCHOR = re.compile(rf"(?<![a-z])(?:{_SAFE_MONTH}|march|may)(?![a-z])")
_DAY_CAPITAL_ANCHOR = re.compile(r"the\s+(?:[12]\d|3[01]|[3-9])(?:st|nd|rd|th)\s+[A-Z]")
_DIGIT_DASH = re.compile(r"\d-\d")
_DIGIT_DOT = re.compile(r"\d\.\d")


def _near(
    pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, back: int
) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` starting up to ``back`` characters before an ``anchor`` match
    and ending by its end, each once (the same matches as a search of the whole text)."""
    done = 0
    for found in anchor.finditer(text):
        end = min(len(text), found.end() + 48)
        for match in pattern.finditer(text, max(done, found.start() - back), end):
            if match.start() <= found.start() < match.end() or match.start() >= found.start():
                done = max(done, match.end())
                yield match


def with_article(text: str, start: int, end: int) -> tuple[int, int]:
    """A day span of the original ``text`` with the "the" said before it ("the fifteenth").

    Transcribers mark "the fifteenth" or "fifteenth"; with its article the span covers most
    of either. A short one ("9th") stays bare: with "the" it would be mostly article.
    """
    if end - start >= 4 and start >= 4 and text[start - 4 : start] in ("the ", "The "):
        if start == 4 or not text[start - 5].isalnum():
            return start - 4, end
    return start, end


def _months_alone(text: str) -> Iterator[tuple[int, int, float]]:
    """Months said without a day, after a time word ("since october", "early march")."""
    for match in _matches(_MONTH_IN_TIME, text):
        if text.endswith("4th of ", 0, match.start(1)):
            continue
        # "mid-august", "early june": the modifier is part of the date said.
        modifier = _MONTH_MODIFIER.search(text, max(0, match.start(1) - 6), match.start(1))
        yield (match.start(1) if modifier is None else modifier.start()), match.end(1), 0.8
    for match in _near(_MONTH_AFTER_VERB, _MONTH_ANCHOR, text, 48):
        group = 1 if match.group(1) else 2
        yield match.start(group), match.end(group), 0.75
    for match in _near(_MONTH_RANGE, _MONTH_ANCHOR, text, 0):
        yield match.start(1), match.end(1), 0.75
    for match in _near(_MONTH_SET_FOR, _MONTH_ANCHOR, text, 40):
        yield match.start(1), match.end(1), 0.8
    if "march" in text:
        for pattern in (_MARCH_BEFORE_CLAUSE, _MARCH_PART):
            for match in _matches(pattern, text):
                yield match.start(1), match.end(1), 0.75
    for match in _matches(_MAY_MARCH, text):
        modifier = _MONTH_MODIFIER.search(text, max(0, match.start(1) - 6), match.start(1))
        yield (match.start(1) if modifier is None else modifier.start()), match.end(1), 0.75
    if any(short in text for short in _SHORT_MONTHS):
        for match in _matches(_SHORT_MONTH_IN_TIME, text):
            yield match.start(1), match.end(1), 0.75


# "at ninety-three she still drives": someone's age said as a time of their life.
_AT_AGE = _word_pattern(r"\b[Aa]t\s+(9\d|1[01]\d|12[0-5]),?\s+(?:she|he|they)\b")


def find_old_ages(text: str) -> Iterator[tuple[int, int, float]]:
    """Yield spans of ages 90 and over, which Safe Harbor treats as identifying."""
    if any(needle in text for needle in ("at 9", "at 1", "At 9", "At 1")):
        for match in _matches(_AT_AGE, text):
            yield match.start(1), match.end(1), 0.8
    for match in _matches(_NUMBER, text):
        value = int(match.group(1))
        if not 90 <= value <= 125:
            continue
        before = text[max(0, match.start() - 24) : match.start()]
        after = text[match.end() : match.end() + 12]
        if _AGE_BEFORE.search(before) and (
            _AGE_AFTER.match(after)
            or (_CLAUSE_GOES_ON.match(after) and _PERSON_AGE_BEFORE.search(before))
        ):
            # "almost a hundred": the article belongs to the number.
            start = match.start() - 2 if before.lower().endswith("a ") else match.start()
            yield start, match.end(), 0.85
        elif re.match(r"\s*(?:years?|yrs?)[- ]old|-year-old", after, re.IGNORECASE):
            yield match.start(), match.end(), 0.9
