"""The label a number takes from the nearest context word before it ("serial" -> DEVICE).

Split from :mod:`identifier_rules` so the spelled-code finder (:mod:`spoken_codes`) shares it.
"""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")

# Context words, most specific first. The nearest specific word before a code picks its label.
_CONTEXT: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (label, re.compile(pattern, re.IGNORECASE))
    for label, pattern in (
        (
            "VEHICLE",
            r"\b(?:license\s+plate|plates?|vin|tag\s+number|vehicle\s+identification|registration)\b",
        ),
        (
            "BIOMETRIC",
            r"\b(?:fingerprints?|finger\s+prints?|thumb\s?prints?|voice\s?prints?|retina(?:l)?|iris"
            r"|face\s+id|face\s?prints?|facial|biometrics?|palm\s+(?:prints?|veins?|scans?)"
            # "template f p 773": an enrolled template, the stored form of a print or a face.
            r"|vein\s+(?:scans?|patterns?|templates?)|hand\s?prints?|print\s+id|dna|templates?"
            # A body part scanned or enrolled: "they scan our palms to clock in, mine is PV-0087",
            # "the face scan from the gate", "my palm id is", "re-enrolled my print as PX 0442".
            r"|(?:scans?|scanned|enrol(?:l)?(?:ed)?|re-?enrol(?:l)?ed|reads)\s+(?:my|your|our|his|her"
            r"|their)\s+(?:faces?|palms?|hands?|fingers?|thumbs?|eyes?|prints?)"
            r"|(?:face|palm|hand)\s+(?:scans?|scanner|ids?|templates?)|palm\s+scanner"
            r"|my\s+print(?:'s)?|print\s+(?:record|template)|selfie|live\s?scan|voice\s+profile"
            r"|enrol(?:l)?ment\s+(?:id|number)|(?:my|his|her|their|our)\s+prints"
            r"|(?:eye|finger|retina|iris)\s+scans?|scan\s+id)\b",
        ),
        (
            "DEVICE",
            r"\b(?:serial|device|pump|pacemaker|implant|monitor|imei|model\s+number|hearing\s+aid|cpap|defibrillator|stimulator|glucose\s+meter)\b",
        ),
        ("SSN", r"\b(?:social\s+security|social|ssn)\b"),
        (
            "MRN",
            r"\b(?:medical\s+record|record\s+number|mrn|chart|wristband|patient\s+(?:id|number|identifier)|hospital\s+number"
            # The number a care home or clinic keeps a person under.
            r"|(?:resident|clinic|visit)\s+number)\b",
        ),
        (
            "HEALTH_PLAN",
            # A plan's card ("his medicaid card, IH 55..."), tried first so the card is matched
            # whole: it ends where ACCOUNT's "card" does, and a tie goes to the label listed first.
            r"\b(?:(?:insurance|medicaid|medicare|plan|health|dental|benefits)\s+card"
            r"|member\s+(?:id|number)|medicare|medicaid|insurance|insurer|policy|subscriber|group\s+number|health\s+plan|beneficiary"
            # A plan named: "her Medi-Cal number", "the union plan, member UPX-2214".
            r"|medi[-\s]cal|tricare|mainecare|mass\s?health|apple\s+health|blue\s+(?:cross|shield)"
            r"|bcbs|va\s+id|ohp|tenncare|part\s+d|(?:my|our|his|her|their|union|dental|state)\s+plan"
            r"|member)\b",
        ),
        (
            "LICENSE",
            # A licence carried as a card (matched whole, as a plan's card is above), a
            # commercial driver's licence, a bar number.
            r"\b(?:(?:gaming|guard|food\s+handler|certification|authorization|twic|emt)\s+card"
            r"|licen[cs]e|dea|certificate|certification|permit"
            r"|cdl'?s?|c\s+d\s+l|bar\s+number|state\s+bar|cert|credential)\b",
        ),
        ("ACCOUNT", r"\b(?:account|acct|card|routing|iban|checking|savings)\b"),
        (
            "ID",
            r"\b(?:passport|case|badge|student|employee|claim|order|reference|sevis|a-number|alien|inmate|docket|ticket|confirmation|id|number|report|visa|uscis|itin|ein|npi|username|handle|instagram|tiktok|twitter|account\s+name)\b|#",
        ),
    )
)
_WINDOW = 120


def context_label(text: str, start: int) -> tuple[str | None, int]:
    """Label from the nearest context word before ``start`` in the same sentence, with distance."""
    window_start = max(0, start - _WINDOW)
    window = text[window_start:start]
    breaks = list(_SENTENCE_BREAK.finditer(window))
    if breaks:
        window = window[breaks[-1].end() :]
    best_specific: tuple[int, str] | None = None
    best_generic: int | None = None
    for label, pattern in _CONTEXT:
        for match in pattern.finditer(window):
            distance = len(window) - match.end()
            if label == "ID":
                best_generic = distance if best_generic is None else min(best_generic, distance)
            elif best_specific is None or distance < best_specific[0]:
                best_specific = (distance, label)
    if best_specific is not None:
        return best_specific[1], best_specific[0]
    if best_generic is not None:
        return "ID", best_generic
    return None, -1
