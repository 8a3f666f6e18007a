"""Long numbers read out in groups, however the pauses were written down.

People read an account, member or social security number a few digits at a time; speech
recognition writes the pauses as commas, full stops, "dash", or keeps a filler ("eight one
zero five, uh, four two three four"). On spoken-normalised text those are digit groups with
gaps between them. Eight digits or more in groups identify someone whatever the cue; six or
seven do after a context word (see :mod:`code_context`). The shape names the label when the
cue does not: three-two-four is a social security number, three-three-four a phone number, and
so are eleven digits from a trunk zero in up to four groups.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.code_context import context_label

Hit = tuple[int, int, str, float]

# A pause between groups: a comma, full stop or ellipsis, a dash said or written, a filler.
_GAP = r"(?:,?\s|[.;]\s|(?:\.{2,3}|\u2026)\s?|\s?-\s?|\s(?:dash|hyphen)\s|,?\s(?:uh|um|er|uhm),?\s)"
# After the first group a zero said alone stays a word ("six. oh. two."): "oh" is a group.
# A number dialled with its trunk zero may open with five digits: "07700, 900, 412".
_GROUPS = re.compile(
    rf"(?<![\w.,$-])(?:0\d{{4}}|\d{{1,4}})(?:{_GAP}(?:\d{{1,4}}|[Oo]h?\b)){{1,10}}"
    r"(?![\w-]|[.,]\d)"
)
_DIGIT_GAP = re.compile(
    r"\d(?:,?\s|[.;]\s|(?:\.{2,3}|\u2026)\s?|-|\s-\s)\d"
    r"|\d\s(?:dash|hyphen|uh|um|er|uhm)\b|\d, (?:uh|um)"
)
# A phone number read with one pause, the other groups run together by the normaliser:
# "three one two five five five uh zero one nine nine" ("312555 uh 0199"), "412 um 5550181".
_SPLIT_PHONE = re.compile(
    rf"(?<![\w.,$-])(?:\d{{6}}{_GAP}\d{{4}}|\d{{3}}{_GAP}\d{{7}})(?![\w-]|[.,]\d|{_GAP}\d)"
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_FAX_WORD = re.compile(r"\bfax", re.IGNORECASE)
# Counted things after a number list: "2, 3, 4 times", "100, 200 dollars".
_COUNTED_AFTER = re.compile(
    r"\s*(?:%|percent|times|dollars|bucks|pounds|lbs|miles|years|days|hours|minutes|weeks"
    r"|months|mg|milligrams|calories|steps|people|kids|am|pm|a\.m|p\.m|o'clock)\b",
    re.IGNORECASE,
)


def find_digit_groups(text: str) -> Iterator[Hit]:
    """Numbers of 8+ digits read in groups (6+ after a context word), labelled by cue or shape."""
    if _DIGIT_GAP.search(text) is None:
        return
    yield from _split_phones(text)
    for match in _GROUPS.finditer(text):
        groups = [
            group if group.isdigit() else "0"
            for group in re.findall(r"\d+|\b[Oo]h?\b", match.group())
        ]
        digits = sum(len(group) for group in groups)
        if digits < 6 or _COUNTED_AFTER.match(text, match.end()):
            continue
        if all(_YEAR.fullmatch(group) or group.endswith("00") for group in groups):
            continue  # "in 1998, 2003, 2010", "1200, 1500": years and round amounts
        if len(groups) == 3 and len(groups[0]) <= 2 and len(groups[1]) <= 2:
            continue  # "3, 14, 1990": a date read out (date_rules)
        if max(len(group) for group in groups) == 1 and "," in match.group():
            continue  # "6, 8, 11, 4": a list of small numbers, not a code
        label, distance = context_label(text, match.start())
        near = label is not None and 0 <= distance <= 40
        if digits < 8 and not near:
            continue
        shape = [len(group) for group in groups]
        if shape == [3, 2, 4] and (not near or label in ("ID", "SSN")):
            label = "SSN"
        elif (
            shape == [3, 3, 4] or (digits == 11 and groups[0].startswith("0") and len(groups) <= 4)
        ) and (not near or label == "ID"):
            # Eleven digits from a trunk zero is a number dialled in Britain and elsewhere
            # ("07700 900 412", "020 7946 0958").
            before = text[max(0, match.start() - 60) : match.start()]
            label = "FAX" if _FAX_WORD.search(before) else "PHONE"
        elif not near:
            label = "ID"
        yield match.start(), match.end(), str(label), 0.75 if near else 0.65


def _split_phones(text: str) -> Iterator[Hit]:
    """Ten digits paused where a phone number is (after the area code or the exchange)."""
    for match in _SPLIT_PHONE.finditer(text):
        if _COUNTED_AFTER.match(text, match.end()):
            continue
        label, distance = context_label(text, match.start())
        if label is not None and label not in ("ID", "PHONE", "FAX") and 0 <= distance <= 40:
            continue  # "account 507701, 1122": the cue names another number
        before = text[max(0, match.start() - 60) : match.start()]
        yield match.start(), match.end(), "FAX" if _FAX_WORD.search(before) else "PHONE", 0.8
