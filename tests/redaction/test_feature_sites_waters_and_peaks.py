"""A river, lake, pond, falls or range named by a proper word before its kind is a place, like a
creek or a bridge already is ("the gallatin river"); the kind word alone names nothing."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "he drowned in the [[gallatin river]] years ago",
        "we drove up to the [[sandia mountains]] for the weekend",
        "they found his truck in the [[wichita river]] last march",
    ],
)
def test_named_water_or_range_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "we sat by the river and talked for an hour",
        "we swam in the lake behind my grandma's house",
        "we went to the falls on sunday with the kids",
        "it felt like climbing a mountain every morning",
    ],
)
def test_the_kind_alone_is_no_place(redactor: Redactor, text: str) -> None:
    assert [s for s in redactor.redact(text).spans if s.label == "LOCATION"] == []
