"""Codes said as a letter group, then digit groups: "member id xjh 447192 01", "my nursing
license is rn 447192", "the docket number is cr 24 0447", "serial pjn 447192 h".

Speech recognition writes the letters of a code lowercase and apart from its digits, so the
digit finders take only the digits and leave the letters readable. After a context word (see
:mod:`code_context`), a group of one to four letters with no vowel (a vowel makes most short
groups words: "is", "at", "ten") joins the digit groups that follow it, and a lone letter may
close the code. Runs on spoken-normalised text (spoken digits are digits by now).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.code_context import context_label

Hit = tuple[int, int, str, float]

_LETTERED = re.compile(
    r"(?<![\w@.'\u2019-])([b-df-hj-np-tv-z]{1,4})(?:\s*-\s*|\s+)"
    r"(\d+(?:(?:,?\s+|\s*-\s*)\d+)*)"
    # A lone letter closing the code ("447192 h"); not "a" or "i", which are words.
    r"(?:\s+[b-hj-z](?![\w'\u2019-]))?"
    r"(?![\w@-]|[.,]\d)",
    re.IGNORECASE,
)
# Groups of letters without a vowel that are no code's letters: fillers, units, ordinals.
_NOT_CODE_LETTERS = frozenset(
    "hmm hm mm mhm shh sh psst brr tsk nth st nd rd th pm mg mcg ml lb lbs hr hrs ft yd"
    " mph bp hrt dr mr mrs ms pt".split()
)
# Right after "number is", "id:" ... any short letter group opens the code ("the interlock
# device number is ig 44719", "medicaid number is ab 44719 c"), unless it is a word said there.
_RIGHT_AFTER_CUE = re.compile(
    r"(?:number|id|no\.?|#)(?:'s|\s+is|\s+was|:)?,?\s+([a-z]{2,3})(?:\s*-\s*|\s+)"
    r"(\d+(?:(?:,?\s+|\s*-\s*)\d+)*)(?:\s+[b-hj-z](?![\w'\u2019-]))?(?![\w@-]|[.,]\d)",
    re.IGNORECASE,
)
_SAID_AFTER_CUE = frozenset(
    "is was its the and but for not now off out our own too two one six ten new old due all"
    " any are can did get got had has her him his how its let may not now one our see she"
    " saw say set the too use was way who why yes yet you like uh um oh so it as or at to in"
    " on my me we he by an up us no do go if of over just also still only about around almost"
    " nearly same paid ends".split()
)
# A digit or a vowel-less letter group right after a space or dash: the cheap test first.
_CHEAP = re.compile(r"(?<![a-z])[b-df-hj-np-tv-z]{1,4}[\s-]+\d", re.IGNORECASE)


def find_lettered_codes(text: str) -> Iterator[Hit]:
    """Letter group + digit groups after a context word (see the module docstring)."""
    yield from _right_after_cue(text)
    for cheap in _CHEAP.finditer(text):
        # Tried only where a letter group stands before a digit (most texts: nowhere).
        match = _LETTERED.match(text, cheap.start())
        if match is None:
            continue
        letters = match.group(1).lower()
        if letters in _NOT_CODE_LETTERS and letters != "pt":
            continue
        if letters == "pt" and "patient" not in text[max(0, match.start() - 40) : match.start()]:
            continue  # "pt" is a patient id only after "patient"; else physical therapy
        digits = sum(char.isdigit() for char in match.group(2))
        if digits < 4:
            continue
        label, distance = context_label(text, match.start())
        if label is None or not 0 <= distance <= 30:
            continue
        yield match.start(), match.end(), label, 0.8


def _right_after_cue(text: str) -> Iterator[Hit]:
    lowered = text.lower()
    for start in _cue_starts(lowered):
        match = _RIGHT_AFTER_CUE.match(text, start)
        if match is None:
            continue
        if match.group(1).lower() in _SAID_AFTER_CUE:
            continue
        if sum(char.isdigit() for char in match.group(2)) < 4:
            continue
        label, distance = context_label(text, match.start(1))
        if label is None or not 0 <= distance <= 30:
            continue
        yield match.start(1), match.end(), label, 0.8


def _cue_starts(lowered: str) -> Iterator[int]:
    """Where "number", "id", "no." or "#" starts (plain substring search, no pattern)."""
    for needle, skip in (("number", 0), (" id", 1), ("no.", 0), ("#", 0)):
        at = lowered.find(needle)
        while at >= 0:
            start = at + skip
            end = start + len(needle) - skip
            if needle == " id" and end < len(lowered) and lowered[end].isalnum():
                pass  # "idea", "identity": no cue
            elif needle == "no." and start > 0 and lowered[start - 1].isalnum():
                pass  # "piano."
            else:
                yield start
            at = lowered.find(needle, at + 1)
