"""A British plate written in its own shape (two letters, the two-digit age mark, three letters:
"the grey Corolla, LD68 PXW") is a VEHICLE without a plate word. The shape in lowercase and
other codes stay as they were. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _vehicles(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "VEHICLE"]


@pytest.mark.parametrize(
    "marked",
    [
        "he parked the blue Fiesta, [[KM19 TRX]], outside my mum's again",
        "the van was [[YB71DFE]], I wrote it down",
    ],
)
def test_british_plates_without_a_cue(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _vehicles(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we played ab12 cde at the quiz, don't ask",
        "my class was in room B12 with Mr Dean",
    ],
)
def test_look_alikes_are_no_plate(redactor: Redactor, text: str) -> None:
    assert _vehicles(redactor, text) == []
