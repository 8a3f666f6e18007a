"""A code said right after the name of a biometric id is one BIOMETRIC span with that name:
"the card says bio id m p four four seven one", "they scanned me in under palm i d seven ...".

The code finders stop at the code and label it from the nearest context word, which can be
"card" (ACCOUNT) or the bare "id" (ID). Said with no "is" or colon between them, the id's name
and the spelled code are read as one identifier, and transcribers mark them so. Only an id's
name is taken in ("bio id", "palm i d"), never "template" or "record" alone; "my palm ID is
PV-55201" keeps the code alone. Where a code finder took the "id" into the code already
("palm i d seven ...", "voiceprint ID VP-20318"), transcribers mark the name both ways: the
span keeps its extent and only takes the label BIOMETRIC.

Runs on the detector's final spans.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.ner_entities import Candidate

_BODY = (
    r"(?:bio(?:metrics?)?|palm(?:[\s-]vein)?|face|facial|voice|voice\s?print|finger\s?print|thumb"
    r"\s?print|print|iris|retina|vein|hand\s?print)"
)
_ID = r"(?:id|i\.?\s?d\.?)"
# The id's name and "id" right before the code ("bio id m p ...").
_NAME_AND_ID = re.compile(rf"(?<![\w'-]){_BODY}\s+{_ID}\s+$", re.IGNORECASE)
# The id's name right before a span that starts with "id" ("palm i d seven seven ...").
_NAME_ONLY = re.compile(rf"(?<![\w'-]){_BODY}\s+$", re.IGNORECASE)
_STARTS_WITH_ID = re.compile(rf"{_ID}\s", re.IGNORECASE)
_CODE_LABELS = frozenset(("BIOMETRIC", "ID", "ACCOUNT"))
# A code holds a digit, written or said ("m p four four seven one").
_NUMBER = re.compile(r"\d|\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b", re.I)
_WINDOW = 24


def biometric_ids(text: str, spans: list[Candidate]) -> list[Candidate]:
    """``spans`` with each code said after a biometric id's name widened over it, as BIOMETRIC."""
    widened: list[Candidate] = []
    for start, end, label, conf, source in spans:
        if label in _CODE_LABELS and _NUMBER.search(text, start, end):
            floor = max(widened[-1][1] if widened else 0, start - _WINDOW)
            cue = _NAME_AND_ID.search(text, floor, start)
            if cue is not None:
                start, label = cue.start(), "BIOMETRIC"
            elif _STARTS_WITH_ID.match(text, start) and _NAME_ONLY.search(text, floor, start):
                label = "BIOMETRIC"
        widened.append((start, end, label, conf, source))
    return widened
