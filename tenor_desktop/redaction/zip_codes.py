"""ZIP codes: after the word ("zip code is 97024"), after a state ("fairview, oregon 97024",
"Dearborn, MI 48126"), or said after the town between commas ("in dearborn, 48126, and").

Split from :mod:`identifier_rules` (same patterns); runs on spoken-normalised text. A ZIP
code is a LOCATION.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.street_rules import STREET_SUFFIX

Hit = tuple[int, int, str, float]

_STATE_ZIP = re.compile(r",?\s([A-Z]{2})\s(\d{5}(?:-\d{4})?)\b")
# The two-letter codes of the USPS: states, DC and the inhabited territories. "CV 00441" is
# no state and its ZIP but a code.
USPS_STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ"
    " NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR VI GU AS MP".split()
)
# "Dearborn, MI 48126", "Dearborn MI 48126": a town's word just before, capitalised or closed
# by a comma ("the number is MI 48126" is a code).
_TOWN_BEFORE = re.compile(r"(?:[A-Z][A-Za-z.'-]*,?|[A-Za-z][A-Za-z.'-]*,)\s$")
_CODE_AND_ZIP = re.compile(r"([A-Z]{2}) \d{5}(?:-\d{4})?")
STATES = (
    "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia"
    "|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland"
    "|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada"
    "|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma"
    "|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah"
    "|vermont|virginia|washington|west virginia|wisconsin|wyoming|puerto rico|d\\.?c\\.?"
)
# "fairview, oregon 97024": five digits after a state's full name are its ZIP code.
_STATE_NAME_ZIP = re.compile(rf"\b(?:{STATES}),?\s+(\d{{5}}(?:-\d{{4}})?)\b", re.IGNORECASE)
_ZIP = re.compile(
    r"\b(?:zip|zip\s+code|postal\s+code)(?:\s+(?:there|here|for\s+\w+|at\s+\w+))?"
    r"(?:\s+(?:is|was)|'s)?[,:]?\s+(\d{5}(?:-\d{4})?)\b",
    re.IGNORECASE,
)
# Read out a digit or a few at a time: "the zip code is 9 2 6 8 3", "zip code 926, 83".
_SPOKEN_ZIP = re.compile(
    r"\b(?:zip|zip\s+code|postal\s+code)(?:\s+(?:is|was)|'s)?[,:]?\s+"
    r"(\d(?:(?:,?\s+|-)?\d){4})(?![\d,]|\s\d)",
    re.IGNORECASE,
)
# "i live in 60629", "we're in the 60629 area": a ZIP code said as where someone is.
_LIVES_IN_BEFORE = re.compile(
    r"\b(?:live|lives|lived|living|stay|stays|stayed|staying|moved|moving)\s+(?:in|to)\s+$",
    re.IGNORECASE,
)
_ENDS_PHRASE = re.compile(
    r"\s*(?:[.,;!?]|$)|\s+(?:and|but|so|now|with|since|for|in|on|near|by)\b", re.MULTILINE
)
_AREA_AFTER = re.compile(r"\s+(?:area|zip|zip\s+code|neighborhood|neighbourhood)\b", re.I)
_FIVE_ALONE = re.compile(r"(?<![\d-])\d{5}(?![\d-])")
# Five digits right after a town, between commas: "we live in dearborn, 48126, and ..."
# (the postal code said after its town, as people read an address out).
_TOWN_ZIP = re.compile(
    r"\b(?:in|from|live|lives|lived)\s+"
    r"(?!(?:the|a|an|my|his|her|their|our|total|all|fact|general|short|case|person|time)\b)"
    r"(?:[a-z][a-z'.-]*\s+){0,2}[a-z][a-z'.-]*,\s+"
    r"(\d{5}(?:-\d{4})?)(?=\s*(?:[,.;]|$)|\s+(?:and|but|so)\b)",
    re.IGNORECASE | re.MULTILINE,
)


# Five digits closing an address read out, after its street and perhaps its town: "2210
# Alcott Lane, Cherry Hill, 08003.", "418 cedar avenue apartment 2 scranton 18505", "1712 east
# greenhurst road in nampa 83686", "242 Elmwood, Buffalo, 14222." (a house number, the
# street's words, then the town between commas).
_ADDRESS_ZIP = re.compile(
    rf"(?:\b[a-z0-9]+\s+{STREET_SUFFIX}\.?"
    r"(?:,?\s+(?:apartment|apt|unit|suite|ste|number|no|#)\.?\s*[a-z0-9-]+)?"
    r"|\b\d{1,5}\s+(?:[a-z][a-z'.-]*\s+){0,2}[a-z][a-z'.-]*(?=,))"
    r"(?:,?\s+(?!(?:and|but|so|the|a|an|at|to|for|since|near|i|we|he|she|they|it|is|was"
    # An amount said after the street is no ZIP code: "the job on main street pays 40000".
    r"|pays|paid|pay|costs?|has|had|makes|made|owes|owed|earns|about|like|around|over|under"
    r"|only|just|maybe|rent|rents)\b)"
    r"[a-z][a-z'.-]*){0,3}"
    r",?\s+(\d{5}(?:-\d{4})?)(?=[^\S\n]*(?:[,.;!?\n]|$)|\s+(?:and|but|so|near|by)\b)",
    re.IGNORECASE,
)
# Every ZIP code is five digits: a text without a run of five holds none (most do not).
_FIVE_DIGITS = re.compile(r"\d{5}")


def find_zip_codes(text: str) -> Iterator[Hit]:
    """ZIP codes, labelled LOCATION."""
    if "zip" in text or "Zip" in text or "ZIP" in text or "postal" in text:
        for match in _SPOKEN_ZIP.finditer(text):
            yield match.start(1), match.end(1), "LOCATION", 0.85
    if _FIVE_DIGITS.search(text) is None:
        return
    for match in _FIVE_ALONE.finditer(text):
        # "i live in 60629", "the 60629 area": tested around each run of five digits.
        start, end = match.start(), match.end()
        if (
            _LIVES_IN_BEFORE.search(text, max(0, start - 16), start)
            and _ENDS_PHRASE.match(text, end)
        ) or (text.endswith(("the ", "The "), 0, start) and _AREA_AFTER.match(text, end)):
            yield start, end, "LOCATION", 0.8
    for match in _ZIP.finditer(text):
        yield match.start(1), match.end(1), "LOCATION", 0.9
    for match in _STATE_ZIP.finditer(text):
        if match.group(1) in USPS_STATE_CODES:
            yield match.start(2), match.end(2), "LOCATION", 0.85
    for match in _STATE_NAME_ZIP.finditer(text):
        yield match.start(1), match.end(1), "LOCATION", 0.85
    for match in _TOWN_ZIP.finditer(text):
        yield match.start(1), match.end(1), "LOCATION", 0.8
    for match in _ADDRESS_ZIP.finditer(text):
        yield match.start(1), match.end(1), "LOCATION", 0.8


def state_and_zip(text: str, start: int, end: int, context_near: bool) -> bool:
    """Whether ``text[start:end]`` ("IL 62704") is a state's code and ZIP closing an address.

    The two capitals must be a USPS code and follow a town's word ("Springfield, IL 62704");
    after a code's context word ("case CA 12345", ``context_near``) or any other word they
    are a code's prefix.
    """
    match = _CODE_AND_ZIP.fullmatch(text, start, end)
    return (
        match is not None
        and match.group(1) in USPS_STATE_CODES
        and not context_near
        and _TOWN_BEFORE.search(text, max(0, start - 40), start) is not None
    )
