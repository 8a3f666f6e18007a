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
            r"|vein\s+(?:scans?|patterns?|templates?)|hand\s?prints?|print\s+id|dna|templates?)\b",
        ),
        (
            "DEVICE",
            r"\b(?:serial|device|pump|pacemaker|implant|monitor|imei|model\s+number|hearing\s+aid|cpap|defibrillator|stimulator|glucose\s+meter)\b",
        ),
        ("SSN", r"\b(?:social\s+security|social|ssn)\b"),
        (
            "MRN",
            r"\b(?:medical\s+record|record\s+number|mrn|chart|wristband|patient\s+(?:id|number|identifier)|hospital\s+number)\b",
        ),
        (
            "HEALTH_PLAN",
            r"\b(?:member\s+(?:id|number)|medicare|medicaid|insurance|insurer|policy|subscriber|group\s+number|health\s+plan|beneficiary)\b",
        ),
        ("LICENSE", r"\b(?:licen[cs]e|dea|certificate|certification|permit)\b"),
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
