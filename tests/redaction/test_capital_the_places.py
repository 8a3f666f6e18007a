"""A capital "The" mid-sentence, after a place preposition, opens the name of a place."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "he left the kids in the car outside [[The Rusty Anchor]] while he drank.",
        "We met at [[The Blue Door]] after work.",
    ],
)
def test_capital_the_opens_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "I went back to The gym after work.",
        "I read it in The Atlantic last week.",
    ],
)
def test_capital_the_alone_is_no_place(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
