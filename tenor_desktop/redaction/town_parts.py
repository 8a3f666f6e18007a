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

from tenor_desktop.redaction.entity_rules import Hit

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


def find_town_parts(text: str) -> Iterator[Hit]:
    """Parts of town of the shapes in the module docstring (``text`` is lowercased)."""
    if " side" in text or " end" in text:
        for match in _COMPASS_PART.finditer(text):
            if _NOT_TOWN_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            start = match.start(1) if match.group(1) else match.start(2)
            yield start, match.end(2), "LOCATION", 0.6
    if " the " in text:
        for match in _PLAIN_PART.finditer(text):
            yield match.start(1), match.end(1), "LOCATION", 0.55
