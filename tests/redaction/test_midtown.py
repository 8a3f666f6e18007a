""" "Midtown" after a place preposition is a district; "downtown" is every town's."""

from __future__ import annotations

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def test_midtown_is_a_place(redactor: Redactor) -> None:
    text, expected = unmark("i got arrested in a sting at a hotel in [[midtown]] last month")
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


def test_downtown_is_no_place(redactor: Redactor) -> None:
    text = "we went downtown and walked around in downtown for hours"
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
