"""A venue named before the street it is on, after "by"/"near"/"outside"/"behind", or ending in
a kind word its name goes before ("the Delta Chi house on College Avenue")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i got pulled over by the [[kwik trip on sunset drive]] and they found pills",
        "I went to a party at the [[Delta Chi house on College Avenue]] and blacked out.",
    ],
)
def test_venue_and_street_are_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "marked",
    [
        "i stayed at the big house on [[main street]] all summer",
        "we parked near the old station on [[oak street]] again",
        "late night at the Thai place on [[Burnet Road]] with friends",
    ],
)
def test_kind_of_place_leaves_the_street_alone(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
