"""Well-known chains and employers said where they locate someone: "came home from hy-vee",
"a fight at planet fitness on grand river", "she's working at the key food", "parked outside
the wawa".

The names come from a gazetteer written from general knowledge
(``resources/lexicons/known_businesses.txt``), so a chain a transcript's writer knows from the
world is found though no rule was read off that transcript. A name alone says nothing ("the
walmart thing", "google showed a login", "facebook dot com slash ..."), and neither does a
chain after a plain "at" ("i was at costco", "i shop at walmart": see chain_streets). It is a
place in a workplace slot ("works nights at"), after words that put someone beside it or on
the way from it ("outside the", "behind", "came home from"), or after "at"/"to"/"from" with
its street, town or building after it ("at shoney's in bowling green", "the fedex hub"). A
bank where someone keeps an account is one too ("my checking at navy federal"). An
indefinite article makes it any shop ("standing in a walmart"), and a person or thing after
it is no place ("the walmart guy", "a target gift card").

A listed name marked '!' is also an everyday word, a given name or a place ("target", "shell",
"wendy's", "delta"): beside it, it needs its street or town after it or a capital
("waiting outside Target").

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from tenor_desktop.redaction.employer_names import employed_at
from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.listed_name_index import TOKEN, index_by_first_word
from tenor_desktop.redaction.place_tails import NOT_STREET
from tenor_desktop.redaction.text_case import lower_same_length

_LIST = "known_businesses.txt"


@dataclass(frozen=True, slots=True)
class _Entry:
    pattern: re.Pattern[str]
    strict: bool


# Words that put someone beside or on the way from one shop, with at most a definite
# determiner: "outside that wawa", "behind the hy-vee", "came home from kroger", "parked at
# the sheetz". A plain "at" or "to" does not ("i was at costco", "i shop at walmart": a chain
# said alone locates nobody); it needs the shop's street or town after the name.
_BESIDE = re.compile(
    r"\b(?:outside|inside|behind|near|nearby|beside|past|by|across\s+from|next\s+to"
    r"|in\s+front\s+of|out\s+front\s+of|(?:home|back|way|walked|walking|drove|driving|came"
    r"|coming|ran|running)\s+from|(?:parked|waiting|sitting|standing|meet|meeting|met)"
    r"\s+(?:up\s+)?(?:at|outside|in\s+front\s+of)|(?:picked|pick|picks|dropped|drop|drops)"
    r"\s+(?:me|him|her|us|them|you)\s+(?:up|off)\s+(?:at|from|outside))"
    r"\s+(?:(?:the|that|this)\s+(?:(?:old|new|same|big|local)\s+)?)?$"
)
# "by" of an agent, not of a place: "owned by walmart", "paid by fedex".
_AGENT_BY = re.compile(
    r"\b(?:owned|run|bought|made|sold|acquired|sponsored|funded|paid|employed|hired|insured"
    r"|backed|built|operated|managed|founded|sued|fined|charged|replaced|approved|denied"
    r"|covered|recruited|contacted|called|emailed|audited)\s+by\s+(?:the\s+)?$"
)
_AT = re.compile(
    r"\b(?:at|to|from|into|over\s+at|down\s+at|up\s+at|out\s+at|back\s+at|back\s+to"
    r"|around)\s+(?:(?:the|that|this)\s+(?:(?:old|new|same|big|local)\s+)?)?$"
)
# After the name, its street or town ("on linden", "in powderhorn", "by the main gate") or
# a building of a site ("the fedex hub", "the mcdonald's drive-thru").
_WHERE_AFTER = re.compile(
    r"(?:'s|s'|s)?\s+(?:(on|off|in)\s+|(?:by|near|out\s+by|across\s+from|next\s+to)\s+(?:the\s+)?)"
    r"([a-z0-9][a-z0-9'-]*)"
)
_BUILDING_AFTER = re.compile(
    r"(?:'s|s'|s)?\s+(?:warehouse|distribution\s+center|fulfillment\s+center|plant|hub"
    r"|headquarters|hq|drive[\s-]?thru|drive[\s-]?through|bathroom|restroom|dumpster"
    r"|loading\s+dock)\b"
)
# Where someone keeps their money: "my savings at navy federal", "a checking at arvest",
# "we bank with wells fargo". A bank is a branch the person goes to, as a workplace is; an online
# "account at amazon" is no place, so only banking words make the slot.
_BANKED = re.compile(
    r"\b(?:(?:checking|savings|bank)(?:\s+accounts?)?|banked|banks|banking)\s+(?:at|with)"
    r"\s+(?:the\s+)?$"
)
_NOT_NEAR = frozenset("way time end hour day week weekend look book".split())
# After the name, words that make it a thing, a person or a site on the web, not a place.
_NOT_PLACE_AFTER = re.compile(
    r"(?:'s|s'|s)?\s*(?:\.com\b|dot\s+com|dot\s+org|\.org\b|/)|(?:'s|s'|s)?\s+(?:thing|things"
    r"|card|cards|gift|app|apps|post|posts|website|site|page|stock|stocks|shares|points|rewards"
    r"|brand|bag|bags|receipt|receipts|commercial|commercials|ad|ads|order|orders|package"
    r"|packages|box|boxes|truck|trucks|van|vans|driver|drivers|delivery|deliveries|guy|guys"
    r"|lady|man|woman|people|kid|kids|uniform|uniforms|vest|shirt|logo|coupon|coupons|sale"
    r"|sales|prime|music|video|videos|show|shows|movie|series|documentary|credit|shopper"
    r"|shoppers|jeans|jacket|hoodie|sandwich|sandwiches|burger|burgers|fries|coffee|cup"
    r"|drink|food|meal|bill|bills|check|statement|email|emails|text|texts|call|calls"
    r"|id|watch|phone|pay|wallet|health|maps|docs|search|login|password|house|apartment|mom|dad"
    r"|mother|father|wife|husband|boyfriend|girlfriend|birthday|funeral|wedding)\b"
    r"|(?:'s|s'|s)?\s+(?:drive(?![\s-]?thr)|call(?!\s+cent))"
)
# Facility words taken into the span: "the fedex hub", "the tesla plant".
# Only short ones: the sets mark "the FedEx hub" whole but mostly "Amazon" of "the Amazon
# warehouse", and a long tail would make a span mostly outside the marked name.
_FACILITY_TAIL = re.compile(r"\s+(?:plant|hub|hq|factory)\b")

_CAPITALISED_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?!['-])")
_NOT_NAME_PART = frozenset(
    "i monday tuesday wednesday thursday friday saturday sunday january february march april"
    " may june july august september october november december and but so then".split()
)


def find_known_businesses(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Listed chains and employers in a locating slot (module docstring)."""
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
            if _locates(text, low, start, end, lex, strict=entry.strict):
                tail = _FACILITY_TAIL.match(low, end)
                if tail is not None:
                    end = tail.end()
                elif text[start].isupper():
                    # The capitalised rest of a site's name: "the Marriott Marquis".
                    more = _CAPITALISED_AFTER.match(text, end)
                    if more is not None and more.group(1).lower() not in _NOT_NAME_PART:
                        end = more.end()
                yield start, end, "LOCATION", 0.7
                taken = end
            break


def _locates(text: str, low: str, start: int, end: int, lex: Lexicons, *, strict: bool) -> bool:
    """Whether the name at ``start:end`` puts someone at one shop or site."""
    if _NOT_PLACE_AFTER.match(low, end):
        return False
    if employed_at(low, start):
        return True
    site = _site_after(text, low, end, lex)
    beside = _BESIDE.search(low, max(0, start - 40), start) or _BANKED.search(
        low, max(0, start - 30), start
    )
    if beside is None or _AGENT_BY.search(low, max(0, start - 30), start) is not None:
        return site and _AT.search(low, max(0, start - 30), start) is not None
    if not strict or site:
        return True
    # A capital marks the brand ("outside Target"), unless the word is a person's name too
    # ("waiting on Chase" is no shop).
    first = low[start:end].split()[0].removesuffix("'s")
    personal = first in lex.first_names or first in lex.surnames
    return text[start].isupper() and not personal


def _site_after(text: str, low: str, end: int, lex: Lexicons) -> bool:
    """Whether the shop's street, town or building is said after the name at ``end``."""
    if _BUILDING_AFTER.match(low, end):
        return True
    where = _WHERE_AFTER.match(low, end)
    if where is None:
        return False
    word = where.group(2)
    if word in STOP_WORDS or word in NOT_STREET or word in _NOT_NEAR:
        return False
    if where.group(1) == "in":
        # A town, not "in 2019", "in line" or "in trouble".
        capital = text[where.start(2)].isupper()
        return not word[0].isdigit() and (
            capital or word in lex.place_heads or word not in lex.everyday_words
        )
    return True


@cache
def _index() -> dict[str, tuple[_Entry, ...]]:
    """First word of each listed name -> its entries, longest names first."""
    return index_by_first_word(
        _LIST, lambda form, line: _Entry(re.compile(_name_pattern(form)), line.strict)
    )


def _name_pattern(name: str) -> str:
    """A listed name as said or typed: "7-eleven" / "7 eleven", "mcdonald's" / "mcdonalds",
    "stop & shop" / "stop and shop", with a possessive or plural after it."""
    parts = []
    for ch in name:
        if ch in " -":
            parts.append(r"[\s-]*")
        elif ch == ".":
            parts.append(r"\.?\s*")
        elif ch == "'":
            parts.append("['\u2019]?")
        elif ch == "&":
            parts.append(r"\s*(?:&|and|n|'n')\s*")
        else:
            parts.append(re.escape(ch))
    return "".join(parts) + r"(?:['\u2019]s|s['\u2019]|s|['\u2019])?(?![a-z0-9-])"
