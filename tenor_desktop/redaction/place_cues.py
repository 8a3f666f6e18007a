"""Places said without the words the other place rules wait for.

- A lake, mount, fort or port and its name: "we got a place near lake merritt".
- A venue and the name it goes by: "a bar downtown called the rusty nail".
- A street said by its name alone after a venue: "the lutheran church on elm.", "the one on
  fifth." (the name must be one of the commonest US street names or an ordinal).
- A hospital called "<name> general": "they admitted me to mercy general".
- A neighbourhood: a listed or rare name before an area word ("in logan square", "over in the
  pearl district"), never a generic one ("the old park", "the financial district").

Each finder yields ``(start, end, "LOCATION", confidence)`` on spoken-normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.address_numbers import find_address_numbers
from tenor_desktop.redaction.chain_streets import find_chain_streets
from tenor_desktop.redaction.custody_places import find_custody_places
from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.facility_heads import find_bare_facilities
from tenor_desktop.redaction.joined_firm_names import find_joined_firm_names
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.named_sites import find_named_sites
from tenor_desktop.redaction.neighbourhood_slots import find_neighbourhood_slots
from tenor_desktop.redaction.place_extents import find_address_parts
from tenor_desktop.redaction.place_shapes import CHAINS, find_place_shapes
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.school_names import find_school_names
from tenor_desktop.redaction.slot_places import find_slot_places
from tenor_desktop.redaction.street_corners import find_street_corners
from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.town_parts import find_town_parts
from tenor_desktop.redaction.venue_names import find_everyday_venues
from tenor_desktop.redaction.venue_on_street import (
    find_described_venues,
    find_venues_on_bare_streets,
)
from tenor_desktop.redaction.workplace_names import find_named_workplaces

_WORD = r"[a-z][a-z'-]*"
_FEATURE = re.compile(
    rf"\b(?:near|at|by|on|to|from|in|around|off|past|behind)\s+(?:the\s+)?"
    rf"((?:lake|mount|mt\.?|fort|ft\.?|port|cape)\s+{_WORD})"
)
_VENUE = (
    r"(?:bar|pub|restaurant|club|diner|cafe|caf\u00e9|church|school|hotel|motel|gym|store|shop"
    r"|salon|shelter|clinic|program|center|spot|daycare|facility|hospital|rehab|place|complex"
    r"|apartments|building|studio|lounge|grill|bakery|park|camp|community"
    r"|fellowship|chapel|temple|mosque|synagogue|ministries)"
)
_VENUE_NAMED = re.compile(
    rf"\b{_VENUE}\s+(?:{_WORD}\s+)?(?:called|named)\s+((?:the\s+)?{_WORD}(?:\s+{_WORD}){{0,2}}?)"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|but|in|on|near|by|where|that|which|with|off|downtown)\b)",
    re.MULTILINE,
)
# The commonest US street names (the numbered ones, trees, presidents and a few others).
_STREET_NAMES = (
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)"
    r"|main|park|oak|pine|maple|cedar|elm|walnut|spruce|chestnut|willow|cherry|birch|ash|poplar"
    r"|hickory|magnolia|washington|lincoln|jefferson|madison|jackson|franklin|adams|monroe"
    r"|broadway|market|spring|ridge|sunset|highland|mill|lake|hill|church|center|union|state"
    r"|college|grand|central|division|commerce|mlk)"
)
_CHAIN_WORDS = "|".join(sorted((re.escape(c) for c in CHAINS), key=len, reverse=True))
_VENUE_ON_STREET = re.compile(
    rf"\b(?:{_VENUE}|one|house|office|station|library|ymca|pharmacy|walgreens|cvs|target|baptist"
    r"|methodist|presbyterian|lutheran|episcopal|pentecostal|tabernacle|hall|bank|deli|pizza"
    rf"|walmart|mcdonald's|starbucks|apartment|duplex|trailer|{_CHAIN_WORDS})\s+on\s+"
    rf"({_STREET_NAMES})"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|but|by|near|across|downtown|now|anymore)\b)",
    re.MULTILINE,
)
# Two streets of a corner said with "and": "we live over on fifth and pine".
_STREET_PAIR = re.compile(
    rf"\b(?:on|at|off|near|by|of)\s+({_STREET_NAMES}\s+(?:and|&)\s+{_STREET_NAMES})\b"
    r"(?!\s+(?:and|of|grade|graders|time|times|place|period|floor)\b|-)"
)
# "the safeway on 24th": an ordinal without "the" after "on" is a street ("at first" is not).
_ORDINAL_STREET = re.compile(
    r"\b(?:on|off|near)\s+(?!1st\b)(\d{1,3}(?:st|nd|rd|th))"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|near|by|downtown|across|now)\b)",
    re.MULTILINE,
)
# A neighbourhood: "in logan square", "over in the pearl district", "near rock creek".
_NEIGHBOURHOOD = re.compile(
    rf"\b(?:in|from|to|near|around|by|at|outside)\s+(?:the\s+)?((?:{_WORD}\s+){{1,2}}"
    r"(?:square|district|heights|bend|point|crossing|junction|flats|corners|ward|quarter|hollow"
    r"|landing|harbor|harbour|creek|grove|meadows|estates|commons|mills|gardens|hills|village"
    r"|corridor|manor|manors|acres|shores))\b"
)
_AREA_NEEDLES = (
    "square",
    "district",
    "heights",
    "bend",
    "point",
    "crossing",
    "junction",
    "flats",
    "corners",
    "ward",
    "quarter",
    "hollow",
    "landing",
    "harbo",
    "creek",
    "grove",
    "meadows",
    "estates",
    "commons",
    "mills",
    "gardens",
    "hills",
    "village",
    "corridor",
    "manor",
    "acres",
    "shores",
)
_GENERIC_AREA_WORDS = frozenset(
    "old new big little small state city national public local nearby same other skate water "
    "theme trailer parking amusement ball dog town times red light financial historic business "
    "shopping school arts art garment fashion downtown uptown north south east west central "
    "upper lower inner outer whole entire".split()
)
_CORRIDOR_KINDS = frozenset(
    "hospital school hall hotel prison jail office airport train transit long narrow dark main "
    "back side front empty economic energy wildlife migration trade green same whole ward "
    "basement upstairs downstairs".split()
)
_GENERAL = re.compile(
    rf"\b(?:at|to|in|from|into|over\s+at)\s+(?:the\s+)?({_WORD}\s+general)\b"
    r"(?!\s+(?:manager|practitioner|public|idea|sense|population|store|rule|feeling|knowledge))"
)
_NOT_PLACE_NAME = frozenset(
    "the a an my your his her our their this that same whole it him me us them you out off "
    "back up down in on".split()
)


def _everyday_feature(phrase: str, lex: Lexicons) -> bool:
    """A lake, mount or fort word before an everyday noun that names none ("lake house";
    not "lake placid", "fort worth", listed places, nor "lake merritt", a name)."""
    word = phrase.split()[-1]
    return (
        word in lex.everyday_words
        and phrase not in lex.places
        and word not in lex.places
        and word not in lex.first_names
        and word not in lex.surnames
    )


def find_place_cues(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Places from the cues in the module docstring."""
    low = lower_same_length(text)
    areas = any(word in low for word in _AREA_NEEDLES)
    for match in _NEIGHBOURHOOD.finditer(low) if areas else ():
        words = match.group(1).split()[:-1]
        if any(w in _GENERIC_AREA_WORDS or w in STOP_WORDS for w in words):
            continue
        # "the ninth ward" is a part of town; "the psych ward" a part of a hospital.
        if match.group(1).endswith("ward") and not any(
            w in lex.proper_only or w in lex.places or w[:1].isdigit() for w in words
        ):
            continue
        # "over in the cass corridor": a corridor of a city is named by any word but a kind.
        corridor = match.group(1).endswith("corridor") and not any(
            w in _CORRIDOR_KINDS or w in lex.not_phi_places for w in words
        )
        if corridor or any(
            w in lex.places
            or w in lex.broad_cities
            or w in lex.first_names
            or w in lex.surnames
            or w in lex.broad_names
            or is_rare_word(w, lex)
            for w in words
        ):
            yield match.start(1), match.end(1), "LOCATION", 0.6
    for pattern, confidence, needles in (
        (_FEATURE, 0.7, ("lake ", "mount ", "mt", "fort ", "ft", "port ", "cape ")),
        (_VENUE_NAMED, 0.65, ("called ", "named ")),
        (_VENUE_ON_STREET, 0.6, (" on ",)),
        (_GENERAL, 0.6, (" general",)),
        (_ORDINAL_STREET, 0.55, ("st", "nd", "rd", "th")),
        (_STREET_PAIR, 0.6, (" and ", " & ")),
    ):
        if not any(needle in low for needle in needles):
            continue
        for match in pattern.finditer(low):
            words = match.group(1).split()
            name_words = [w for w in words if w != "the"]
            if not name_words or any(w in _NOT_PLACE_NAME for w in name_words):
                continue
            if pattern is not _VENUE_ON_STREET and any(
                w in STOP_WORDS or w in NOT_NAME_WORDS for w in name_words[-1:]
            ):
                continue
            if pattern is _FEATURE and _everyday_feature(match.group(1), lex):
                continue  # "the lake house", "a mount bracket": no lake or mountain's name
            yield match.start(1), match.end(1), "LOCATION", confidence
    yield from find_place_shapes(low, lex)
    yield from find_described_venues(low)
    yield from find_venues_on_bare_streets(text, low, lex)
    yield from find_everyday_venues(low, lex)
    yield from find_town_parts(low)
    yield from find_neighbourhood_slots(low, lex)
    yield from find_named_sites(low, lex)
    yield from find_address_parts(low)
    yield from find_address_numbers(low)
    yield from find_named_workplaces(low, lex)
    yield from find_custody_places(low, lex)
    yield from find_school_names(text, lex)
    yield from find_joined_firm_names(text, lex)
    yield from find_street_corners(text, lex)
    yield from find_bare_facilities(text, lex)
    yield from find_slot_places(text, lex)
    yield from find_chain_streets(text, lex)
