"""Numbers of an address said on their own or corrected as they are read out.

- A lot in a trailer or mobile-home park, a mile marker: "a trailer in shady acres lot
  fourteen b", "right by mile marker thirty seven".
- A unit said in words, where someone lives: "the apartment is unit three eleven", "from the
  pines at redlands unit two forty one" (:mod:`place_extents` takes "unit 4b" with its letter;
  without one, "unit 3 of the course" and "truck unit 4417" are no homes, so a word of
  where someone lives must come before).
- A false start read before a street address and a corrected unit after one: "my address is
  fifty two no five twenty sarah street", "it's on forty second no sorry forty third avenue",
  "unit 4, no, 4A". The first reading discloses nearly the same address (as
  :mod:`corrected_codes` has it for numbers read out).

Runs on lowercased, spoken-normalised text ("lot fourteen b" reads "lot 14 b"); yields
``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import Hit

# A number as the normaliser leaves it, with a letter said after it ("14 b", "4a").
_NUMBER = r"\d{1,5}(?:[a-z]|\s(?![ai]\b)[a-z]\b)?"
# Counted things and parts of a whole after a number: "lot 2 of 5", "unit 3 test".
_NOT_PLACE_AFTER = (
    r"(?!\s*(?:%|percent|times|dollars|bucks|hours|minutes|days|weeks|months|years|people|of"
    r"|out\s+of|test|tests|exam|quiz|homework|lesson|lessons|class|classes|blocks?|miles?|feet"
    r"|yards|doors|streets|away|over)\b)"
)
_LOT_OR_MARKER = re.compile(
    rf"(?<!\ba\s)(?<!\bwhole\s)\b(?:lot|mile\s+marker)\s+(?:number\s+|#\s*)?({_NUMBER})\b"
    rf"{_NOT_PLACE_AFTER}"
)
_UNIT = re.compile(rf"\bunit\s+(?:number\s+|#\s*)?({_NUMBER})\b{_NOT_PLACE_AFTER}")
# The kind word that ends a street's name ("sarah street", "1195 larkin hollow road").
STREET_TYPE = (
    r"(?:street|st|avenue|ave|road|rd|drive|dr|lane|ln|boulevard|blvd|way|court|ct|place|pl"
    r"|highway|hwy|parkway|pkwy|circle|terrace|trail|pike)"
)
# Where someone lives, or a street, said before the unit in the same sentence.
_HOME_BEFORE = re.compile(
    r"\b(?:apartments?|place|live|lives|living|lease|moved|move|address|condo|complex|trailer"
    rf"|village|commons|evict|evicted|evicting|landlord|housing|rent|home|staying|{STREET_TYPE})"
    r"\b[^.?!]{0,80}$"
)
_TAKE_BACK = r"[,.]?\s+(?:no|sorry|wait|i\s+mean)(?:[,.]?\s+(?:no|sorry|wait|i\s+mean))*[,.]?\s+"
# "52 no 520 sarah street", "42nd no sorry 43rd avenue": a house number or numbered street
# read twice, the address after the take-back.
_FALSE_START = re.compile(
    rf"(?<![\w.-])(\d{{1,5}}(?:st|nd|rd|th)?){_TAKE_BACK}"
    rf"(?=\d{{1,5}}(?:st|nd|rd|th)?\s+(?:[a-z']+\s+){{0,2}}{STREET_TYPE}\b)"
)
# "unit 4, no, 4a": the unit read again after a take-back.
_UNIT_CORRECTED = re.compile(
    rf"\b(?:unit|apt\.?|apartment|suite|lot)\s+#?\s*\d{{1,5}}[a-z]?{_TAKE_BACK}"
    r"(\d{1,5}[a-z]?)\b(?![.,]\d)"
)


def find_address_numbers(low: str) -> Iterator[Hit]:
    """Lots, mile markers, units said in words, and corrected address numbers (``low``
    lowercased, spoken-normalised)."""
    if "lot " in low or "marker " in low:
        for match in _LOT_OR_MARKER.finditer(low):
            yield match.start(), match.end(1), "LOCATION", 0.6
    if "unit " in low:
        for match in _UNIT.finditer(low):
            if _HOME_BEFORE.search(low, max(0, match.start() - 120), match.start()):
                yield match.start(), match.end(1), "LOCATION", 0.6
    if " no " in low or "sorry" in low or "wait" in low or "mean" in low or " no," in low:
        for match in _FALSE_START.finditer(low):
            yield match.start(1), match.end(1), "LOCATION", 0.6
        for match in _UNIT_CORRECTED.finditer(low):
            yield match.start(1), match.end(1), "LOCATION", 0.6
