"""Streets and roads: a house number and a suffix, a named or lowercase street after a place
preposition, a directional and a bare name, a county, a route number, a common street with its
unit, and the town said after a street address.

Split from :mod:`place_rules`, which runs these finders with the others. Each yields
``(start, end, "LOCATION", confidence)`` on spoken-normalised text ("fourteen ten harmon
street" has become "1410 harmon street").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.street_names import COMMON_STREETS
from tenor_desktop.redaction.town_rules import unlisted_town
from tenor_desktop.redaction.word_search import word_matches

STREET_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl"
    r"|terrace|circle|cir|parkway|pkwy|highway|hwy|trail|trl|pike|row|square|loop|alley|thruway"
    r"|expressway|turnpike|freeway|causeway|plaza)"
)
# Not a street: "a 4 hour drive", "a 20 minute walk down the road".
_STREET_WORD = (
    # A function word is no part of a street's name: "3 coffees before court".
    r"(?!(?:on|the|a|an|of|at|in|to|and|my|your|his|her|for|with|or|is|was|before|after|during"
    r"|until|since|because|about|into|from|than|then|but|so|if|when|hours?|minutes?|mins?"
    r"|miles?|days?|weeks?|months?|years?|seconds?|blocks?|steps?|feet|foot|yards?|lane|times?)\b)"
    r"(?:[A-Za-z][a-z'-]+|[b-hj-z](?=\s+(?:street|avenue)\b))"
)
# The full stop of an abbreviated suffix ("St.", "Ave.") is part of the street; after a
# whole word ("thruway.") it ends the sentence. The pattern using it ignores case.
_ABBREVIATION_DOT = (
    r"(?:(?:(?<=st)|(?<=ave)|(?<=rd)|(?<=ln)|(?<=dr)|(?<=ct)|(?<=blvd)|(?<=pl)|(?<=cir)"
    r"|(?<=pkwy)|(?<=hwy)|(?<=trl))\.)?"
)
# The suffixes a numbered street takes ("4th street", "2nd avenue"), not "2nd place", "1st way".
_ORDINAL_SUFFIX = (
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|dr|terrace|parkway|pkwy|lane|ln)"
)
_STREET_NUMBERED = re.compile(
    rf"\b\d{{1,6}}\s+(?:[NSEW]\.?\s+|north\s+|south\s+|east\s+|west\s+)?"
    # "1200 4th street northwest": a numbered street is said as its ordinal.
    rf"(?:(?:{_STREET_WORD}|\d{{1,3}}(?:st|nd|rd|th)(?=\s+{_ORDINAL_SUFFIX}\b))\s+){{1,3}}"
    rf"{STREET_SUFFIX}\b{_ABBREVIATION_DOT}(?:,?\s+(?:unit|apt\.?|apartment|suite|ste\.?|#)\s*[A-Za-z0-9-]+)?",
    re.IGNORECASE,
)
_STREET_NAMED = re.compile(
    r"\b(?:(?:[A-Z][a-z'-]+|\d+(?:st|nd|rd|th)|[B-HJ-Z](?=\s+(?:Street|Avenue)\b))\s+){1,2}(?:Street|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Court|Ct|Boulevard|Blvd|Way|Place|Terrace"
    r"|Circle|Parkway|Pkwy|Highway|Hwy|Trail|Pike|Row|Square|Loop|Alley)\b",
)
# The street words exclude the prepositions, so "grew up on maple street" is read from "on".
_STREET_LOWER = re.compile(
    r"\b(?:on|at|off|near|to|from|by|down|up|onto|past|of)\s+((?:(?!(?:on|at|off|near|to|from|by"
    r"|down|up|onto|past|of)\s)[a-z][a-z'-]+\s+|\d+(?:st|nd|rd|th)\s+"
    # A lettered street: "on j street", "off k avenue" (not "a" or "i").
    r"|[b-hj-z]\s+(?=(?:street|avenue)\b)){1,3}"
    r"(?:street|avenue|road|lane|drive|court|boulevard|terrace|parkway|highway|circle|crescent"
    r"|trail|pike|loop|way|place|row|alley|square|ave|blvd|rd|pkwy|hwy))\b",
)
# Suffixes that are everyday nouns too ("on my way", "at her place"): the street words
# before them must not be words that end a possessive or name a role.
_GENERIC_STREET_SUFFIXES = frozenset("way place row square loop trail circle alley".split())
_COUNTY = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,2}(?:County|Parish|Township|Borough)\b")
# Searched on the lowercased text with word_search (ten times faster than IGNORECASE and \b).
_ROUTE = re.compile(r"(?:route|highway|hwy|interstate|i-|state road|county road)\s?\d{1,3}\b")
# "my I-94 number", "an I-20 form": immigration forms, not interstates.
_FORM_AFTER = re.compile(
    r"\s+(?:number|form|record|card|document|paperwork|receipt|notice|petition|application)s?\b"
)
# "bring my I-9", "my old I-797": a form is had, a road is not.
_OWNED = re.compile(r"\b(?:my|your|his|her|our|their)\s+(?:[a-z]+\s+)?$")
# "on east colfax", "on northwest hoyt", "off east ninth": a directional and a street name or
# number without its suffix.
_DIRECTIONAL_STREET = re.compile(
    r"\b(?:on|off|block\s+of)\s+"
    r"((?:north|south|east|west|northwest|northeast|southwest|southeast)\s+"
    r"(?!(?:side|end|coast|bound|wing|flight|flights|airlines?|corner|part|region|area|border"
    r"|campus|quadrant)\b)(?:[a-z]{3,}|\d{1,3}(?:st|nd|rd|th)))\b",
    re.IGNORECASE,
)
# "at 55 elm, apt 3": a house number and a common street name, with the unit after them.
_NUMBERED_BARE_STREET = re.compile(
    rf"\b(\d{{1,5}}\s+(?:{'|'.join(sorted(COMMON_STREETS))}|\d{{1,2}}(?:st|nd|rd|th)))"
    r",?\s+(?:apt|apartment|unit|suite|ste|#)\b"
)
# "we live at 2208 southeast taggart", "the letters go to her place at 412 elm" ("four twelve
# elm" read as digits): a house number and a street said without its suffix, where someone
# lives or stays; a directional before the name is enough after any "at" or "to".
_DIRECTIONS = "north|south|east|west|northeast|northwest|southeast|southwest"
_HOME_AT = (
    r"(?:live[sd]?|living|stay(?:s|ed|ing)?|place|house|home|apartment|address|moved|move"
    r"|moving|mail|letters)\s+(?:is\s+)?(?:at|to)\s+"
)
_ADDRESS_WITHOUT_SUFFIX = re.compile(
    rf"(?:\b(?:at|to)\s+(\d{{2,5}}\s+(?:{_DIRECTIONS})\s+(?!(?:side|end|of|and|on|in|at|to"
    rf"|the|bound|coast)\b)[a-z]{{3,}})"
    rf"|\b{_HOME_AT}(\d{{2,5}}\s+(?:{'|'.join(sorted(COMMON_STREETS))})))\b(?!['-])"
)
# A city after a street address: "1410 harmon street suite 200, evanston".
# Lowercase, without its \b: searched like _ROUTE.
_CITY_AFTER_ADDRESS = re.compile(
    rf"{STREET_SUFFIX}\.?(?:,?\s+(?:suite|ste|apt|apartment|unit|#)\.?\s*\w+)?,\s+"
    r"([a-z]+(?:\s+[a-z]+)?)"
)


# A numbered street said alone: "the 4th street fair", "southeast 14th street" (the sets mark a
# street name without its house number). It also still takes "1204th street" and "14103rd
# street", the spoken-number reader's old reading of "twelve hundred fourth street" and
# "fourteen ten third street" (since 926d127 it reads "1200 4th street"). Not "the 2nd street
# on the left", "every 3rd street": a count of streets, not a named one.
_ORDINAL_STREET = re.compile(
    r"\b(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+)?"
    r"\d{1,6}(?:st|nd|rd|th)\s+(?:street|avenue|ave|st)\b(?:(?<=st)\.)?"
    r"(?!\s+(?:on|to)\s+(?:the|your|my)\s+(?:left|right)\b)"
    r"(?!\s+(?:fights?|food|smarts?|art|cred|drugs?|racing|races?|clothes|performers?|level)\b)",
    re.IGNORECASE,
)
# "my first street fight", "every 2nd street": an owner or a count before it, no street's name.
_COUNTED_BEFORE = re.compile(
    r"\b(?:my|your|his|her|our|their|a|an|every|each|next|last|other)\s+$", re.IGNORECASE
)


def find_streets(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Streets with a house number, a suffix or a directional, and counties."""
    for pattern, confidence in (
        (_STREET_NUMBERED, 0.95),
        (_ORDINAL_STREET, 0.8),
        (_STREET_NAMED, 0.85),
        (_STREET_LOWER, 0.7),
        (_COUNTY, 0.9),
        (_DIRECTIONAL_STREET, 0.7),
    ):
        for match in pattern.finditer(text):
            if "   " in match.group():
                continue  # across a blank run: a place the output re-check sees redacted
            group = 1 if pattern.groups else 0
            if group and any(w.lower() in STOP_WORDS for w in match.group(1).split()[:-1]):
                continue
            if pattern is _STREET_LOWER and not _plausible_street(match.group(1).split(), lex):
                continue
            # "the kind of urgent care place": after "of" only a street's own suffix will do.
            if (
                pattern is _STREET_LOWER
                and match.group().startswith("of")
                and match.group(1).split()[-1] in _GENERIC_STREET_SUFFIXES
            ):
                continue
            if pattern is _ORDINAL_STREET and _COUNTED_BEFORE.search(
                text, max(0, match.start() - 8), match.start()
            ):
                continue
            end = match.end(group)
            if pattern is not _COUNTY and pattern is not _DIRECTIONAL_STREET:
                after = _TRAILING_DIRECTION.match(text, end)
                end = after.end(1) if after else end
            yield match.start(group), end, "LOCATION", confidence


# A direction after the suffix is part of the street: "on sixth avenue south so", "on king
# avenue west after the vfw" (not "main street south of the river", "the road north to denver").
# A line's end ends the street too: the next line is another speaker's turn.
_TRAILING_DIRECTION = re.compile(
    r"(\s+(?:north|south|east|west|northeast|northwest|southeast|southwest|nw|ne|sw|se))"
    r"(?=\s*[.,;!?]|[ \t]*(?:\n|$)|\s+(?:and|but|so|in|at|near|by|where|which|is|was|every|now"
    r"|after|before|past|last|this|for|with|when|because|until|since|then|off|across|behind)\b)",
    re.IGNORECASE,
)


def find_routes(low: str) -> Iterator[Hit]:
    """Route and interstate numbers (``low`` lowercased), not immigration forms."""
    for match in word_matches(_ROUTE, low):
        owned = _OWNED.search(low, max(0, match.start() - 20), match.start())
        if owned or _FORM_AFTER.match(low, match.end()):
            continue  # "bring my I-9", "the I-9 forms": a form, not a road
        yield match.start(), match.end(), "LOCATION", 0.85
    if any(needle in low for needle in _I_DIGIT):
        for match in _SPOKEN_INTERSTATE.finditer(low):
            if not _FORM_AFTER.match(low, match.end()):
                yield match.start(1), match.end(1), "LOCATION", 0.8


# "on i 675", "took i 95 down": an interstate said without its hyphen (not "i 100% agree",
# nor "mailed the i 90": after "the" it is as often a form).
_I_DIGIT = tuple(f"i {digit}" for digit in "123456789")  # a cheap test before the search
_SPOKEN_INTERSTATE = re.compile(
    r"\b(?:on|onto|off|take|took|taking|via|get\s+on|exit\s+off)\s+(i\s\d{1,3})\b(?!%| percent)"
)


def find_towns_after_addresses(low: str, lex: Lexicons) -> Iterator[Hit]:
    """The town after a street address: "1410 harmon street suite 200, evanston"."""
    for match in word_matches(_CITY_AFTER_ADDRESS, low):
        for length in (2, 1):
            words = match.group(1).split()[:length]
            key = " ".join(words).lower()
            if len(words) == length and key in lex.places and key not in lex.not_phi_places:
                yield match.start(1), match.start(1) + len(" ".join(words)), "LOCATION", 0.8
                break
        else:
            # "larkin hollow road, marshfield": an unlisted town said by a proper-name word.
            town = match.group(1).split()[0]
            if unlisted_town(town, lex):
                yield match.start(1), match.start(1) + len(town), "LOCATION", 0.7


def find_unit_streets(low: str) -> Iterator[Hit]:
    """A house number and a common street name before a unit: "at 55 elm, apt 3"; a house
    number and a street without its suffix where someone lives ("we live at 412 elm")."""
    if "apt" in low or "apartment" in low or "unit" in low or "suite" in low or "#" in low:
        for match in _NUMBERED_BARE_STREET.finditer(low):
            yield match.start(1), match.end(1), "LOCATION", 0.8
    for match in _ADDRESS_WITHOUT_SUFFIX.finditer(low):
        group = 1 if match.group(1) else 2
        yield match.start(group), match.end(group), "LOCATION", 0.75


# A road named by what happens on it: "the traffic on peachtree was murder", "a speeding
# ticket on the merritt", "traffic on the 60" (a freeway by its number, "the sixty" read as
# digits): one word that is no everyday one, or two or three digits after "the".
_DRIVEN_ROAD = re.compile(
    r"\b(?:traffic|accident|crash|wreck|ticket|pulled\s+over|stopped|stuck|construction"
    r"|speeding|merging|exit)\s+on\s+((?:the\s+)?[a-z][a-z'-]{3,}|the\s+\d{2,3})\b(?!['-])"
)
_NOT_ROAD = frozenset(
    "purpose time top board duty call probation parole hold record camera video tape film"
    " phone freeway highway interstate road street way weekend weekends main busy empty"
    " closed dark icy wet same wrong right next last first".split()
)


# A road said with "the" and its kind: "on the grand concourse", "took the taconic parkway"
# (not "on the expressway", "the new highway": a name word must come before the kind).
_THE_ROAD = re.compile(
    r"\b(?:on|off|onto|from|take|took|taking|across|down|up|along|via|near)\s+the\s+"
    r"((?:[a-z][a-z'-]+\s+){1,3}?(?:parkway|expressway|turnpike|concourse|freeway|thruway"
    r"|boulevard|highway|bypass|causeway))\b(?!['-])"
)


def find_driven_roads(low: str, lex: Lexicons) -> Iterator[Hit]:
    """Roads named by the traffic, tickets and stops on them, and roads said with "the" and
    their kind (``low`` lowercased)."""
    if " the " in low:
        for match in _THE_ROAD.finditer(low):
            words = match.group(1).split()[:-1]
            if any(
                w in STOP_WORDS or w in NOT_NAME_WORDS or w in _NOT_STREET_WORDS or w in _NOT_ROAD
                for w in words
            ):
                continue
            yield match.start(1), match.end(1), "LOCATION", 0.7
    if " on " not in low:
        return
    for match in _DRIVEN_ROAD.finditer(low):
        word = match.group(1).split()[-1]
        if not word.isdigit() and (
            word in lex.everyday_words
            or word in STOP_WORDS
            or word in NOT_NAME_WORDS
            or word in _NOT_ROAD
            or word in lex.medications
        ):
            continue
        start = match.start(1) if word.isdigit() else match.end(1) - len(word)
        yield start, match.end(1), "LOCATION", 0.7


def _plausible_street(words: list[str], lex: Lexicons) -> bool:
    """Street words before a suffix that are not a possessive, a role or an everyday phrase."""
    names = words[:-1]
    if any(w.endswith("'s") or w in NOT_NAME_WORDS or w in _NOT_STREET_WORDS for w in names):
        return False
    if words[-1] in _GENERIC_STREET_SUFFIXES:
        # "on quince hollow way" but not "in a weird way": a rare or place-like word needed.
        return len(names) >= 2 or any(
            is_rare_word(w, lex) or w in lex.surnames or w in lex.places for w in names
        )
    return True


_NOT_STREET_WORDS = frozenset(
    "mom's dad's grandma's own weird different good bad long hard easy right wrong whole "
    "same other new old safe quiet happy dark cold warm nice big small little better worse "
    "work family hiding meeting parking waiting living dining resting supreme traffic drug "
    "divorce juvenile circuit appeals claims federal county district superior municipal "
    "housing tennis basketball food"
    # Kinds of court, as "traffic" and "juvenile" above: "referred to immigration court".
    " immigration criminal civil probate bankruptcy custody tribal magistrate youth dependency"
    " eviction tax".split()
)
