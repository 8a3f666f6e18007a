"""Capitalised words right before " on " and a capitalised street name a business with it."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "It's official. [[Shear Bliss on Kettering Road]] closes on Friday.",
        "At work, honestly. [[Kestrel Systems on Water Street]]. The door has a badge lock.",
    ],
)
def test_capital_venue_and_street_are_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


def test_person_before_street_stays_a_person(redactor: Redactor) -> None:
    text = "I saw Maria Lopez on Main Street yesterday."
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [("Maria Lopez", "NAME"), ("Main Street", "LOCATION")]
