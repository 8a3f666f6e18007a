"""A shop or bar named after its owner takes the kind word after the owner's name when the kind
is a business ("kelly's tap", "dave's hardware"); a home word does not
("tony's place" stays a person)."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i went to the corner bar, uh, [[kelly's tap]], and drank till close",
        "i bought the ladder at [[dave's hardware]] on saturday",
    ],
)
def test_owner_and_business_word_are_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


def test_owner_and_home_word_stay_a_person(redactor: Redactor) -> None:
    text = "he's at tony's place tonight with the guys"
    spans = redactor.redact(text).spans
    assert [s.label for s in spans] == ["NAME"]
    assert text[spans[0].start : spans[0].end] == "tony"
