"""Well-known streets said without their suffix where a street preposition puts someone on
them: "the popeyes on airline", "lives off peachtree", "over on westheimer", "a warehouse off
the major deegan", "at 3318 falls of neuse".

The names come from a gazetteer written from general knowledge
(``resources/lexicons/known_streets.txt``), so an arterial a transcript's writer knows from
the world is found though no rule was read off that transcript. The street rules
(:mod:`street_rules`) already find a name said with its suffix, a route number or a
directional and a name; this finder adds the bare name after "on", "off", "onto", "over on",
"down on", "up on", "out on" or "the corner of", or after a house number ("at 88 halsted").

A name followed by "day" is a holiday ("on Veterans Day"). A listed name marked '!' is also a
person's name, a place or an everyday word ("lamar", "federal", "grand", "baseline"): it needs
no verb or topic before the preposition ("cheated on tyler", "a book on lincoln", "relies on
federal"); said lowercase, it needs a venue, home or chain word before it ("the pharmacy on
grand", "my place off federal") or a moving "over on"/"down on", and the phrase to end after
it ("on grand.", "on grand and 5th", "on grand monday", its suffix); said with a capital, a
name that is no person's ("the one on Baseline").

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from tenor_desktop.redaction.chain_streets import BRAND_PATTERN
from tenor_desktop.redaction.entity_rules import Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.listed_name_index import TOKEN, ListedLine, index_by_first_word
from tenor_desktop.redaction.text_case import lower_same_length

_LIST = "known_streets.txt"


@dataclass(frozen=True, slots=True)
class _Entry:
    pattern: re.Pattern[str]
    strict: bool
    needs_the: bool


# The street preposition before a name, with "the" for a freeway ("off the major deegan").
_CUE = re.compile(r"(?:\b(?:on|off|onto|corner\s+of)|\b\d{1,5})\s+(?:(the)\s+)?$")
# "at 3318 falls of neuse": a house number before the name.
_HOUSE_NUMBER = re.compile(r"\b\d{1,5}\s+$")
# Before "on"/"off": a verb or topic that makes it no street ("cheated on tyler", "a book on
# lincoln", "relies on federal", "the spin off broadway").
_NOT_STREET_BEFORE = re.compile(
    r"\b(?:rely|relies|relied|depend|depends|depended|count|counting|counted|focus|focused"
    r"|focusing|work|works|worked|working|hooked|hang|hung|hold|holding|keep|keeps|kept"
    r"|turn|turned|spend|spent|spending|agree|agreed|comment|commented|reflect|based|insist"
    r"|wait|waits|waiting|waited|call|called|calling|cheat|cheated|cheating|pass|passed"
    r"|sleep|slept|log|logged|put|putting|dibs|crush|book|books|paper|papers|essay|report"
    r"|documentary|article|show|movie|podcast|lecture|class|course|take|opinion|views|info"
    r"|information|tips|advice|notes|update|updates|bet|bets|money|hand|hands|eye|eyes|mind"
    r"|pressure|high|hard|easy|go|going|goes|went|gone|carry|carried|get|got|getting|play"
    r"|played|playing|pick|picked|picking|feed|fed|is|was|are|were|be|been|i'm"
    r"|he's|she's|we're|they're|you're|spin|off)\s+(?:on|off|onto)\s+$"
)
# "over on", "down on", "up on", "out on" are strong by themselves.
_MOVED_ON = re.compile(r"\b(?:over|down|up|out|right)\s+(?:on|off)\s+$")
# Words of a venue, a home or a chain before a lowercase strict name: "the pharmacy on lamar".
_VENUE_BEFORE = re.compile(
    r"\b(?:house|home|apartment|apartments|apt|place|duplex|building|complex|motel|hotel"
    r"|shelter|store|shop|station|clinic|office|pharmacy|church|school|restaurant|bar|diner"
    r"|club|gym|park|lot|garage|warehouse|one|spot|corner|light|lights|intersection|bus"
    r"|stop|lives?|living|lived|stays?|staying|stayed|moved|crashed|accident|wreck|traffic"
    r"|ticket|pulled|parked|walking|walked|driving|drove|bridge|mall|plaza|center|centre"
    rf"|{BRAND_PATTERN})(?:'s)?\s+(?:\w+\s+)?(?:(?:over|down|up|out|right)\s+)?(?:on|off|onto)\s+$"
)
# After the name: the phrase ends (a stop, a comma, a conjunction or a preposition), a
# second street of a corner, or the name's suffix.
_END_AFTER = re.compile(
    r"(?:'s|s)?(?=\s*[.,;!?)]|\s*$|\s+(?:and|&|but|in|by|near|where|since|for|on|at|with"
    r"|every|when|if|so|to|i|he|she|we|they|that|which|across|downtown|now|anymore|the|last"
    r"|this|after|before|was|is|had|has|yesterday|today|tonight|or|because|like|right|just"
    r"|off|past|from|until|every|um|uh|you|it|there|then|behind|between|north|south|east"
    r"|west|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|last|next"
    r"|every)\b|\s+[A-Za-z]+:)",
    re.IGNORECASE,
)
# A holiday, not a street: "on Veterans Day", "off Columbus Day weekend".
_HOLIDAY_AFTER = re.compile(r"\s+day\b", re.IGNORECASE)
_SUFFIX_AFTER = re.compile(
    r"\s+(?:(?:street|avenue|road|boulevard|drive|highway|parkway|pike|freeway|expressway"
    r"|trail|way|lane)\b|(?:st|ave|rd|blvd|dr|hwy|pkwy|ln)\b\.?)",
    re.IGNORECASE,
)


def find_known_streets(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Listed streets said bare after a street preposition or a house number."""
    index = _index()
    low = lower_same_length(text)
    if index.keys().isdisjoint(TOKEN.findall(low)):
        return
    taken = -1
    for token in TOKEN.finditer(low):
        start = token.start()
        if start < taken:
            continue
        for entry in index.get(token.group(), ()):
            match = entry.pattern.match(low, start)
            if match is None:
                continue
            end = match.end()
            cue = _CUE.search(low, max(0, start - 20), start)
            if cue is None or (entry.needs_the and cue.group(1) is None):
                continue
            if _HOLIDAY_AFTER.match(low, end):
                continue
            suffix = _SUFFIX_AFTER.match(low, end)
            lowercase_strict = entry.strict and not text[start].isupper()
            if suffix is None and lowercase_strict and not _END_AFTER.match(text, end):
                continue
            if not _locates(text, low, cue.start(), start, lex, strict=entry.strict):
                continue
            if suffix is not None:
                end = suffix.end()
            yield start, end, "LOCATION", 0.75
            taken = end
            break


def _locates(text: str, low: str, cue: int, start: int, lex: Lexicons, *, strict: bool) -> bool:
    """Whether the preposition before the name at ``start`` puts someone on a street."""
    if _HOUSE_NUMBER.search(low, max(0, start - 8), start):
        return not strict or text[start].isupper()
    window = max(0, cue - 40)
    before = low[window:start]
    if not strict:
        return True
    if _MOVED_ON.search(before) is None and _NOT_STREET_BEFORE.search(before):
        return False
    if _MOVED_ON.search(before) or _VENUE_BEFORE.search(before):
        return True
    # A capital marks a street's name ("the one on Baseline"), unless it is a person's name.
    first = low[start:].split(maxsplit=1)[0].removesuffix("'s")
    personal = first in lex.first_names or first in lex.surnames
    return text[start].isupper() and not personal


@cache
def _index() -> dict[str, tuple[_Entry, ...]]:
    """First word of each listed name -> its entries, longest names first."""
    return index_by_first_word(_LIST, _entry)


def _entry(form: str, line: ListedLine) -> _Entry:
    # "the 405": a freeway by its number needs its "the".
    needs_the = line.said.startswith("the ") and line.name[:1].isdigit()
    return _Entry(re.compile(_name_pattern(form)), line.strict, needs_the)


def _name_pattern(name: str) -> str:
    """A listed name as said or typed: "st. nicholas" / "st nicholas", "m.l.k." / "mlk",
    "ponce de leon" / "ponce-de-leon"."""
    parts = []
    for ch in name:
        if ch in " -":
            parts.append(r"[\s-]+")
        elif ch == ".":
            parts.append(r"\.?\s*")
        elif ch == "'":
            parts.append("['\u2019]?")
        else:
            parts.append(re.escape(ch))
    return "".join(parts) + r"(?![a-z0-9'-])"
