"""Words and helpers the date rules share: month, weekday and day patterns, fast searching.

Split from :mod:`date_rules`; :mod:`month_rules` and :mod:`age_rules` use them too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.word_search import word_matches

_FAST_OPENINGS = ("[Aa]t", "(?:on|by|", "(?:date", "(?:9", "(?:19|20)", "(?:monday", "(?:january")


def word_pattern(pattern: str) -> re.Pattern[str]:
    """Compiled without its leading ``\\b`` when that makes it faster (see :mod:`word_search`).

    Faster are patterns opening with a literal or rare words ("the ", "born", a weekday); those
    opening with an optional part or short common words ("in", "by") keep their ``\\b``.
    """
    stripped = pattern.removeprefix(r"\b")
    fast = stripped[:1].isalpha() or stripped.startswith(_FAST_OPENINGS)
    return re.compile(stripped if fast else pattern)


def matches(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    if pattern.pattern.startswith(r"\b"):
        return pattern.finditer(text)
    return word_matches(pattern, text)


# The twelve month names in full (MONTH adds their abbreviations).
MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december)"
)
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan\.?|feb\.?|mar\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|nov\.?|dec\.?)"
)
SAFE_MONTH = r"(?:january|february|april|june|july|august|september|october|november|december)"
WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon\.?|tues?\.?|weds?\.?|thu(?:rs?)?\.?|fri\.?|sat\.?|sun\.?)"
)
ORD = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)"
DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
YEAR = r"(?:1[89]\d\d|20\d\d|'\d\d)"
# A plain (non-ordinal) day must end the phrase, so "may 1 day" is not a date.
# A year or a pronoun may follow it too: "june 12 2021", "on march 3 i got the call".
DAY_END = (
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:at|and|in|or|is|was|the|when|so|but|because|to|for|through"
    r"|thru|until|till|i|we|he|she|they|you|my|our|his|her|their|after|before|around|last|this"
    r"|next|that|which|then|if|on|right|just|it|with|from|by|as|(?:19|20)\d\d)\b))"
)


def near(
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
