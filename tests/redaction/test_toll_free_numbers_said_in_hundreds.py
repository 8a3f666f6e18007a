"""A toll-free number said with its prefix in hundreds ("eight hundred, then digits one by one")
is one dialled number, not a sum: it was normalised to "827" and lost. "Eight hundred five
dollars" is still an amount."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.spoken_forms import normalise_spoken


@pytest.mark.parametrize(
    ("spoken", "digits"),
    [
        ("eight hundred two two two four one seven six", "8002224176"),
        ("one eight hundred six four three one one zero nine", "18006431109"),
        ("eight hundred five", "805"),
        ("three hundred and five", "305"),
    ],
)
def test_hundreds_then_digits_are_dialled(spoken: str, digits: str) -> None:
    assert normalise_spoken(spoken).text == digits


def test_a_helpline_said_in_hundreds_is_a_phone(redactor: Redactor) -> None:
    text = "the crisis line they gave me is eight hundred two two two four one seven six"
    spans = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert spans == [("eight hundred two two two four one seven six", "PHONE")]


def test_an_amount_in_hundreds_is_no_phone(redactor: Redactor) -> None:
    text = "the fine was eight hundred five dollars and I paid it"
    assert [s.label for s in redactor.redact(text).spans] == []
