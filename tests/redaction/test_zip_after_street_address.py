"""A ZIP code read out after the street of an address, with or without its town and with no
state between ("2210 Alcott Lane, Cherry Hill, 08003.", "418 cedar avenue apartment two
scranton one eight five zero five"). Amounts and counts after a street stay text. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    ("marked", "zip_code"),
    [
        ("Client: 1187 Birchwood Lane, Cherry Hill, 08034.", "08034"),
        ("it's still the same house on Alameda Avenue, 79912.", "79912"),
        ("my address is 2204 Larkspur Way in Sparks, 89436?", "89436"),
        (
            "four eighteen maple avenue apartment two scranton one eight five zero nine\n"
            "Therapist: thank you",
            "one eight five zero nine",
        ),
        (
            "Still there, two forty two Elmwood, Buffalo, one four two one three.",
            "one four two one three",
        ),
    ],
)
def test_zip_code_after_the_street(redactor: Redactor, marked: str, zip_code: str) -> None:
    text, _ = unmark(marked)
    assert zip_code in _places(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "the job on main street pays 40000, and benefits",
        "we drive 20000 miles a year on that road",
        "I walked 3 miles down oak street, 12000 steps.",
    ],
)
def test_amounts_after_a_street_stay_text(redactor: Redactor, text: str) -> None:
    assert not [p for p in _places(redactor, text) if p[:1].isdigit()]
