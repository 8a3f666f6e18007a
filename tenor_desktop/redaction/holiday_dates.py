"""Holidays as dates: with their year ("thanksgiving 2022", "eid twenty twenty six"), or named
as the day something happened to a person ("sober since thanksgiving", "she turns six on
valentine's day", "stay with her till labor day", "coming to visit for christmas"), and days
placed by one ("the day after christmas", "the sunday before easter", "the night of new year's
eve") or a holiday said as a sentence of its own, answering "when" ("Halloween night.").

By the convention of the phi README (a date element tied to the person), a holiday every year
("at christmas i always ...") and a thing named after one ("christmas presents", "thanksgiving
shopping") are no dates.

Split from :mod:`date_rules`, which runs :func:`find_holidays` on lowercased, spoken-normalised
text ("the fourth of july" has become "the 4th of july").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.date_words import MONTH_NAME, matches, word_pattern

HOLIDAY = (
    r"(?:christmas(?:\s+eve|\s+day)?|thanksgiving(?:\s+day)?|new\s+year'?s(?:\s+eve|\s+day)?"
    r"|easter(?:\s+sunday)?|halloween|valentine'?s(?:\s+day)?|independence\s+day|memorial\s+day"
    r"|labor\s+day|mother'?s\s+day|father'?s\s+day|(?:the\s+)?4th\s+of\s+july"
    r"|(?:st\.?|saint)\s+patrick'?s\s+day|juneteenth|cinco\s+de\s+mayo|veterans'?\s+day"
    r"|presidents'?\s+day|(?:mlk|martin\s+luther\s+king(?:\s+jr\.?)?)\s+day|super\s+bowl"
    r"\s+sunday|black\s+friday|good\s+friday|april\s+fools'?(?:\s+day)?"
    # Holidays of other calendars and traditions, with their year.
    r"|mardi\s+gras|eid(?:\s+al[-\s](?:fitr|adha))?|diwali|chuseok|(?:lunar|chinese)\s+new\s+year"
    r"|t[eế]t|rosh\s+hashanah|yom\s+kippur|hanukkah|chanukah|passover|ramadan|kwanzaa|nowruz"
    r"|vesak|songkran|navratri|holi"
    # Days of the church year and civic days named as when something happened.
    r"|ash\s+wednesday|palm\s+sunday|maundy\s+thursday|boxing\s+day|columbus\s+day"
    r"|election\s+day|groundhog\s+day|purim)"
)
# Things named after a holiday, and a holiday with its year (_HOLIDAY_WITH_YEAR takes those).
_NOT_THE_DAY = (
    r"(?!'s|\s+(?:sales?|specials?|movies?|music|songs?|cards?|decorations|lights|tree|shopping"
    r"|fireworks|ads|commercials|episode|party|parties|dinner|service|pageant|concert|break"
    r"|vacation|bonus|season|presents?|gifts?|shopping|list|stockings?|ornaments?|cookies"
    r"|sweaters?|carols?|spirit|money|budget|lunch|food|candy|costumes?|outfits?|plans"
    r"|weekend,?\s+(?:1[89]|20)\d\d"
    r"|,?\s+(?:of\s+)?(?:1[89]|20)\d\d))"
)
# Which year's holiday, said with it: "last easter", "this past thanksgiving".
_WHICH_YEAR = r"(?:last|this\s+past|next)\s+"
_HOLIDAY_WITH_YEAR = word_pattern(
    rf"\b{HOLIDAY}(?:\s+weekend)?,?\s+(?:of\s+)?(?:1[89]\d\d|20\d\d)\b"
)
# Or with its year said in words: "fourth of july of last year" (whole: the month rule reads
# "july of last year"). "easter last year" keeps the holiday alone (_HOLIDAY_AS_DAY).
_HOLIDAY_YEAR_WORDS = word_pattern(rf"\b{HOLIDAY}(?:\s+weekend)?,?\s+of\s+(?:last|this)\s+year\b")
# Or with a year counted back from now: "christmas eve, two years back", "easter three years
# ago" (one year's holiday, as "last easter" is).
_HOLIDAY_YEARS_BACK = word_pattern(
    rf"\b({HOLIDAY})(?:\s+(?:weekend|morning|night))?,?\s+(?:(?:a|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|\d{1,2}|a\s+couple(?:\s+of)?|a\s+few)\s+years?\s+(?:ago|back|before)"
    r"|the\s+year\s+before\s+last)\b"
)
# A holiday named as the day something happened: "sober since thanksgiving", "she turns six on
# valentine's day", "stay with her till labor day" (the person's date, as a month and day is).
# Talk of the holiday itself ("christmas is hard", "we did thanksgiving at mom's", "the fourth
# of july fireworks", "christmas presents") has no time word before it or a thing after; "for"
# names the day only with a trip or plan ("for christmas i got" tells of a present). "at" is
# left out: on judged sets it named more habits and talk than days.
_HOLIDAY_AS_DAY = word_pattern(
    r"\b(?:on|since|till|til|until|by|after|before|from|around|over|during|for)\s+"
    # A filler may come between: "since like valentine's day", "on um christmas eve".
    r"(?:(?:um|uh|like)\s+)?(?:the\s+)?"
    rf"((?:{_WHICH_YEAR})?{HOLIDAY}(?:\s+(?:weekend|morning|night|afternoon|evening))?)\b"
    rf"{_NOT_THE_DAY}"
)
# Without a preposition: the day of a birthday or anniversary ("my anniversary is
# valentine's"), the day an event happened ("i relapsed new year's eve", "he died christmas
# day"), or one year's holiday ("last easter", "this past thanksgiving").
_HOLIDAY_NAMED = word_pattern(
    r"\b(?:(?:birthday|anniversary|due\s+date|wedding|funeral)(?:'s|\s+is|\s+was|\s+fell\s+on)"
    r"|last\s+(?:drink|drank|used|use|time\s+i\s+used)\s+was|(?:it|that)\s+was"
    r"|relapsed|died|passed|left|married|born|arrested|overdosed|proposed|due)"
    rf"\s+(?:on\s+)?(?:the\s+)?((?:{_WHICH_YEAR})?{HOLIDAY}(?:\s+(?:weekend|morning|night))?)\b"
    rf"{_NOT_THE_DAY}"
    rf"|\b({_WHICH_YEAR}{HOLIDAY})\b{_NOT_THE_DAY}"
)
# A day placed by a holiday: "the day after christmas", "the sunday before easter", "the
# tuesday after labor day" (one day, the person's, as "the 3rd of june" is); and a part of the
# holiday itself, "the night of new year's eve" (the holiday is the date said).
_RELATIVE_DAY = word_pattern(
    r"\bthe\s+(?:day|night|morning|evening|weekend|monday|tuesday|wednesday|thursday|friday"
    rf"|saturday|sunday)\s+(?:before|after)\s+((?:the\s+)?{HOLIDAY})\b(?!'s)"
)
_PART_OF_DAY = word_pattern(
    rf"\bthe\s+(?:night|morning|evening|afternoon|eve)\s+of\s+((?:the\s+)?{HOLIDAY})\b(?!'s)"
)
# One gathering on the holiday bounds a stretch: "since the 4th of july party at her parents'"
# (its fireworks or sales are talk of the holiday, as _NOT_THE_DAY has it).
_HOLIDAY_GATHERING = word_pattern(
    r"\b(?:since|after|before|till|until)\s+(?:the\s+)?"
    rf"((?:{_WHICH_YEAR})?{HOLIDAY})\s+(?:party|dinner|cookout|barbecue|bbq|picnic|reunion)\b"
)
# A holiday said as a sentence of its own, the answer to "when": "Client: Halloween night.",
# "Once. Valentine's Day. I felt like garbage after." (not after a date it names again:
# "October the thirty-first. Halloween.").
_HOLIDAY_ALONE = word_pattern(
    rf"(?:^|(?<=[.!:]\s))((?:{_WHICH_YEAR})?{HOLIDAY}(?:\s+(?:weekend|morning|night|eve))?)"
    r"(?:\s+week)?(?=\s*[.!])"
)
_MONTH_BEFORE = re.compile(rf"\b{MONTH_NAME}\b")
# An identifier blanked out (the redactor masks placeholders with spaces) ends the sentence
# before: "[DATE 1]. Halloween." is the date said again.
_BLANKED_BEFORE = re.compile(r"\S?\s{3,}[.!:]\s$")
_PERSON_WORD = re.compile(
    r"\b(?:i|i'm|i've|i'd|i'll|me|my|he|he's|she|she's|they|they're|we|we're|we've|you|your"
    r"|his|her|our|their|him|us|them|mom|dad|son|daughter|wife|husband)\b"
)
_SENTENCE_REST = re.compile(r"[^.!?\n]{0,80}")
_TURN = re.compile(r"\s*[a-z]+(?:\s\d+)?:\s")
# Every year, not one day of the person's: "we always fight on christmas".
_HABIT = re.compile(
    r"\b(?:always|every|usually|never|each|tradition|traditionally|normally|used\s+to|would"
    r"|often|sometimes)\b"
)
# A verb in the past tense tells of one holiday, the day something happened ("when i came by
# on thanksgiving she had bruises", "he gave me a speech about it at thanksgiving").
_PAST = re.compile(
    r"\b(?:[a-z]{2,}ed|came|went|saw|said|told|gave|had|got|found|made|took|brought|ran|fell"
    r"|hit|fought|threw|met|sat|slept|woke|spoke|broke|knew|sent|showed|called|texted|blew"
    r"|drove|wrote|lost|ate|drank|began|bought|caught|chose|did|drew|felt|flew|forgot|grew"
    r"|heard|held|hid|kept|led|paid|rode|rang|sang|shot|sold|spent|stole|stood|swore|tore"
    r"|won|wore|left|quit|was|were|didn't|wasn't|couldn't|weren't)\b"
)
# A plan for one holiday, said with "on" ("we're going to my mom's on christmas", "he's
# talking about doing it again on new year's eve").
_PLAN = re.compile(
    r"\b(?:going|gonna|supposed|planning|plans?|planned|coming|visiting|doing|hosting|flying"
    r"|driving|leaving|meeting|seeing|will|'ll|wants?\s+to|come|stay|staying|spend|spending)\b"
)
# "has been", "have been": the clause tells of a stretch of time up to now.
_STRETCH = re.compile(r"\b(?:has|have|had|'s|'ve)\s+been\b")
# Where a clause of its own begins after the holiday: its habit words are not the holiday's.
_CLAUSE_END = re.compile(r",|;|\s(?:and|but|so|because)\s")
# A conjunction that opens a clause of its own before the holiday (a comma does not: "every
# year, on christmas, he drinks" is still the habit's).
_CONJUNCTION = re.compile(r"\s(?:but|and\s+now|though|although|except)\s")
# A trip or plan for one holiday, said before "for": "coming to visit for christmas".
_TRIP = re.compile(
    r"\b(?:visit|visiting|come|coming|fly|flying|drive|driving|home|back|going|gonna|plans?"
    r"|planning|staying|stay|hosting|leaving|trip|came|flew|drove|booked|booking)\b"
)
# A holiday opening a clause, then who did what: "memorial day weekend he relapsed".
_HOLIDAY_OPENS = word_pattern(
    rf"(?:^|(?<=[.!?:]\s)|(?<=,\s)|(?<=\n))({HOLIDAY})(?:\s+(?:weekend|morning|night|day))?,?\s+"
    r"(?=(?:i|he|she|we|they|my\s+[a-z]+)\s+[a-z]+ed\b|(?:i|he|she|we|they)\s+(?:came|went"
    r"|got|left|had|took|ran|hit|fell|broke|lost|told|said|found|called|woke|was|were|drank))"
)
# "since christmas is on a sunday": the holiday is the subject of a reason, not a time.
_REASON = re.compile(r"\s*(?:is|was|'s|falls|fell|comes|came|lands|landed)\b")
# "since the company picnic on the fourth of july": a stretch bounded by the holiday.
_BOUND_BEFORE = re.compile(r"\b(?:since|till|until)\b[^,;:]{0,40}$")
_EVENT = re.compile(
    r"\b(?:turn|turns|turned|turning|born|died|passed|left|leaves|moved|relapsed|used|drank"
    r"|slipped|quit|started|split|separated|evicted|fired|hired|graduated|deployed|lost|broke"
    r"|stopped|married|divorced|arrested|released|discharged|admitted|overdosed|proposed"
    r"|broke\s+up|kicked|got\s+(?:out|back|home|sober|clean|fired|hired)|last\s+(?:drink|drank"
    r"|used|time)|sober|clean|due|surgery|court|hearing|funeral|wedding|anniversary)\b"
)


# Substrings of every holiday name (found at a glance; few texts name a holiday at all).
_HOLIDAY_STEMS = (
    "christmas", "thanksgiving", "new year", "easter", "halloween", "valentine",
    "independence day", "memorial day", "labor day", "mother's day", "mothers day",
    "father's day", "fathers day", "4th of july", "patrick", "juneteenth", "cinco de mayo",
    "veteran", "presidents", "mlk", "luther king", "super bowl", "black friday", "good friday",
    "april fool", "mardi gras", "eid", "diwali", "chuseok", "tet", "t\u1ebft", "hashanah",
    "kippur", "hanukkah", "chanukah", "passover", "ramadan", "kwanzaa", "nowruz", "vesak",
    "songkran", "navratri", "holi", "ash wednesday", "palm sunday", "maundy", "boxing day",
    "columbus day", "election day", "groundhog", "purim",
)  # fmt: skip


def find_holidays(text: str) -> Iterator[tuple[int, int, float]]:
    """Yield (start, end, confidence) of holidays that are dates of the person's."""
    if not any(stem in text for stem in _HOLIDAY_STEMS):
        return
    for match in matches(_HOLIDAY_WITH_YEAR, text):
        yield match.start(), match.end(), 0.85
    if " year" in text:
        for match in matches(_HOLIDAY_YEARS_BACK, text):
            yield match.start(1), match.end(1), 0.8
        for match in matches(_HOLIDAY_YEAR_WORDS, text):
            yield match.start(), match.end(), 0.8
    yield from _days_by_holidays(text)
    for match in matches(_HOLIDAY_AS_DAY, text):
        # The holiday is a day of someone's life when the sentence is about a person ("she
        # turns six on ..."), not about a place or the calendar ("the clinic closes early on
        # christmas eve"), and about one year, not every year.
        sentence = _sentence_before(text, match.start())
        # The person and the event may come after the holiday: "the week before easter he
        # moved out".
        after = _sentence_after(text, match.end())
        if match.group(0).startswith("since"):
            # "since" opens a stretch that runs from one holiday, the last one, whatever
            # habit is told around it ("clean since labor day my counselor checks every
            # week", "called every day since valentine's day", "been bad since christmas");
            # "since christmas is on a sunday" gives a reason instead.
            if not _REASON.match(after):
                yield match.start(1), match.end(1), 0.8
            continue
        # A habit said in a later clause is another matter ("on easter, and he never"); so is
        # one said in an earlier clause joined by a conjunction.
        own_clause = _CONJUNCTION.split(sentence)[-1]
        if _HABIT.search(own_clause) or _HABIT.search(_CLAUSE_END.split(after, 1)[0]):
            continue
        if match.group(0).startswith("for"):
            # "visit from guadalajara for christmas", "going home for thanksgiving": one
            # holiday's trip or plan; "for christmas i got a bike" tells of a present.
            asked = text.startswith("?", match.end() + len(after))
            if _TRIP.search(sentence) and not asked:
                yield match.start(1), match.end(1), 0.75
            continue
        # "till"/"by" bound a stretch of the person's life, as "since" a little before does
        # ("since the picnic on labor day"); "on", "after", "before" name a day only
        # with an event of theirs ("she turns six on", "moved out after"). A turn that opens
        # with the time ("Client: till valentine's day") answers for a person.
        bounded = match.group(0).startswith(("till", "til", "until", "by")) or (
            _BOUND_BEFORE.search(sentence) is not None
        )
        # So does a sentence that opens with the stretch ("till easter the kids are with
        # him"), unless the holiday is the subject of a reason.
        opens = not sentence.strip() and not _REASON.match(after)
        if bounded and (_TURN.match(sentence) or opens or _STRETCH.search(own_clause)):
            # "it's been hard since the picnic on labor day": a stretch of a life.
            yield match.start(1), match.end(1), 0.8
        elif _PERSON_WORD.search(sentence + after) and (
            bounded
            or _EVENT.search(sentence + after)
            or _PAST.search(sentence + after)
            or (
                match.group(0).startswith(("on", "over"))
                and _PLAN.search(sentence)
                # "what are you doing on christmas?" asks; it names no day of the person's.
                and not text.startswith("?", match.end() + len(after))
            )
        ):
            yield match.start(1), match.end(1), 0.8
    for match in matches(_HOLIDAY_OPENS, text):
        yield match.start(1), match.end(1), 0.75
    for match in matches(_HOLIDAY_NAMED, text):
        sentence = _sentence_before(text, match.start())
        # The person may come after: "it was christmas eve at my cousin's".
        around = sentence + " " + match.group(0) + _sentence_after(text, match.end())
        if _PERSON_WORD.search(around) and not _HABIT.search(sentence):
            group = 1 if match.group(1) else 2
            yield match.start(group), match.end(group), 0.75


def _days_by_holidays(text: str) -> Iterator[tuple[int, int, float]]:
    """Days placed by a holiday, a gathering on one, and a holiday said as a sentence."""
    for match in matches(_RELATIVE_DAY, text):
        if not _HABIT.search(_sentence_around(text, match.start(), match.end())):
            yield match.start(), match.end(), 0.8
    if " of " in text:
        for match in matches(_PART_OF_DAY, text):
            if not _HABIT.search(_sentence_around(text, match.start(), match.end())):
                yield match.start(1), match.end(1), 0.8
    for match in matches(_HOLIDAY_GATHERING, text):
        if _PERSON_WORD.search(_sentence_around(text, match.start(), match.end())):
            yield match.start(1), match.end(1), 0.75
    for match in matches(_HOLIDAY_ALONE, text):
        if not (
            _MONTH_BEFORE.search(text, max(0, match.start() - 30), match.start())
            or _BLANKED_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            yield match.start(1), match.end(1), 0.75


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding ``text[start:end]`` (up to 100 characters before, 80 after)."""
    return _sentence_before(text, start) + text[start:end] + _sentence_after(text, end)


def _sentence_before(text: str, start: int) -> str:
    """The sentence's words before ``start`` (up to 100 characters)."""
    before = text[max(0, start - 100) : start]
    return before[max(before.rfind("."), before.rfind("?"), before.rfind("!")) + 1 :]


def _sentence_after(text: str, end: int) -> str:
    """The sentence's words from ``end`` (up to 80 characters; none past a line's end)."""
    rest = _SENTENCE_REST.match(text, end)
    return rest.group() if rest else ""
