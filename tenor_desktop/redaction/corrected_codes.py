"""Numbers said, corrected and said again: "214, uh, sorry, 241, 558, 903", "6619. wait no 6618".

A number read aloud often starts wrong: the speaker stalls or takes it back and reads it again.
The rules that read codes find the corrected reading (its cue is nearer, or its pieces are
whole) and miss the false start, which discloses nearly the same digits. Runs on
spoken-normalised text after the number rules, over their hits:

- a false start just before a hit, joined to it by a filler or a take-back ("uh", "no,
  sorry", "wait no"), is read into the hit;
- a corrected reading just after a hit, after a take-back, with about as many digits (or a
  phone number's last four or seven), is a hit of the same label;
- a code that opens with letters ("BVT 77019433", "Z-R-T-4-4-1") keeps them in either reading
  when the other reading opens with the same letters ("It's BVT 77019433. Sorry, BVT
  77019443", "Z-R-T-4-4-1. Sorry, ZRT 414").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

Hit = tuple[int, int, str, float]

# Labels of numbers read out; a ZIP code (LOCATION) or a date is not read in pieces.
_CODE_LABELS = frozenset(
    {"ID", "SSN", "PHONE", "FAX", "ACCOUNT", "LICENSE", "HEALTH_PLAN", "MRN", "DEVICE", "VEHICLE"}
)
# Digit groups and single letters, as the number rules read them.
_PIECES = r"(?:\d+|[A-Za-z])(?:(?:,\s*|\s+|\s*-\s*)(?:\d+|[A-Za-z]))*"
_TAKE_BACK = r"(?:uh|um|er|no|wait|sorry|i\s+mean|wait\s+no|no\s+wait)"
# "... no, sorry, ", ", uh, ", ". wait no ": a stall or a take-back between two readings.
_BETWEEN = rf"(?:\.\.\.|[,.])?\s*{_TAKE_BACK}(?:[,.]?\s+{_TAKE_BACK})*[,.]?\s+"
_FALSE_START = re.compile(rf"(?<![\w-])({_PIECES}){_BETWEEN}$", re.IGNORECASE)
# After a hit only a clear take-back counts (a filler may lead on to other talk).
_TAKEN_BACK = (
    r"[,.]?\s*(?:no|wait|sorry|i\s+mean|wait\s+no|no\s+wait)(?:[,.]?\s+(?:no|sorry|it's|its))*"
    r"[,.]?\s+"
)
_CORRECTED = re.compile(rf"{_TAKEN_BACK}({_PIECES})(?![\w-])", re.IGNORECASE)
# The letters a code opens with ("BVT 770...", "Z-R-T-4-4-1"), dashes between them allowed.
_LEADING_LETTERS = re.compile(r"((?:[A-Za-z]-?){2,4})[\s-]*\d")
# The same letters said just before a false start: "It's BVT " before "77019433".
_LETTERS_BEFORE = re.compile(r"(?<![\w-])((?:[A-Za-z]-?){2,4})\s+$")
# After a take-back, a reading that opens with letters: "Sorry, ZRT 414".
_CORRECTED_LETTERED = re.compile(
    rf"{_TAKEN_BACK}((?:[A-Za-z]-?){{2,4}}[\s-]*\d+(?:[\s-]\d+)*)(?![\w-])", re.IGNORECASE
)


def _letters(code: str) -> str:
    """The letters ``code`` opens with, dashes dropped and lowercased ("" when none)."""
    match = _LEADING_LETTERS.match(code)
    return "" if match is None else match.group(1).replace("-", "").lower()


def _digits(piece: str) -> int:
    return sum(char.isdigit() for char in piece)


def find_corrected_codes(text: str, hits: Iterable[Hit]) -> Iterator[Hit]:
    """The false starts and corrected readings around the number rules' ``hits``."""
    for start, end, label, confidence in hits:
        if label not in _CODE_LABELS:
            continue
        false_start = _FALSE_START.search(text, max(0, start - 60), start)
        if false_start is not None and _digits(false_start.group(1)) >= 1:
            opened = false_start.start(1)
            letters = _LETTERS_BEFORE.search(text, max(0, opened - 12), opened)
            if letters is not None and _letters(letters.group(1) + "0") == _letters(
                text[start:end]
            ):
                opened = letters.start(1)
            yield opened, end, label, confidence
        lettered = _CORRECTED_LETTERED.match(text, end)
        if lettered is not None and _letters(lettered.group(1)) == _letters(text[start:end]):
            said, again = _digits(text[start:end]), _digits(lettered.group(1))
            if said >= 3 and abs(said - again) <= 1:
                yield lettered.start(1), lettered.end(1), label, confidence
        corrected = _CORRECTED.match(text, end)
        if corrected is not None:
            said, again = _digits(text[start:end]), _digits(corrected.group(1))
            # A phone number's last four or seven digits said again: "713 555 0120 sorry 0121".
            tail = label in ("PHONE", "FAX") and said >= 10 and again in (4, 7)
            if (said >= 3 and abs(said - again) <= 1) or tail:
                yield corrected.start(1), corrected.end(1), label, confidence
