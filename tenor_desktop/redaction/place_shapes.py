"""Places said in shapes of speech the street, facility and town rules do not cover.

- A named part of town before an area word: "the ironbound section", "the fishtown
  neighborhood", "the back bay area" (never "the waiting area", "the kids section").
- A street corner: "the corner of fifth and pine", "the intersection of harlan and 4th".
- A town named after "city of" / "town of": "i work for the city of garland".
- A place named for its owner: "rosie's diner", "marcello's pizza" (not "my mom's kitchen",
  "aiden's daycare" or "jake's garage": somebody's own).
- A school said by its short name: "she goes to kent state", "he teaches at hollis prep".
- A congregation by its name: "i go to first baptist", "we joined grace fellowship".
- A street by a rare or place name after a venue: "the coffee shop on linden".
- A house number and a street without its suffix ("i live at 422 elm"); a post-office box.
- Where someone stays or is treated, by a rare name ("i was at hazelden"); a saint's or a
  "san"/"fort" place said lowercase ("at st. vincent", "locked up at san quentin").

Run by :mod:`place_cues` on spoken-normalised, lowercased text; each finder yields
``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import KIN_WORDS
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.street_names import COMMON_STREETS
from tenor_desktop.redaction.word_search import word_matches

_WORD = r"[a-z][a-z'-]*"
# The area word is kept in the span when short ("ironbound section", "back bay area"); after a
# long one only the name is ("fishtown" of "the fishtown neighborhood").
_AREA = re.compile(
    rf"\b(?:in|from|to|near|around|by|at|outside|of|into)\s+the\s+((?:{_WORD}\s+){{1,2}}?)"
    r"(?:(section|area|side)|neighbou?rhood|subdivision|development|part\s+of\s+town)\b"
)
_AREA_NEEDLES = ("section", "area", "side", "neighbo", "subdivision", "development", "of town")
# Second words that make a two-word area name of everyday words ("back bay", "south hills").
_GEO_WORDS = frozenset(
    "park hills hill bay ridge heights valley woods creek lake point grove springs gardens "
    "village square end shore shores harbor harbour meadows acres landing falls island".split()
)
_GENERIC_AREA = frozenset(
    "old new big little small same other whole entire nice bad good rough poor rich nicer "
    "waiting smoking play kids kid's children's reception dining living common visiting "
    "parking seating pool kitchen bathroom lobby family residential rural urban industrial "
    "business shopping downtown uptown metro city county state tri-state local surrounding "
    "general main fiction comments comment self-help dairy produce bakery frozen sports "
    "the a an my your his her our their this that wrong right upper lower inner outer "
    "school college hospital trailer dog skate water theme amusement ball national".split()
)
# Street corners: "the corner of fifth and pine", "the intersection of harlan and 4th".
_CORNER = re.compile(
    rf"(?:corner|intersection)\s+of\s+((?:{_WORD}|\d{{1,3}}(?:st|nd|rd|th))"
    rf"(?:\s+(?:street|avenue|road|st|ave|rd|drive|boulevard))?\s+(?:and|&)\s+"
    rf"(?:{_WORD}|\d{{1,3}}(?:st|nd|rd|th))(?:\s+(?:street|avenue|road|st|ave|rd|drive"
    r"|boulevard))?)\b"
)
# A congregation by its name: "i go to first baptist", "we joined grace fellowship".
_CONGREGATION = re.compile(
    rf"\b(?:at|to|from|attend|attends|attended|attending|joined|join|of|is|was)\s+(?:the\s+)?"
    rf"((?:{_WORD}\s+|\d(?:st|nd|rd)\s+){{1,2}}(?:baptist|methodist|presbyterian|lutheran|episcopal|pentecostal"
    r"|congregational|fellowship|tabernacle|assembly\s+of\s+god|church\s+of\s+christ))\b"
)
_CONGREGATION_NEEDLES = (
    "baptist", "methodist", "presbyterian", "lutheran", "episcopal", "pentecostal",
    "congregational", "fellowship", "tabernacle", "assembly of god", "church of christ",
)  # fmt: skip
_GENERIC_CONGREGATION = frozenset(
    "southern northern american independent reformed evangelical missionary primitive free "
    "will local big little small old black white catholic orthodox christian our your his "
    "her their my a an the this that some".split()
)
# A street said by a rare or place name after a venue: "the coffee shop on linden", "the bar
# on fremont" (the common street names are place_cues' _VENUE_ON_STREET).
# Searched from " on " (a literal the regex engine finds fast), the venue checked before it.
_ON_NAME = re.compile(
    rf" on ({_WORD})(?=\s*[.,;!?]|\s*$|\s+(?:and|but|by|near|across|downtown|now|anymore"
    r"|where|with|when|i|we|he|she|they|for|in|at|next)\b)",
    re.MULTILINE,
)
_VENUE_BEFORE = re.compile(
    r"\b(?:bar|pub|restaurant|diner|cafe|coffee|shop|store|church|school|clinic|gym|salon"
    r"|bakery|deli|pizza|pizzeria|tacos|taqueria|laundromat|barbershop|liquor|market|bank"
    r"|pharmacy|library|motel|hotel|apartment|apartments|house|duplex|office|station|hall"
    r"|shelter|daycare|grill|tavern|lounge|one|place|spot|building|complex|plant|warehouse)$"
)
_NOT_STREET_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday weekends weekdays fire "
    "duty call break lunch tv youtube amazon yelp zillow google facebook instagram tiktok "
    "netflix ebay craigslist etsy doordash grubhub ubereats instacart reddit twitter".split()
)
# A house number and a street said without its suffix: "i live at 422 elm" (spoken "four
# twenty two elm" is normalised), "my address is 18 north wickham".
_BARE_ADDRESS = re.compile(
    r"\b(?:live|lives|lived|living|stay|stays|stayed|staying|address\s+is|house\s+is"
    r"|apartment\s+is|moved\s+into|moved\s+to|mail\s+it\s+to|send\s+it\s+to)\s+(?:at\s+)?"
    rf"(\d{{1,5}}\s+(?:(?:north|south|east|west)\s+)?({_WORD}))"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|but|in|with|now|since|for|apartment|apt|unit|#)\b)",
    re.MULTILINE,
)
# A post-office box is an address: "p.o. box 4471", "po box 12".
_PO_BOX = re.compile(r"\b(?:p\.?\s?o\.?|post\s+office)\s+box\s+\d{1,6}\b")
# Where someone stays or is treated, by a rare name: "i was at hazelden", "he's at rikers".
# Searched from " at " / " to ", the verb of staying checked before it.
_AT_NAME = re.compile(
    rf" (?:at|to) ({_WORD}(?:\s+{_WORD})?)(?=\s*[.,;!?]|\s*$|\s+(?:for|and|but|now|again|since"
    r"|last|in|when|after|until|because|with|so)\b)",
    re.MULTILINE,
)
_STAYED_BEFORE = re.compile(
    r"\b(?:was|were|been|am|i'm|he's|she's|they're|is|stay|stays|stayed|staying|admitted"
    r"|inpatient|outpatient|locked\s+up|treated|detox|rehab|weeks|days|months|time|enrolled"
    r"|sent\s+(?:him|her|me|them)|took\s+(?:him|her|me|them)|taken|transferred|admitted\s+to"
    r"|committed\s+to|rushed\s+(?:him|her|me|them))$"
)
_PREFIX_NEEDLES = ("st.", "saint ", "san ", "santa ", "los ", "las ", "fort ", "mount ", "port ")
_ADDRESS_NEEDLES = ("live", "stay", "address", " is ", "moved", " to ")
# Chains said alone locate nobody ("i was at costco"); with a street they do (place_cues).
CHAINS = frozenset(
    "starbucks costco walgreens cvs walmart target kroger safeway publix aldi wegmans meijer "
    "heb mcdonald's mcdonalds wendy's dunkin subway ikea lowe's applebee's chili's denny's ihop "
    "panera chipotle sonic arby's hardee's popeyes shoprite albertsons vons ralphs hyvee "
    "kohl's macy's marshalls tjmaxx sephora ulta petsmart petco staples".split()
)
# A saint, a "san"/"santa"/"los" or "fort"/"mount" place said lowercase: "at st. vincent",
# "locked up at san quentin", "out near los banos".
_PREFIXED_PLACE = re.compile(
    r"\b(?:at|to|in|from|near|outside|into)\s+((?:st\.|saint|san|santa|los|las|fort|mount"
    rf"|port)\s+{_WORD})"
)
_CITY_OF = re.compile(rf"(?:city|town|village|township|borough)\s+of\s+({_WORD}(?:\s+{_WORD})?)")
# Searched from the shop word back to its owner (a pattern opening with a word is slow).
_OWNED_PLACE = re.compile(
    r"'s\s+(?:diner|pub|grill|cafe|caf\u00e9|bakery|tavern|pizza|pizzeria|deli"
    r"|auto|salon|barbershop|restaurant|bistro|cantina|taqueria|lounge|brewery|tacos"
    r"|burgers|bagels|donuts|furniture|hardware|liquor|laundromat|towing|landscaping"
    r"|plumbing|roofing)\b"
)
_OWNER = re.compile(rf"(?<![a-z'-])({_WORD})$")
_SCHOOL_WORD = re.compile(
    r"\s(?:state|prep)\b(?!\s+(?:of|line|police|trooper|troopers|law|park|prison|pen"
    r"|penitentiary|hospital)\b)"
)
_SCHOOL_BEFORE = re.compile(
    rf"\b(?:(?:goes|go|going|went|gone)\s+to|attends|attend|attending|attended|at|graduated\s+from"
    rf"|transferred\s+to|enrolled\s+at|dropped\s+out\s+of)\s+({_WORD})$"
)


def find_place_shapes(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Places of the shapes in the module docstring (``text`` is lowercased)."""
    if any(word in text for word in _AREA_NEEDLES):
        yield from _areas(text, lex)
    if "corner of" in text or "intersection of" in text:
        for match in word_matches(_CORNER, text):
            words = re.findall(r"[a-z0-9']+", match.group(1))
            if not any(w in STOP_WORDS for w in words if w not in ("and",)):
                yield match.start(1), match.end(1), "LOCATION", 0.7
    if any(word in text for word in _CONGREGATION_NEEDLES):
        for match in _CONGREGATION.finditer(text):
            words = match.group(1).split()
            # "first baptist" arrives as "1st baptist" (spoken forms are normalised).
            opening = words[0] in ("1st", "2nd", "3rd") or words[0] not in STOP_WORDS
            if opening and not any(w in _GENERIC_CONGREGATION for w in words):
                yield match.start(1), match.end(1), "LOCATION", 0.65
    if " on " in text:
        for match in _ON_NAME.finditer(text):
            name = match.group(1)
            if _VENUE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is None:
                continue
            if (
                name not in _NOT_STREET_NAMES
                and name not in NOT_NAME_WORDS
                and name not in lex.not_phi_names
                and name not in lex.not_phi_places
                and (
                    name_like(name, lex) or (name in lex.places and name not in lex.everyday_words)
                )
            ):
                yield match.start(1), match.end(1), "LOCATION", 0.6
    if " box " in text:
        for match in _PO_BOX.finditer(text):
            yield match.start(), match.end(), "LOCATION", 0.8
    addresses = any(ch.isdigit() for ch in text) and any(n in text for n in _ADDRESS_NEEDLES)
    for match in _BARE_ADDRESS.finditer(text) if addresses else ():
        street = match.group(2)
        if (
            street not in STOP_WORDS
            and street not in NOT_NAME_WORDS
            and (street in COMMON_STREETS or name_like(street, lex))
        ):
            yield match.start(1), match.end(1), "LOCATION", 0.7
    if " at " in text or " to " in text:
        for match in _AT_NAME.finditer(text):
            if _STAYED_BEFORE.search(text, max(0, match.start() - 16), match.start()) is None:
                continue
            words = match.group(1).split()
            if (
                not any(w in STOP_WORDS or w in NOT_NAME_WORDS for w in words)
                and words[0] not in lex.first_names
                and words[0] not in lex.not_phi_names
                and words[0] not in CHAINS
                and all(name_like(w, lex) or w in lex.places for w in words)
            ):
                yield match.start(1), match.end(1), "LOCATION", 0.6
    prefixed = any(needle in text for needle in _PREFIX_NEEDLES)
    for match in _PREFIXED_PLACE.finditer(text) if prefixed else ():
        name = match.group(1).split()[1]
        if name not in STOP_WORDS and name not in lex.everyday_words:
            yield match.start(1), match.end(1), "LOCATION", 0.65
    if " of " in text:
        for match in word_matches(_CITY_OF, text):
            yield from _city_of(match, lex)
    if "'s " in text:
        for match in _OWNED_PLACE.finditer(text):
            found = _OWNER.search(text, max(0, match.start() - 30), match.start())
            owner = found.group(1) if found else ""
            if owner not in KIN_WORDS and owner not in STOP_WORDS and name_like(owner, lex):
                yield match.start() - len(owner), match.end(), "LOCATION", 0.65
    if " state" in text or " prep" in text:
        for match in _SCHOOL_WORD.finditer(text):
            found = _SCHOOL_BEFORE.search(text, max(0, match.start() - 40), match.start())
            if found is None or found.group(1) in lex.not_phi_places:
                continue
            if found.group(1) in lex.places or name_like(found.group(1), lex):
                yield found.start(1), match.end(), "LOCATION", 0.65


def _areas(text: str, lex: Lexicons) -> Iterator[Hit]:
    for match in _AREA.finditer(text):
        words = match.group(1).split()
        if not words or any(w in STOP_WORDS or w in _GENERIC_AREA for w in words):
            continue
        phrase = " ".join(words)
        named = (
            phrase in lex.places
            or phrase in lex.broad_cities
            or any(is_rare_word(w, lex) or w in lex.proper_only for w in words)
            or (len(words) == 2 and words[1] in _GEO_WORDS and words[0] not in NOT_NAME_WORDS)
            or any(w in lex.places and w not in lex.everyday_words for w in words)
        )
        if not named or phrase in lex.not_phi_places:
            continue
        end = match.end(2) if match.group(2) else match.end(1) - 1
        yield match.start(1), end, "LOCATION", 0.6


def _city_of(match: re.Match[str], lex: Lexicons) -> Iterator[Hit]:
    words = match.group(1).split()
    if words[0] in STOP_WORDS or words[0] in NOT_NAME_WORDS or words[0] in lex.not_phi_places:
        return
    two = " ".join(words)
    if len(words) == 2 and (two in lex.places or two in lex.broad_cities):
        yield match.start(1), match.end(1), "LOCATION", 0.7
    elif words[0] in lex.places or words[0] in lex.broad_cities or name_like(words[0], lex):
        yield match.start(1), match.start(1) + len(words[0]), "LOCATION", 0.7


def name_like(word: str, lex: Lexicons) -> bool:
    """A proper name: rare, or listed as a place or name English writes capitalised."""
    return (
        is_rare_word(word, lex)
        or word in lex.proper_only
        or word in lex.first_names
        or word in lex.surnames
        or (word in lex.broad_names and word not in lex.everyday_words)
    )
