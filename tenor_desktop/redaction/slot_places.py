"""Places named lowercase in a slot that only a place fills, with no article before the name.

- Venues after what people do there: "after six beers at husk", "practice at twistars", "we
  met at rusty nail", "drinks at waffle shop".
- Places of care after being admitted, transferred, born, discharged, seen or operated on,
  and after a clinician "at": "they admitted me to parkland", "my psychiatrist at
  cedars-sinai", "my surgery at upmc".

After the slot, one to three words with no article that end the phrase name the place:
English puts an article before a bar or a hospital that is no name ("drinks at a bar",
"admitted to the hospital") and says the kinds bare ("at home", "at lunch", "sent to
detox"); each slot lists its own bare kinds. A given name's possessive is a person's home
("at jess's"), and numbers, stop words and medicines are no names: both slots leave them.

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.facility_words import SERVICE_HEADS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.place_shapes import CHAINS
from tenor_desktop.redaction.text_case import lower_same_length

# One to three bare words, not opened by an article or a possessive.
_BARE_NAME = (
    r"((?!(?:the|a|an|my|his|her|our|their|your|this|that|some|one)\b)(?:st\.\s+)?[a-z][a-z'-]*"
    r"(?:\s+[a-z][a-z'-]*){0,2}?)"
)
# What may follow a name: the end of the phrase, or a word that starts the next one.
_END_WORDS = (
    r"on|in|and|but|last|every|after|before|for|with|when|then|so|tonight|yesterday|today"
    r"|years?|weeks?|months?|once|again|till|until|around"
)


def _slot(cue: str, more_end_words: str = "") -> re.Pattern[str]:
    # A single space after the cue: a slot never reaches across a blanked place.
    end_words = f"{_END_WORDS}|{more_end_words}" if more_end_words else _END_WORDS
    return re.compile(
        rf"\b{cue} {_BARE_NAME}(?=\s*[.,;!?]|\s*$|\s+(?:{end_words})\b)", re.MULTILINE
    )


@dataclass(frozen=True, slots=True)
class PlaceSlot:
    """A slot and the test that the bare words in it are a kind of place, not a name."""

    pattern: re.Pattern[str]
    needles: tuple[str, ...]
    is_kind: Callable[[list[str], Lexicons], bool]


def find_slot_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Venues and places of care of the shapes in the module docstring."""
    low = lower_same_length(text)
    for slot in (_VENUE, _CARE):
        if not any(needle in low for needle in slot.needles):
            continue
        for match in slot.pattern.finditer(low):
            words = match.group(1).split()
            if _no_name(words, lex) or slot.is_kind(words, lex):
                continue
            yield match.start(1), match.end(1), "LOCATION", 0.55


def _no_name(words: list[str], lex: Lexicons) -> bool:
    first = words[0]
    if first[0].isdigit() or any(w in STOP_WORDS or w in lex.medications for w in words):
        return True
    owner = first.removesuffix("'s")
    return owner != first and (owner in lex.first_names or owner in lex.broad_names)


_VENUE_CUE = (
    r"(?:beers?|drinks?|drinking|shots|ipas?|pints?|margaritas?|cocktails|rounds|lunch|dinner"
    r"|breakfast|brunch|coffee|practice|shifts?"
    r"|tables|celebrated|proposed|met|meet|party|date|ate|eat|eating|hung\s+out|hang\s+out"
    r"|sitting|sat|parked|bartend(?:s|ed|ing)?|cook(?:s|ed|ing)?|waitress(?:ing)?|drunk|wasted"
    r"|high|fight|stay\s+after\s+practice)\b(?:\s+[a-z']+){0,3}?\s+(?:at|outside|behind)"
)
_VENUE_KINDS = frozenset(
    "home work school church practice night lunch dinner breakfast brunch noon midnight first"
    " least all once times best most last bedtime recess camp college court sea war peace"
    " risk ease rest stake fault heart gunpoint random length dawn dusk sunrise sunset"
    " hand bay large odds play capacity altitude"
    " bars parties clubs restaurants places games meetings".split()
)
# Mail and tech companies met as products ("we met at gmail headquarters" is a joke).
_TECH = frozenset("gmail google yahoo hotmail outlook facebook instagram tiktok zoom".split())


def _venue_kind(words: list[str], lex: Lexicons) -> bool:
    if words[0] in _VENUE_KINDS or any(w in _TECH for w in words):
        return True
    phrases = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, 4)}
    return any(p.removesuffix("'s") in CHAINS or p in lex.not_phi_names for p in phrases)


_VENUE = PlaceSlot(_slot(_VENUE_CUE), (" at ",), _venue_kind)

_CLINICIAN = (
    r"(?:psychiatrist|therapist|doctor|pcp|oncologist|cardiologist|neurologist|nurse|counselor"
    r"|surgeon|pediatrician|obgyn|ob|midwife|audiologist|dietitian|endocrinologist|dentist"
    r"|social\s+worker|case\s+manager|care\s+team|specialist)"
)
_CARE_CUE = (
    r"(?:(?:admitted|transferred|rushed|sent|taken|brought)\s+(?:me\s+|him\s+|her\s+|them\s+)?"
    r"(?:over\s+)?to|born\s+at|delivered\s+at|gave\s+birth\s+at|discharged\s+from|released\s+from"
    r"|(?:surgery|scan|mri|appointment|appointments|bloodwork|labs|intake|procedure|biopsy"
    r"|treatment|chemo|dialysis|infusions?)\s+at|(?:seen|treated|diagnosed)\s+at"
    rf"|(?:my|his|her|our|their|the)\s+(?:new\s+|old\s+)?{_CLINICIAN}\s+(?:over\s+)?at)"
)
# Kinds of care and its stations said bare after a word of care ('sent to detox', 'at intake').
CARE_KINDS = frozenset(
    "home work school hospital hospitals er icu inpatient outpatient rehab detox psych urgent"
    " care clinic clinics jail prison court class camp church night noon midnight surgery"
    " emergency triage labor delivery recovery hospice respite residential treatment therapy"
    " meetings group groups bed time first least intake admissions registration reception"
    " lunch".split()
)


def _care_kind(words: list[str], lex: Lexicons) -> bool:
    # A service said in everyday words is no place's name: "sent me to anger management
    # therapy", "transferred to behavioral health", "an appointment at family medicine".
    service = words[-1] in SERVICE_HEADS or words[-1] == "medicine"
    return words[0] in CARE_KINDS or (service and all(w in lex.everyday_words for w in words))


_CARE = PlaceSlot(
    _slot(
        _CARE_CUE,
        "overnight|changed|can't|cannot|won't|said|says|wants|is|was|days?",
    ),
    (" to ", " at ", "discharged", "released"),
    _care_kind,
)
