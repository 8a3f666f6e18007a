"""Rules and validators for structured identifiers (contact details, numbers, handles).

Each finder yields ``(start, end, label, confidence)`` on the text it is given. Numbers get
their label from the nearest context word before them in the same sentence ("serial" makes a
DEVICE, "member ID" a HEALTH_PLAN); a long code with no context word is still an ID.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.code_context import context_label
from tenor_desktop.redaction.code_runs import find_code_runs
from tenor_desktop.redaction.corrected_codes import find_corrected_codes
from tenor_desktop.redaction.digit_groups import find_digit_groups
from tenor_desktop.redaction.lettered_codes import find_lettered_codes
from tenor_desktop.redaction.partial_numbers import find_partial_numbers, find_trailing_number
from tenor_desktop.redaction.plate_codes import find_fleet_units, find_plates
from tenor_desktop.redaction.social_handles import find_social_handles
from tenor_desktop.redaction.spoken_codes import find_spoken_codes
from tenor_desktop.redaction.spoken_contacts import (
    JOINED_SPOKEN_EMAIL,
    MAIL_CUE,
    MAIL_PROVIDER,
    SPELLED_SCHEME_URL,
    SPOKEN_EMAIL,
    SPOKEN_PATH_BEFORE_CLAUSE,
    SPOKEN_PATH_TAIL,
    SPOKEN_PROVIDER_EMAIL,
    SPOKEN_URL,
    TLD,
    WWW_WITHOUT_DOTS,
    pointed_name_start,
)
from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.zip_codes import find_zip_codes

Hit = tuple[int, int, str, float]

# The domain may come back spoken after a written mailbox ("owen.park@gmail dot com"), with
# spaces around the sign ("jay.rivers @ icloud.com"), or a known provider without its ending
# ("jayrivers91@gmail").
# A space before the sign needs one after it: "called @jessa.bby.22" is a handle after a word.
# The domain ends the address: a dot and more after it ("@jessa.bby.22") make it no mailbox.
_EMAIL = re.compile(
    r"(?<![\w.+-])[A-Za-z0-9._%+-]+(?:@ ?| @ )(?:[A-Za-z0-9-]+(?:(?:\.|\s+dot\s+)[A-Za-z0-9-]+)*"
    r"(?:\.|\s+dot\s+)[A-Za-z]{2,}(?!\.?[A-Za-z0-9-])"
    r"|(?:gmail|yahoo|hotmail|outlook|icloud|aol|protonmail)\b)"
)
_URL = re.compile(
    rf"(?<![\w@.-])(?:https?://)?(?:www\.)?(?:[A-Za-z0-9-]+\.)+{TLD}\b"
    r"(?:/[^\s,;!?)\"']*[^\s,;!?)\"'.])?"
    # With its scheme written out, any ending is an address: "https://forms.gle/x1".
    r"|(?<![\w@.-])https?://[^\s,;!?)\"']*[^\s,;!?)\"'.]",
)
# Said aloud, the dots of an address are "dot" or "point": "ten point zero point zero point five".
_IP_DOT = r"(?:\.|\s+(?:dot|point)\s+)"
# A zero octet said alone stays a word after normalising: "192 dot oh dot 2 dot 17".
_OCTET = r"(\d{1,3}|[Oo]h?|[Zz]ero)"
_IP = re.compile(
    rf"(?<![\d.])(?<![\w])(?=[\dOoZz]){_OCTET}{_IP_DOT}{_OCTET}{_IP_DOT}{_OCTET}{_IP_DOT}{_OCTET}"
    r"(?![\d\w])"
)
# Full, or with a run of zero groups shortened to "::" ("2001:db8::1").
_IPV6 = re.compile(
    r"(?<![\w:])(?:(?:[0-9A-Fa-f]{1,4}:){2,7}[0-9A-Fa-f]{1,4}"
    r"|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4})*)?)(?![\w:])"
)
_SEP = r"[ .,-]{1,2}"
_PHONE = re.compile(
    rf"(?<![\w-])(?:(?:\+?1{_SEP})?(?:\(\d{{3}}\)\s?|\d{{3}}{_SEP}))?\d{{3}}{_SEP}\d{{4}}(?![\w-])"
    r"|(?<![\w-])\+?1?\d{10}(?![\w-])"
)
# Spoken social security numbers come back with pauses as commas: "529, 44, 1873".
# Written with dots too: "412.55.8831".
_SSN = re.compile(r"(?<![\w.-])\d{3}(?:[- ]|, ?|\.)\d{2}(?:[- ]|, ?|\.)\d{4}(?![\w-]|\.\d)")
_CARD = re.compile(
    r"(?<![\w-])\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,4}(?![\w-])|(?<![\w-])\d{15,16}(?![\w-])"
)
_VIN = re.compile(r"(?<![\w-])[A-HJ-NPR-Z0-9]{17}(?![\w-])")
# Tokens holding a digit (the lookahead skips plain words, which are never codes).
_CODE = re.compile(r"(?<![\w@./-])(?=[A-Za-z-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\w@-])")
_PREFIXED_CODE = re.compile(r"(?<![\w-])(?:[A-Z]{1,4} )?\d{2,}(?: \d{2,}){0,3}(?![\w-])")
_FAX_WORD = re.compile(r"\bfax", re.IGNORECASE)
_PHONE_WORD = re.compile(r"\b(?:call|phone|cell|text|mobile|line|fax|dial|reach)", re.IGNORECASE)

_COUNTED = re.compile(
    r"\s+(?:followers|dollars|bucks|people|times|pounds|lbs|miles|years|days|hours|minutes|weeks"
    r"|months|percent|mg|milligrams|calories|steps|likes|views)\b",
    re.IGNORECASE,
)
_ROUGHLY = re.compile(
    r"\b(?:like|about|around|almost|nearly|over|under|roughly|maybe|only|just|some|another)\s+$",
    re.IGNORECASE,
)
_MED_OR_SCALE = re.compile(
    r"^(?:phq|gad|pcl|bdi|bai|audit|dast|cssrs|moca|mmse|covid|sars|f|h|j|t|i|b|e|m|o|a|ptsd|dsm|icd|mg|ml)-?\d{1,2}$"
    r"|^\d+(?:mg|mcg|ml|g|kg|lbs?|am|pm|k|s|th|st|nd|rd|x|%)$",
    re.IGNORECASE,
)


# Cheap tests of what each address pattern cannot match without: most segments hold none, and
# the full patterns are costly to try at every position.
_WRITTEN_DOT = re.compile(r"[a-z0-9-]\.[a-z]|://")
_SPOKEN_AT = re.compile(r"\sat\s")
_SPOKEN_DOT = re.compile(r"\sdot\s")
_AT_WRITTEN_DOMAIN = re.compile(r"\sat\s+[a-z0-9-]+\.[a-z]")
_DIGIT_DOT = re.compile(r"\d(?:\.|\s+(?:dot|point)\s+)\d")
_HEX_COLON = re.compile(r"[0-9A-Fa-f]:[0-9A-Fa-f]")
# A path after a domain: no mailbox has one.
_PATH_AFTER = re.compile(r"/[a-z0-9]|\s+slash\s")


def find_contacts(text: str) -> Iterator[Hit]:
    """E-mail addresses, URLs and IP addresses, written or spoken."""
    if "@" in text:
        for match in _EMAIL.finditer(text):
            yield match.start(), match.end(), "EMAIL", 0.99
    low = lower_same_length(text)
    if " period " in low and " at " in low:
        # "jay period rivers at gmail period com": "period" said for the dot (same length).
        low = low.replace(" period ", " dot    ")
    spoken_dot = _SPOKEN_DOT.search(low) is not None
    if (spoken_dot or _AT_WRITTEN_DOMAIN.search(low)) and _SPOKEN_AT.search(low):
        for match in SPOKEN_EMAIL.finditer(low):
            # "paid it at kansas.gov/ktcs", "a form at summit health dot com slash intake": a
            # path after the domain makes it a site said after "at" (the URL finders take it).
            if _PATH_AFTER.match(low, match.end()):
                continue
            start = _cued_mailbox_start(low, match.start())
            if start == match.start() and MAIL_CUE.search(low, max(0, start - 60), start):
                start = pointed_name_start(low, start)
            yield start, match.end(), "EMAIL", 0.9
        if "underscore" in low or " dash " in low:
            for match in JOINED_SPOKEN_EMAIL.finditer(low):
                yield match.start(), match.end(), "EMAIL", 0.9
    if MAIL_PROVIDER.search(low):
        for match in SPOKEN_PROVIDER_EMAIL.finditer(low):
            if MAIL_CUE.search(low, max(0, match.start() - 60), match.start()):
                yield match.start(), match.end(), "EMAIL", 0.85
    if _WRITTEN_DOT.search(low):
        for match in _URL.finditer(low):
            if not re.fullmatch(r"[\d.]+", match.group()):
                yield match.start(), match.end(), "URL", 0.95
    if spoken_dot:
        for match in SPOKEN_URL.finditer(low):
            start = _cued_site_start(low, match.start())
            if start == match.start():
                start = pointed_name_start(low, start)
            yield start, _path_end(low, match), "URL", 0.85
    if "colon slash slash" in low:
        for match in SPELLED_SCHEME_URL.finditer(low):
            yield match.start(), _path_end(low, match), "URL", 0.85
    if "www " in low:
        for match in WWW_WITHOUT_DOTS.finditer(low):
            yield match.start(), match.end(), "URL", 0.85
    if _DIGIT_DOT.search(text):
        for match in _IP.finditer(text):
            octets = [group if group.isdigit() else "0" for group in match.groups()]
            if sum(group.isdigit() for group in match.groups()) >= 2 and all(
                0 <= int(octet) <= 255 for octet in octets
            ):
                yield match.start(), match.end(), "IP", 0.95
    if _HEX_COLON.search(text):
        for match in _IPV6.finditer(text):
            # Ratios ("1:1:2:3") hold single digits; a MAC address ("00:1a:2b:...") pairs.
            groups = match.group().split(":")
            if match.group().count(":") >= 3 and max(len(group) for group in groups) >= 2:
                yield match.start(), match.end(), "IP", 0.9
    yield from find_social_handles(text, low)


# "her email is k oyelowo hart at ...", "or email lotus nails g g at ...": after the cue, every
# word up to "at" is the mailbox
# (the spoken pattern takes only its last word when the words are neither letters nor joined).
_MAILBOX_AFTER_CUE = re.compile(
    r"\be-?mail(?:\s+address)?(?:'s|\s+is|\s+was|:)?,?\s+(?:like\s+)?"
    r"((?:(?!(?:at|is|it's|like|um|uh|to)\s)[a-z0-9]+[ -]){1,4})$"
)
# "a cam site midnight lounge live dot com": after a word for a site, every word up to the
# spoken address is its name (the spoken pattern takes two words at most).
_SITE_AFTER_CUE = re.compile(
    r"\b(?:site|website|web\s+site|webpage|page|blog)(?:'s|\s+is|\s+was|\s+called|:)?,?\s+"
    r"((?:(?!(?:at|is|it's|like|um|uh|to|the|a|an|and|or|on|in|for|from|with|of|by|about|my"
    r"|your|his|her|their|our|this|that|called|named)\s)[a-z0-9]+\s){1,3})$"
)


def _cued_mailbox_start(low: str, start: int) -> int:
    """Where a spoken mailbox begins: before ``start`` when the words after a mail cue lead
    up to it."""
    cued = _MAILBOX_AFTER_CUE.search(low, max(0, start - 60), start)
    if cued is None or cued.end() != start:
        return start
    return cued.start(1)


def _cued_site_start(low: str, start: int) -> int:
    """Where a spoken site address begins: before ``start`` when a word for a site and the
    words of its name lead up to it."""
    cued = _SITE_AFTER_CUE.search(low, max(0, start - 60), start)
    if cued is None or cued.end() != start:
        return start
    return cued.start(1)


_SPELLED_LAST = re.compile(r"\s[a-z]$")


def _path_end(low: str, match: re.Match[str]) -> int:
    """Where a spoken address ends: a path said as words runs on to the end of the clause
    ("youtube dot com slash at jay rivers", "facebook dot com slash grace chapel tulsa")."""
    if " slash " not in match.group():
        return match.end()
    tail = SPOKEN_PATH_TAIL.match(low, match.end())
    if tail is None and not _SPELLED_LAST.search(match.group()):
        # After a spelled letter ("slash a seven k two q before ...") the words are the
        # sentence's more often than the path's.
        tail = SPOKEN_PATH_BEFORE_CLAUSE.match(low, match.end())
    return match.end() if tail is None else tail.end()


def find_numbers(text: str) -> Iterator[Hit]:
    """Phone/fax, SSN, card and account numbers, ZIP codes and context-labelled codes, with
    the false starts and corrected readings around them (:mod:`corrected_codes`)."""
    hits = list(_number_hits(text))
    yield from hits
    yield from find_corrected_codes(text, hits)


def _number_hits(text: str) -> Iterator[Hit]:
    for match in _SSN.finditer(text):
        yield match.start(), match.end(), "SSN", 0.95
    for match in _CARD.finditer(text):
        yield match.start(), match.end(), "ACCOUNT", 0.95
    for match in _PHONE.finditer(text):
        before = text[max(0, match.start() - 60) : match.start()]
        label = "FAX" if _FAX_WORD.search(before) else "PHONE"
        context, distance = context_label(text, match.start())
        # "the account is 4471029934": a nearby specific context word beats the phone shape.
        if (
            context not in (None, "ID", "DEVICE")
            and 0 <= distance <= 25
            and not _PHONE_WORD.search(before)
        ):
            label = str(context)
        yield match.start(), match.end(), label, 0.95
    yield from find_partial_numbers(text)
    yield from find_zip_codes(text)
    for match in _VIN.finditer(text):
        if re.search(r"[A-Z]", match.group()) and re.search(r"\d", match.group()):
            yield match.start(), match.end(), "VEHICLE", 0.9
    yield from _find_codes(text)
    yield from find_digit_groups(text)
    yield from find_plates(text)
    yield from find_spoken_codes(text)
    yield from find_trailing_number(text)
    yield from _find_codes_before_cue(text)
    yield from find_lettered_codes(text)
    yield from find_fleet_units(text)
    yield from find_code_runs(text)


# The cue after the number: "44719, that's his inmate number", "X7 4412 is my case number".
_CODE_THEN_CUE = re.compile(
    r"(?<![\w.-])([A-Za-z]{0,3}\d[\dA-Za-z-]*(?: \d+)*),?\s+(?:that's|that\s+is|which\s+is|it's"
    r"|is|was)\s+(?:my|his|her|their|our|your|the)\s+(?:[a-z']+\s+){0,2}(?:number|id|code|#)\b",
    re.IGNORECASE,
)


def _find_codes_before_cue(text: str) -> Iterator[Hit]:
    if "number" not in text and " id" not in text.lower() and "code" not in text:
        return
    for match in _CODE_THEN_CUE.finditer(text):
        code = match.group(1)
        if sum(char.isdigit() for char in code) < 4 or _MED_OR_SCALE.match(code):
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d|\d+00", code):
            continue
        label, _ = context_label(text, match.end())
        yield match.start(1), match.end(1), label or "ID", 0.75


# Cues after which even a three-digit number identifies someone: "my badge number is 773".
_SHORT_ID_CUE = re.compile(
    r"\b(?:badge|employee|student|inmate|locker|member|case|claim|docket|ticket|room|bed|unit"
    r"|apartment|apt|lot|box)\s+(?:number|no\.?|#|id)\s*(?:is|was|:)?\s*$",
    re.IGNORECASE,
)


_DASHED_DATE = re.compile(r"(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])-(?:\d{2}|(?:19|20)\d\d)")


def _is_range(token: str) -> bool:
    """Two numbers joined by a dash, the second larger: a range people say ("212-240")."""
    low, dash, high = token.partition("-")
    return (
        bool(dash) and low.isdigit() and high.isdigit() and len(low) <= 4 and int(low) < int(high)
    )


_SAID_DASH_TAIL = re.compile(r"(?:\s(?:dash|hyphen)\s(?:\d{1,6}|[a-z]\d{0,5})(?![\w-]))+")


# A licence or registry number written with a dot after its letters, the state before it:
# "CO RN.1093345", "LIC.448213". The general code token stops at a dot (amounts, versions).
_DOTTED_CODE = re.compile(r"(?<![\w@./-])(?:[A-Z]{2} )?[A-Z]{1,4}\.\d{4,}(?![\w-]|\.\d)")


def _find_codes(text: str) -> Iterator[Hit]:
    if "." in text:
        for match in _DOTTED_CODE.finditer(text):
            label, distance = context_label(text, match.start())
            yield match.start(), match.end(), label if distance <= 40 and label else "ID", 0.8
    for match in _PREFIXED_CODE.finditer(text):
        digits = sum(char.isdigit() for char in match.group())
        if " " not in match.group() or digits < 5:
            continue
        label, distance = context_label(text, match.start())
        if label is not None and distance <= 40:
            yield match.start(), match.end(), label, 0.8
    for match in _CODE.finditer(text):
        token = match.group()
        if not any(char.isdigit() for char in token):
            continue
        digits = sum(char.isdigit() for char in token)
        letters = sum(char.isalpha() for char in token)
        if _MED_OR_SCALE.match(token) or digits < 1:
            continue
        if digits <= 2:
            # One or two digits make a code only as a plate said after its cue: "the plate,
            # QTR-J47," (plates mix letters and few digits).
            label, distance = context_label(text, match.start())
            # A count and its unit is no plate: "a 12-pack", "a 2-year".
            counted = re.fullmatch(r"\d{1,2}-[A-Za-z]{3,}", token) is not None
            if label == "VEHICLE" and distance <= 30 and letters >= 2 and len(token) >= 5:
                if counted:
                    continue
                yield match.start(), match.end(), label, 0.8
            elif label == "DEVICE" and distance <= 50 and letters >= 3 and len(token) >= 6:
                # "my cgm transmitter, 8GM4KT,": a device's serial of letters and few digits.
                if not counted and token[-1:].isalnum():
                    yield match.start(), match.end(), label, 0.75
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d", token) or re.fullmatch(
            r"\d{1,2}(?:st|nd|rd|th)", token
        ):
            continue
        if _DASHED_DATE.fullmatch(token):
            continue  # "11-4-2025" is a date (date_rules), not a code
        if _is_range(token) and context_label(text, match.start())[0] is None:
            continue  # "pages 212-240", "1998-2003", "20-30 dollars": a range, not a code
        if token.isdigit() and (
            token.endswith("000")
            or _COUNTED.match(text, match.end())
            # "had like 1100 in it": a round amount said roughly is no code.
            or (
                token.endswith("00")
                and _ROUGHLY.search(text, max(0, match.start() - 12), match.start())
            )
        ):
            continue
        label, distance = context_label(text, match.start())
        structured = letters >= 1 or "-" in token
        short_id = digits == 3 and distance <= 20 and _SHORT_ID_CUE.search(text[: match.start()])
        # "11220 dash 7": a part said after "dash" belongs to the code.
        tail = _SAID_DASH_TAIL.match(text, match.end())
        end = tail.end() if tail else match.end()
        if (
            label is not None
            and distance <= 50
            and (digits >= 4 or (structured and digits >= 3) or short_id)
        ):
            yield match.start(), end, label, 0.85
        elif structured and digits >= 4 and letters <= digits * 2:
            yield match.start(), end, label or "ID", 0.7
        elif digits >= 7:
            yield match.start(), end, label or "ID", 0.6
