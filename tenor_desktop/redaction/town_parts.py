"""Parts of town said lowercase by their everyday names: "they grew up in the north end", "we
got an apartment in the heights", "on the upper west side".

Capitalised ("the South Side") the NER model finds these; speech recognition writes them
lowercase, where only the shape is left: a compass part of town ("end", "side") after a
place preposition and not followed by "of" ("the east side of the building" is a side of
something), or one of the few parts of town that go by a plain word ("the heights").

Runs on spoken-normalised, lowercased text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit

_COMPASS_PART = re.compile(
    r"\b(?:in|on|from|to|near|around|off|live|lives|lived|moved)\s+the\s+((?:upper|lower|far|near)"
    r"\s+)?((?:north|south|east|west|northeast|northwest|southeast|southwest)\s+(?:end|side))\b"
    r"(?!\s+of\b|-)"
)
_PLAIN_PART = re.compile(
    r"\b(?:in|from|to|near|around|off)\s+the\s+(heights|flats|highlands|bottoms|ironbound)\b"
    r"(?!\s+(?:of|and)\b|-)"
)
# "on the west side of town" names no part; "the north side" of a building or body neither
# when one is said right before.
_NOT_TOWN_BEFORE = re.compile(
    r"\b(?:house|building|bed|body|face|head|room|street|road|highway|lake|river|bridge|park"
    r"|lot|store|car|hospital|school|campus|property|field|stage|fence|yard|table)\b[^.\n]{0,12}$"
)


# A compass part of a city said by its short name: "south philly", "east la", "the west loop".
_COMPASS_CITY = re.compile(
    r"\b(?:in|from|to|near|around|live|lives|lived|moved\s+to|grew\s+up\s+in)\s+(?:the\s+)?"
    r"((?:north|south|east|west|northeast|northwest|southeast|southwest)\s+(?:philly|la|l\.a\."
    r"|nola|vegas|chi|atl|nyc|dc|d\.c\.|sf|indy|cincy|loop|bay|village|austin|oakland|denver"
    r"|portland|seattle|dallas|houston|memphis|nashville|detroit|cleveland|baltimore|boston))\b"
)
_COMPASS_CITY_NAME = re.compile(
    r"(?:north|south|east|west)\s+(?:philly|la|l\.a\.|nola|vegas|chi|atl|nyc|dc|d\.c\.|sf|indy"
    r"|cincy|loop|bay|village|austin|oakland|denver|portland|seattle|dallas|houston|memphis"
    r"|nashville|detroit|cleveland|baltimore|boston)\b"
)
# A county, parish or township said lowercase by its name: "she's at cook county jail".
_NOT_COUNTY_NAME = frozenset(
    "the a an this that these those our my your his her their its same next neighboring "
    "neighbouring nearby whole entire every each one another other rural small local different "
    "big home adjacent surrounding which what any some no county city state different every "
    "poorest richest largest biggest smallest only first second third dry wet red blue "
    # "the truck down county road m54": a word of motion along a road names no county.
    "down up along across past over through toward towards onto into".split()
)
# A home, ward or complex that goes by "the" and a plural ("she lives at the pines").
_THE_PLURAL = re.compile(
    r"\b(?:live|lives|lived|living|stay|stays|stayed|staying|care|moved\s+into|moved\s+to"
    r"|apartment|unit|room)\s+(?:at|in)\s+the\s+(pines|willows|oaks|maples|elms|birches|cedars"
    r"|palms|laurels|magnolias|sycamores|aspens|cypresses|evergreens|arbors|orchards|villas)\b"
)
# A high school by a compass word: "my son goes to central high", "i went to east high".
_COMPASS_HIGH = re.compile(
    r"\b(?:to|at|from|attend|attends|attended|of)\s+((?:north|south|east|west|central"
    r"|northeast|northwest|southeast|southwest)\s+high(?:\s+school)?)\b"
)


# Gates: each shape's own words, which the regex engine finds fast (a pattern opening with
# "in|from|to ..." is tried at every position of the text).
_COMPASS_END_SIDE = re.compile(r"(?:north|south|east|west)\s+(?:end|side)\b")
_THE_PLURAL_WORD = re.compile(
    r"the\s+(?:pines|willows|oaks|maples|elms|birches|cedars|palms|laurels|magnolias|sycamores"
    r"|aspens|cypresses|evergreens|arbors|orchards|villas)\b"
)
_PLAIN_PART_WORDS = ("the heights", "the flats", "the highlands", "the bottoms", "the ironbound")
_COUNTY_WORD = re.compile(r"\s(county|parish|township|borough)\b")
# A county road by its number: "down county road m54", "off county route 9", "county hwy 12".
_COUNTY_ROAD = re.compile(
    r"(?<![\w'-])county\s+(?:road|rd|route|rte|highway|hwy)\.?\s+([a-z]{0,2}-?\d{1,4}[a-z]?)\b"
)
_COUNTY_NAME = re.compile(r"(?<![\w'.-])((?:st\.\s+|ste\.\s+)?[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)$")


def find_town_parts(text: str) -> Iterator[Hit]:
    """Parts of town of the shapes in the module docstring (``text`` is lowercased)."""
    compass = "north" in text or "south" in text or "east" in text or "west" in text
    if compass and _COMPASS_END_SIDE.search(text):
        for match in _COMPASS_PART.finditer(text):
            if _NOT_TOWN_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            start = match.start(1) if match.group(1) else match.start(2)
            yield start, match.end(2), "LOCATION", 0.6
    if any(words in text for words in _PLAIN_PART_WORDS):
        for match in _PLAIN_PART.finditer(text):
            yield match.start(1), match.end(1), "LOCATION", 0.55
    if _THE_PLURAL_WORD.search(text):
        for match in _THE_PLURAL.finditer(text):
            yield match.start(1), match.end(1), "LOCATION", 0.55
    if compass and _COMPASS_CITY_NAME.search(text):
        for match in _COMPASS_CITY.finditer(text):
            yield match.start(1), match.end(1), "LOCATION", 0.6
    if " high" in text:
        for match in _COMPASS_HIGH.finditer(text):
            yield match.start(1), match.end(1), "LOCATION", 0.6
    counties = any(w in text for w in (" county", " parish", " township", " borough"))
    for road in _COUNTY_ROAD.finditer(text) if " county" in text else ():
        yield road.start(), road.end(), "LOCATION", 0.65
    for county in _COUNTY_WORD.finditer(text) if counties else ():
        if _COUNTY_ROAD.match(text, county.start() + 1):
            continue  # the road's name, found above
        found = _COUNTY_NAME.search(text, max(0, county.start() - 40), county.start())
        if found is None:
            continue
        words = found.group(1).split()
        # "the next county over", "a rural county": keep the name words only.
        while words and (words[0] in _NOT_COUNTY_NAME or words[0] in STOP_WORDS):
            words = words[1:]
        if not words or any(w in _NOT_COUNTY_NAME or w in NOT_NAME_WORDS for w in words):
            continue
        yield county.start() - len(" ".join(words)), county.end(1), "LOCATION", 0.65
