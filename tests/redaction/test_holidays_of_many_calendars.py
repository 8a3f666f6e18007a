"""Holidays of other calendars: a date with their year, nobody's name without it."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i told my father no on [[eid twenty twenty six]] and he left.",
        "She wants to go to Busan with me over [[Chuseok 2027]].",
        "I had a panic attack on [[Mardi Gras 2025]] at the parade.",
        "we met at [[passover 2019]] at my aunt's.",
    ],
)
def test_holiday_with_its_year_is_a_date(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert [(e, "DATE") for e in expected] == [f for f in found if f[1] == "DATE"]


@pytest.mark.parametrize(
    "text",
    ["diwali is my favorite.", "Ramadan starts soon and I'm nervous.", "Kwanzaa was quiet."],
)
def test_holiday_alone_is_no_identifier(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
