"""Hospitals and clinics named lowercase after a word of care: "they admitted me to parkland",
"my psychiatrist at cedars-sinai", "she was born at harborview", "my surgery at upmc".

After being admitted, transferred, born, discharged, seen or operated on, and after a
clinician "at", one to three words with no article that end the phrase name the place of
care. English puts an article before a hospital that is no name ("admitted to the hospital",
"a psychiatrist at a clinic") and says the kinds bare ("admitted to inpatient", "sent to
detox", "born at home"): those are ``_KINDS`` and stay text.

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.text_case import lower_same_length

_CLINICIAN = (
    r"(?:psychiatrist|therapist|doctor|pcp|oncologist|cardiologist|neurologist|nurse|counselor"
    r"|surgeon|pediatrician|obgyn|ob|midwife|audiologist|dietitian|endocrinologist|dentist"
    r"|social\s+worker|case\s+manager|care\s+team|specialist)"
)
_CARE_SLOT = re.compile(
    r"\b(?:(?:admitted|transferred|rushed|sent|taken|brought)\s+(?:me\s+|him\s+|her\s+|them\s+)?"
    r"(?:over\s+)?to|born\s+at|delivered\s+at|gave\s+birth\s+at|discharged\s+from|released\s+from"
    r"|(?:surgery|scan|mri|appointment|appointments|bloodwork|labs|intake|procedure|biopsy"
    r"|treatment|chemo|dialysis|infusions?)\s+at|(?:seen|treated|diagnosed)\s+at"
    rf"|(?:my|his|her|our|their)\s+(?:new\s+|old\s+)?{_CLINICIAN}\s+(?:over\s+)?at) "
    r"((?!(?:the|a|an|my|his|her|our|their|this|that|some|one)\b)(?:st\.\s+)?[a-z][a-z'-]*"
    r"(?:\s+[a-z][a-z'-]*){0,2}?)"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:on|in|and|but|last|every|after|before|for|with|when|then|so"
    r"|overnight|tonight|yesterday|today|changed|can't|cannot|won't|said|says|wants|is|was"
    r"|years?|weeks?|months?|days?|once|again|till|until|around)\b)",
    re.MULTILINE,
)
_KINDS = frozenset(
    "home work school hospital hospitals er icu inpatient outpatient rehab detox psych urgent"
    " care clinic clinics jail prison court class camp church night noon midnight surgery"
    " emergency triage labor delivery recovery hospice respite residential treatment therapy"
    " meetings group groups bed time first least".split()
)


def find_care_slots(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Places of care of the shape in the module docstring (``text`` spoken-normalised)."""
    low = lower_same_length(text)
    if not any(needle in low for needle in _NEEDLES):
        return
    for match in _CARE_SLOT.finditer(low):
        words = match.group(1).split()
        if all(w in _KINDS for w in words) or words[0] in _KINDS:
            continue
        if any(w in STOP_WORDS or w in lex.medications for w in words):
            continue
        if words[0][0].isdigit() or (words[0].endswith("'s") and words[0][:-2] in lex.first_names):
            continue
        yield match.start(1), match.end(1), "LOCATION", 0.55


_NEEDLES = (
    " to ", " at ", "discharged", "released",
)  # fmt: skip
