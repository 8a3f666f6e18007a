"""A venue named, then described as a kind of place somewhere: "X, the bar on Y street"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "We met at [[Tilde and Crane]], the bar on [[Ashgrove Street]], in spring.",
        "Client: [[brightwell]], the campus on [[harmon drive]].",
        "i drink at [[rusty's]], the bar on [[fourth street]], most nights.",
    ],
)
def test_described_venue_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i was at work, the store on main was slammed.",
        "they took him to the er, the hospital in town.",
    ],
)
def test_kind_of_place_described_is_no_name(redactor: Redactor, text: str) -> None:
    assert [s.label for s in redactor.redact(text).spans if s.label == "LOCATION"] == []
