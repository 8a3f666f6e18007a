"""A house number and a street said without its suffix where someone lives."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "the court letters go to her place at [[four twelve elm]] anyway",
        "We live at [[2208 Southeast Taggart]] now, and the kids' bedroom is small.",
        "we moved to [[1450 north maple]] last spring",
    ],
)
def test_numbered_street_without_suffix_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i was at 55 park with my friends",
        "the score was 21 south and 14 west",
        "i got there at 10 east side time",
        "we ran to 40 north of the line",
    ],
)
def test_numbers_and_directions_are_no_address(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
