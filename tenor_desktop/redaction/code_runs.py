"""Codes written as a run of capitalised parts: "2026 OP 001774", "DMPX 41 Q7 HG3",
"SDB-FP 22817", "EMT-B 448217".

Case, serial, card and file numbers are often printed in groups of capitals and digits. One
group alone may look like a word or a small number, and the single-token finders of
:mod:`identifier_rules` take only the part with most digits ("OP 001774"), which leaves the
rest readable. A run of two or more groups of capitals and digits with at least four digits
outside a year, and letters in at least one group, is one identifier whatever surrounds it:
words do not come in such runs. Its label comes from the context word before it in the same
sentence or, failing that, in the sentence before ("we did fingerprints for the box. Mine's
on file as SDB-FP 22817"); without one it is an ID. A state's USPS code and its ZIP after a
town ("Dearborn, MI 48126") are a place, left to the ZIP finder; "CV 00441" stays a code.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.code_context import context_label
from tenor_desktop.redaction.zip_codes import state_and_zip

Hit = tuple[int, int, str, float]

_GROUP = r"[A-Z0-9]+(?:-[A-Z0-9]+)*"
_RUN = re.compile(rf"(?<![\w@./-]){_GROUP}(?: {_GROUP})+(?![\w@-]|\.\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
# Scales, doses and diagnoses said in capitals with numbers: "PHQ 9", "GAD 7", "PTSD 2".
_SCALE_GROUP = re.compile(r"PHQ|GAD|PCL|BDI|BAI|DSM|ICD|MG|ML|COVID|A1C")
_SENTENCE_END = re.compile(r"[.!?]\s")


def find_code_runs(text: str) -> Iterator[Hit]:
    """Runs of capital-and-digit groups that make one code (see the module docstring)."""
    for match in _RUN.finditer(text):
        groups = match.group().split(" ")
        digits = sum(
            char.isdigit() for group in groups if not _YEAR.fullmatch(group) for char in group
        )
        if digits < 4 or not any(char.isalpha() for char in match.group()):
            continue
        if any(_SCALE_GROUP.fullmatch(part) for group in groups for part in group.split("-")):
            continue
        label, distance = context_label(text, match.start())
        if state_and_zip(text, match.start(), match.end(), label is not None and distance <= 2):
            continue  # "Springfield, IL 62704": a place, which the ZIP finder labels
        if label is None or distance > 60:
            label = _label_before(text, match.start())
        yield match.start(), match.end(), label or "ID", 0.8


def _label_before(text: str, start: int) -> str | None:
    """A specific context label from the sentence before the one ``start`` is in."""
    ends = list(_SENTENCE_END.finditer(text, max(0, start - 240), start))
    if not ends:
        return None
    label, _ = context_label(text, ends[-1].start())
    return None if label == "ID" else label
