"""Rules and validators for structured identifiers (contact details, numbers, handles).

Each finder yields ``(start, end, label, confidence)`` on the text it is given. Numbers get
their label from the nearest context word before them in the same sentence ("serial" makes a
DEVICE, "member ID" a HEALTH_PLAN); a long code with no context word is still an ID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.spoken_contacts import SPOKEN_EMAIL, SPOKEN_URL, TLD

Hit = tuple[int, int, str, float]

_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_URL = re.compile(
    rf"(?<![\w@.-])(?:https?://)?(?:www\.)?(?:[A-Za-z0-9-]+\.)+{TLD}\b"
    r"(?:/[^\s,;!?)\"']*[^\s,;!?)\"'.])?",
    re.IGNORECASE,
)
_IP = re.compile(
    r"(?<![\d.])(\d{1,3})(?:\.|\s+dot\s+)(\d{1,3})(?:\.|\s+dot\s+)(\d{1,3})(?:\.|\s+dot\s+)(\d{1,3})(?![\d])"
)
_IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])")
_SEP = r"[ .,-]{1,2}"
_PHONE = re.compile(
    rf"(?<![\w-])(?:(?:\+?1{_SEP})?(?:\(\d{{3}}\)\s?|\d{{3}}{_SEP}))?\d{{3}}{_SEP}\d{{4}}(?![\w-])"
    r"|(?<![\w-])\+?1?\d{10}(?![\w-])"
)
# Spoken social security numbers come back with pauses as commas: "529, 44, 1873".
_SSN = re.compile(r"(?<![\w-])\d{3}(?:[- ]|, ?)\d{2}(?:[- ]|, ?)\d{4}(?![\w-])")
_CARD = re.compile(
    r"(?<![\w-])\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,4}(?![\w-])|(?<![\w-])\d{15,16}(?![\w-])"
)
_VIN = re.compile(r"(?<![\w-])[A-HJ-NPR-Z0-9]{17}(?![\w-])")
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,30}[A-Za-z0-9_]")
_CODE = re.compile(r"(?<![\w@./-])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w@-])")
_PREFIXED_CODE = re.compile(r"(?<![\w-])(?:[A-Z]{1,4} )?\d{2,}(?: \d{2,}){0,3}(?![\w-])")
_SPOKEN_HANDLE = re.compile(
    r"\b(?:instagram|insta|tiktok|twitter|snapchat|snap|handle|username|user\s+name|gamertag)\b"
    r"[^.!?\n]{0,25}?\b(?:at\s+|is\s+)((?:[a-z0-9]+)(?:\s+(?:underscore|dot)\s+[a-z0-9]+|\s+\d+)+)",
    re.IGNORECASE,
)
_STATE_ZIP = re.compile(r",?\s[A-Z]{2}\s(\d{5}(?:-\d{4})?)\b")
_ENDING_IN = re.compile(r"\b(?:ending|ends)\s+(?:in|with)\s+(\d{4})\b", re.IGNORECASE)
_LAST_FOUR = re.compile(
    r"\blast\s+(?:4|four)(?:\s+digits)?\s+of\s+(?:my|your|his|her|their|the)\s+"
    r"(social(?:\s+security)?|ssn|card|account)(?:\s+number)?(?:\s+(?:is|are|was))?[,:]?\s+(\d{4})\b",
    re.IGNORECASE,
)
_ZIP = re.compile(
    r"\b(?:zip|zip\s+code|postal\s+code)(?:\s+is)?[,:]?\s+(\d{5}(?:-\d{4})?)\b", re.IGNORECASE
)
_FAX_WORD = re.compile(r"\bfax", re.IGNORECASE)
_PHONE_WORD = re.compile(r"\b(?:call|phone|cell|text|mobile|line|fax|dial|reach)", re.IGNORECASE)
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
            r"\b(?:fingerprint|finger\s+print|voice\s?print|retina|iris\s+scan|face\s+id|facial|biometric|palm\s+print|print\s+id|dna)\b",
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
_COUNTED = re.compile(
    r"\s+(?:followers|dollars|bucks|people|times|pounds|lbs|miles|years|days|hours|minutes|weeks"
    r"|months|percent|mg|milligrams|calories|steps|likes|views)\b",
    re.IGNORECASE,
)
_MED_OR_SCALE = re.compile(
    r"^(?:phq|gad|pcl|bdi|bai|audit|dast|cssrs|moca|mmse|covid|sars|f|h|j|t|i|b|e|m|o|a|ptsd|dsm|icd|mg|ml)-?\d{1,2}$"
    r"|^\d+(?:mg|mcg|ml|g|kg|lbs?|am|pm|k|s|th|st|nd|rd|x|%)$",
    re.IGNORECASE,
)


def _context_label(text: str, start: int) -> tuple[str | None, int]:
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


def find_contacts(text: str) -> Iterator[Hit]:
    """E-mail addresses, URLs and IP addresses, written or spoken."""
    for match in _EMAIL.finditer(text):
        yield match.start(), match.end(), "EMAIL", 0.99
    for match in SPOKEN_EMAIL.finditer(text):
        yield match.start(), match.end(), "EMAIL", 0.9
    for match in _URL.finditer(text):
        if not re.fullmatch(r"[\d.]+", match.group()):
            yield match.start(), match.end(), "URL", 0.95
    for match in SPOKEN_URL.finditer(text):
        yield match.start(), match.end(), "URL", 0.85
    for match in _IP.finditer(text):
        if all(0 <= int(group) <= 255 for group in match.groups()):
            yield match.start(), match.end(), "IP", 0.95
    for match in _IPV6.finditer(text):
        if match.group().count(":") >= 3:
            yield match.start(), match.end(), "IP", 0.9
    for match in _HANDLE.finditer(text):
        yield match.start(), match.end(), "ID", 0.9
    for match in _SPOKEN_HANDLE.finditer(text):
        yield match.start(1), match.end(1), "ID", 0.8


def find_numbers(text: str) -> Iterator[Hit]:
    """Phone/fax, SSN, card and account numbers, ZIP codes and context-labelled codes."""
    for match in _SSN.finditer(text):
        yield match.start(), match.end(), "SSN", 0.95
    for match in _CARD.finditer(text):
        yield match.start(), match.end(), "ACCOUNT", 0.95
    for match in _PHONE.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        label = "FAX" if _FAX_WORD.search(before) else "PHONE"
        context, distance = _context_label(text, match.start())
        # "the account is 4471029934": a nearby specific context word beats the phone shape.
        if (
            context not in (None, "ID", "DEVICE")
            and 0 <= distance <= 25
            and not _PHONE_WORD.search(before)
        ):
            label = str(context)
        yield match.start(), match.end(), label, 0.95
    for match in _LAST_FOUR.finditer(text):
        kind = match.group(1).lower()
        label = "SSN" if kind.startswith(("social", "ssn")) else "ACCOUNT"
        yield match.start(2), match.end(2), label, 0.9
    for match in _ENDING_IN.finditer(text):
        context, _ = _context_label(text, match.start())
        yield match.start(1), match.end(1), "SSN" if context == "SSN" else "ACCOUNT", 0.85
    for match in _ZIP.finditer(text):
        yield match.start(1), match.end(1), "LOCATION", 0.9
    for match in _STATE_ZIP.finditer(text):
        yield match.start(1), match.end(1), "LOCATION", 0.85
    for match in _VIN.finditer(text):
        if re.search(r"[A-Z]", match.group()) and re.search(r"\d", match.group()):
            yield match.start(), match.end(), "VEHICLE", 0.9
    yield from _find_codes(text)
    yield from find_spoken_codes(text)
    yield from find_trailing_number(text)


_TRAILING_DIGITS = re.compile(r"(?<![\w-])(?:\(?\d{3}\)?[ .,-]{1,2}){1,2}\d{0,4}[ .,-]*$")
_PHONE_CUE = re.compile(
    r"\b(?:call|phone|number|cell|text|reach|fax|dial)\w*\b[^.!?]{0,30}$", re.IGNORECASE
)


def find_trailing_number(text: str) -> Iterator[Hit]:
    """A phone number cut off by the end of a segment ("call me at 617, 555,")."""
    match = _TRAILING_DIGITS.search(text)
    if match is not None and _PHONE_CUE.search(text[: match.start()]):
        end = match.start() + len(match.group().rstrip(" .,-"))
        label = (
            "FAX" if _FAX_WORD.search(text[max(0, match.start() - 60) : match.start()]) else "PHONE"
        )
        yield match.start(), end, label, 0.6


def _find_codes(text: str) -> Iterator[Hit]:
    for match in _PREFIXED_CODE.finditer(text):
        digits = sum(char.isdigit() for char in match.group())
        if " " not in match.group() or digits < 5:
            continue
        label, distance = _context_label(text, match.start())
        if label is not None and distance <= 40:
            yield match.start(), match.end(), label, 0.8
    for match in _CODE.finditer(text):
        token = match.group()
        if not any(char.isdigit() for char in token):
            continue
        digits = sum(char.isdigit() for char in token)
        letters = sum(char.isalpha() for char in token)
        if _MED_OR_SCALE.match(token) or digits < 2:
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d", token) or re.fullmatch(
            r"\d{1,2}(?:st|nd|rd|th)", token
        ):
            continue
        if token.isdigit() and (token.endswith("000") or _COUNTED.match(text, match.end())):
            continue
        label, distance = _context_label(text, match.start())
        structured = letters >= 1 or "-" in token
        if label is not None and distance <= 50 and (digits >= 4 or (structured and digits >= 3)):
            yield match.start(), match.end(), label, 0.85
        elif structured and digits >= 4 and letters <= digits * 2:
            yield match.start(), match.end(), label or "ID", 0.7
        elif digits >= 7:
            yield match.start(), match.end(), label or "ID", 0.6


_CODE_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_CODE_GAP = re.compile(r"\s+|\s*-\s*|,\s+|\s+(?:dash|hyphen)\s+")
# Single letters that are words on their own ("I", "a"): they do not make a spoken code.
_WORD_LETTERS = frozenset("aAI")


def find_spoken_codes(text: str) -> Iterator[Hit]:
    """Codes spelled out letter by letter: "R S 9 dash 114827", "7 h x r 221", "A 214, 556, 901".

    Runs on normalised text (number words are digits by now). A run of single letters and
    digit groups, joined by spaces, commas or "dash", with a letter and 3+ digits, is a code;
    its label comes from the nearest context word ("plate", "member id"), else it is an ID.
    """
    tokens = list(_CODE_TOKEN.finditer(text))
    index = 0
    while index < len(tokens):
        run = [tokens[index]]
        while index + len(run) < len(tokens):
            nxt = tokens[index + len(run)]
            if not (_is_code_part(nxt.group()) or nxt.group().lower() in ("dash", "hyphen")):
                break
            if not _CODE_GAP.fullmatch(text, run[-1].end(), nxt.start()):
                break
            run.append(nxt)
        index += len(run)
        while run and not _is_code_part(run[-1].group()):
            run.pop()
        while run and not _is_code_part(run[0].group()):
            run.pop(0)
        hit = _spoken_code_hit(text, run)
        if hit is not None:
            yield hit


def _is_code_part(token: str) -> bool:
    return token.isdigit() or (len(token) == 1 and token.isalpha())


def _spoken_code_hit(text: str, run: list[re.Match[str]]) -> Hit | None:
    letters = [m.group() for m in run if m.group().isalpha() and len(m.group()) == 1]
    digits = sum(len(m.group()) for m in run if m.group().isdigit())
    if not run:
        return None
    start, end = run[0].start(), run[-1].end()
    if not letters:
        # Digit groups joined by "dash" after a context word: "claim number is 441 dash 2998".
        dashed = len(run) > 1 and re.search(r"-|\b(?:dash|hyphen)\b", text[start:end], re.I)
        if not dashed or digits < 6:
            return None
        label, distance = _context_label(text, start)
        if label is None or distance > 40:
            return None
        return start, end, label, 0.8
    if digits < 3:
        return None
    label, distance = _context_label(text, start)
    near = label is not None and distance <= 60
    if all(letter in _WORD_LETTERS for letter in letters):
        # "A 214, 556, 901" after "A-number is", but not "I 100 percent agree".
        if near and digits >= 6:
            return start, end, str(label), 0.8
        return None
    if near:
        return start, end, str(label), 0.85
    if digits >= 5:
        return start, end, "ID", 0.7
    return None
