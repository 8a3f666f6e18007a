"""Parts of a number that still identify: "the last four of my social are 8831", "the card
ending in 4412", "my social starts with 412", "***-**-8831", a phone number cut off by the end
of a segment ("call me at 617, 555,").

A partial social security number is an SSN, a partial card or account number an ACCOUNT.
Split from :mod:`identifier_rules`; runs on spoken-normalised text (spoken digits are digits
by now, "eight eight, three one" is "88, 31").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.code_context import context_label

Hit = tuple[int, int, str, float]

# Four digits, also said as two pairs or one by one: "8831", "88, 31", "8 8 3 1".
_FOUR = r"(\d{4}|\d{2},?\s\d{2}|\d(?:,?\s\d){3})"
_LAST_FOUR = re.compile(
    r"\blast\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:my|your|his|her|their|the)\s+"
    r"(social(?:\s+security)?|ssn|ss|card|account)(?:\s+number)?(?:\s+(?:is|are|was))?[,:]?\s+"
    rf"{_FOUR}\b",
    re.IGNORECASE,
)
# "the last four are 8831", "the last four, 8831, matched my social": what they are the last
# four of may come after, or not at all (then a card or account is meant).
_LAST_FOUR_BARE = re.compile(
    r"\blast\s+(?:4|four)(?:\s+digits)?(?:\s+(?:are|is|were|was))?[,:]?\s+"
    rf"{_FOUR}(?![\w-]|[.,]\d)",
    re.IGNORECASE,
)
# The therapist asks for the last four, or says they are needed ("they need your last four
# again."); the client's next turn is the number. Four of something counted is no number.
_LAST_FOUR_ANSWER = re.compile(
    r"\blast\s+(?:4|four)\b(?!\s+(?:times|years|months|weeks|days|hours|nights|sessions"
    r"|people|kids|jobs|places|of\s+(?:us|them|those|these)))([^\n]{0,60})[?.][ \t]*\n"
    r"[^\n:]{0,20}:[ \t]*"
    r"(?:(?:um|uh|yeah|yes|sure|okay|ok|so|it's|its)[, \t]+)*"
    rf"{_FOUR}(?=[ \t]*(?:[.,!?]|$))",
    re.IGNORECASE | re.MULTILINE,
)
# "the card ending in 4412"; "the card ending 9 0 1 2" (no "in", digits read one by one) only
# right after a card or account word.
_ENDING_IN = re.compile(
    r"\b(?:ending|ends)\s+(?P<in>(?:in|with)\s+)?(\d{4}|\d \d \d \d)(?![\w-])", re.IGNORECASE
)
_CARD_BEFORE = re.compile(r"\b(?:card|account|acct)(?:\s+number)?,?\s+$", re.IGNORECASE)
# "my social starts with 412": the first digits, after a cue word only.
_STARTING_WITH = re.compile(
    r"\b(?:starting|starts|started|beginning|begins|began)\s+with\s+(\d{3,5})\b", re.IGNORECASE
)
# Masked on a printout, the digits left showing still identify: "***-**-8831", "xxxx 4412".
_MASKED = re.compile(
    r"(?<![\w*#])(?:([*xX#]{3}[- ]?[*xX#]{2}[- ]?)|([*xX#]{4}[- ]?)+)(\d{4})(?![\w-])"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER_CUE = re.compile(r"\b(?:social|ssn|card|account|number|digits)\b", re.IGNORECASE)
_FAX_WORD = re.compile(r"\bfax", re.IGNORECASE)
_SOCIAL = re.compile(r"\b(?:social|ssn|ss\s+number|ss#)\b", re.IGNORECASE)


def find_partial_numbers(text: str) -> Iterator[Hit]:
    """Partial SSNs and account numbers (see the module docstring)."""
    lowered = text.lower()
    if "last" in lowered:
        for match in _LAST_FOUR.finditer(text):
            kind = match.group(1).lower()
            label = "SSN" if kind.startswith(("social", "ss")) else "ACCOUNT"
            yield match.start(2), match.end(2), label, 0.9
        for match in _LAST_FOUR_BARE.finditer(text):
            around = text[max(0, match.start() - 60) : match.end(1) + 60]
            if _YEAR.fullmatch(match.group(1)) and not _NUMBER_CUE.search(around):
                continue  # "the last four were 2016, 2017 ...": years
            label = "SSN" if _SOCIAL.search(around) else "ACCOUNT"
            yield match.start(1), match.end(1), label, 0.8
        for match in _LAST_FOUR_ANSWER.finditer(text):
            if _YEAR.fullmatch(match.group(2)) and not _NUMBER_CUE.search(match.group(1)):
                continue  # "the last four, was it.\nClient: 2019": a year answered
            label = "SSN" if _SOCIAL.search(match.group(1)) else "ACCOUNT"
            yield match.start(2), match.end(2), label, 0.8
    if "ending" in lowered or "ends " in lowered:
        for match in _ENDING_IN.finditer(text):
            if not match.group("in") and not _CARD_BEFORE.search(
                text, max(0, match.start() - 30), match.start()
            ):
                continue  # "the season ending 2019": no card said
            context, _ = context_label(text, match.start())
            yield match.start(2), match.end(2), "SSN" if context == "SSN" else "ACCOUNT", 0.85
    if "start" in lowered or "begin" in lowered or "began" in lowered:
        for match in _STARTING_WITH.finditer(text):
            context, distance = context_label(text, match.start())
            # A specific cue only: "the case started with 200 people" is a count.
            if context not in (None, "ID") and distance <= 30:
                yield match.start(1), match.end(1), str(context), 0.75
    if "*" in text or "#" in text or "xx" in lowered:
        for match in _MASKED.finditer(text):
            label = "SSN" if match.group(1) else "ACCOUNT"
            yield match.start(), match.end(), label, 0.85


_TRAILING_DIGITS = re.compile(r"(?<![\w-])(?:\(?\d{3}\)?[ .,-]{1,2}){1,2}\d{0,4}[ .,-]*$")
_PHONE_CUE = re.compile(
    r"\b(?:call|phone|number|cell|text|reach|fax|dial)\w*\b[^.!?]{0,30}$", re.IGNORECASE
)


_ROOM = re.compile(r"\b(?:room|bed|floor|suite|ward|locker|seat)\b", re.IGNORECASE)


def find_trailing_number(text: str) -> Iterator[Hit]:
    """A phone number cut off by the end of a segment ("call me at 617, 555,")."""
    match = _TRAILING_DIGITS.search(text)
    if match is not None and re.fullmatch(r"[2-9]11[ .,-]*", match.group()):
        return  # "i called 911": a service everyone dials, no one's number
    if match is not None and _ROOM.search(text, max(0, match.start() - 40), match.start()):
        return  # "my room number at the hospital was 214": a room, no one's number
    if match is not None and _PHONE_CUE.search(text[: match.start()]):
        end = match.start() + len(match.group().rstrip(" .,-"))
        label = (
            "FAX" if _FAX_WORD.search(text[max(0, match.start() - 60) : match.start()]) else "PHONE"
        )
        yield match.start(), end, label, 0.6
