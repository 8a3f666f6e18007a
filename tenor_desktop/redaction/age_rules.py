"""Ages over 89, which Safe Harbor treats as identifying: "she's ninety-four", "my mom's
ninety-one", "he was 91 when he passed", "at ninety-three she still drives".

Split from :mod:`date_rules` (which re-exports :func:`find_old_ages`); runs on the
spoken-normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.date_words import MONTH_NAME, matches, word_pattern
from tenor_desktop.redaction.entity_rules import RELATIONS

_AGE_BEFORE = re.compile(
    r"\b(?:turned|turns|turning|turn|be|is|was|aged|age|age of|he's|she's|i'm|i am|he is|she is"
    # Said to the person: "walter, i know you're ninety one".
    r"|pushing|you're|you\s+are"
    # "my mom's ninety-one", "my aunt, who's ninety-eight,"
    rf"|who's|who\s+is|(?:{RELATIONS}|nana|granny|gran|papa|grandad|granddad)'s"
    # In apposition: "my grandmother, ninety-six, lives with us".
    rf"|(?:{RELATIONS}|nana|granny|gran|papa|grandad|granddad),"
    # The age a person who died would have reached: "she'd have been ninety-nine on the fifth".
    r"|would\s+have\s+been|would've\s+been|'d\s+have\s+been|'d've\s+been"
    r"|died at|passed at|lived to|made it to|reached)\s+(?:(?:almost|nearly|over|about|like"
    r"|around|already)\s+)?(?:a\s+)?$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"^(?:\s*(?:years?|yrs?)[- ](?:old|young)|-year-old|\s*(?:yo|y/o|y\.o\.?)(?!\w)"
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
    r"\s+(?:when|but|so|because|though|until|before|or|with|if|she|he|they|i|we)\b",
    re.IGNORECASE,
)
# "a lady who's ninety something", "he's ninety-odd": an age over 89 said roughly is still
# one; the word that makes it rough belongs to the age said.
_ROUGHLY_AFTER = re.compile(r"[\s-]+(?:something|odd|ish|plus)\b", re.IGNORECASE)
# "it was a hundred and two on the job site", "that was 95": the heat or a score, no age.
_IT_WAS = re.compile(
    r"\b(?:it|that|this)\s+(?:was|is)\s+(?:(?:almost|nearly|over|about|like|around)\s+)?"
    r"(?:a\s+)?$",
    re.IGNORECASE,
)
_NUMBER = word_pattern(r"\b(\d{2,3})\b")
# "Grandma (94) lives with us": an age in brackets after the person.
_BRACKETED_AGE = re.compile(
    rf"\b(?:{RELATIONS}|grandma|grandpa|nana|granny|gran|papa|grandad|granddad|mom|dad|mother"
    r"|father|aunt|uncle)\s*\(\s*(9\d|1[01]\d|12[0-5])\s*\)",
    re.IGNORECASE,
)

# "at ninety-three she still drives": someone's age said as a time of their life.
_AT_AGE = word_pattern(r"\b[Aa]t\s+(9\d|1[01]\d|12[0-5]),?\s+(?:she|he|they)\b")


_TURN_OPENING = re.compile(
    r"(?:^|\n)[^\n:]{0,20}:[ \t]*(?:(?:oh|wow|well)[, \t]+)*$", re.IGNORECASE
)
# The age said back as a sentence of its own: "Ninety-three!", "Ninety-five.", "A hundred and
# one. That's something." (only a value already found as an age is said back).
_SAID_BACK = re.compile(r"\s*[.!?]")
_ARTICLE_OPENING = re.compile(r"(?:^|\n)[^\n:]{0,20}:[ \t]*[Aa][ \t]+$")
# An age over 89 opening a turn with the day or month it is reached: "Client: Ninety-one on
# the eleventh", "Ninety-four in August", "Ninety-two, on October 30th" (a birthday answered;
# a score or a count is not said with the day it falls on). A floor or a grade is no day.
_TURNING_WHEN = re.compile(
    r",?\s+(?:on\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:floor|grade|street|avenue|place))"
    rf"|on\s+{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|in\s+{MONTH_NAME}\b)",
    re.IGNORECASE,
)
# The same said opening a sentence inside a turn: "Client: He did. Ninety-three on the 2nd of
# may", "Thank you. Ninety-two, on October 30th".
_SENTENCE_OPENING = re.compile(r"[.!?][ \t]+$")
_HOW_OLD_ASKED = re.compile(
    r"\bhow\s+old\s+(?:is|was|'s|are|were)\s+(?:she|he|they|you|(?:your|his|her|their|my)\s+[a-z]+)"
    r"\b[^\n]*\n[^\n:]{0,20}:?[ \t]*(?:(?:she's|he's|she\s+is|he\s+is|i'm|i\s+am|oh|um|uh"
    r"|well|about|almost|nearly|just\s+turned|turned)[, \t]+)*$",
    re.IGNORECASE,
)


def find_old_ages(text: str) -> Iterator[tuple[int, int, float]]:
    """Yield spans of ages 90 and over, which Safe Harbor treats as identifying."""
    if any(needle in text for needle in ("at 9", "at 1", "At 9", "At 1")):
        for match in matches(_AT_AGE, text):
            yield match.start(1), match.end(1), 0.8
    if "(9" in text or "(1" in text or "( " in text:
        for match in _BRACKETED_AGE.finditer(text):
            yield match.start(1), match.end(1), 0.85
    ages: set[int] = set()
    echoes: list[re.Match[str]] = []
    for match in matches(_NUMBER, text):
        value = int(match.group(1))
        if not 90 <= value <= 125:
            continue
        before = text[max(0, match.start() - 24) : match.start()]
        rough = _ROUGHLY_AFTER.match(text, match.end())
        end = match.end() if rough is None else rough.end()
        after = text[end : end + 12]
        if (_TURN_OPENING.search(before) or _ARTICLE_OPENING.search(before)) and _SAID_BACK.match(
            after
        ):
            echoes.append(match)
        opening = _TURN_OPENING.search(before) or _SENTENCE_OPENING.search(before)
        if opening and _TURNING_WHEN.match(text, end):
            ages.add(value)
            yield match.start(), end, 0.8
            continue
        if (
            _AGE_BEFORE.search(before)
            and not _IT_WAS.search(before)
            and (
                _AGE_AFTER.match(after)
                or (_CLAUSE_GOES_ON.match(after) and _PERSON_AGE_BEFORE.search(before))
            )
        ):
            # "almost a hundred": the article belongs to the number.
            start = match.start() - 2 if before.lower().endswith("a ") else match.start()
            ages.add(value)
            yield start, end, 0.85
        elif re.match(
            r"\s*(?:years?|yrs?)[- ]old|-year-old|\s*(?:yo|y/o|y\.o\.?)(?!\w)", after, re.IGNORECASE
        ):
            yield match.start(), match.end(), 0.9
        elif _HOW_OLD_ASKED.search(
            text, max(0, match.start() - 100), match.start()
        ) and not re.match(r"\s*(?:percent|%|dollars|bucks|pounds)", after, re.IGNORECASE):
            # "How old is she?" / "Ninety.": the answer opening the next turn.
            yield match.start(), match.end(), 0.85
    # "I'll be ninety-three on ..." / "Therapist: Ninety-three!": the age said back.
    for match in echoes:
        if int(match.group(1)) in ages:
            yield match.start(), match.end(), 0.8
