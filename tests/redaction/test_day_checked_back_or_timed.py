"""A day of the month checked back with a tag question ("so the hearing is the seventeenth
right") or given a time of day ("i'll ring you the twenty first around noon", "the 9th about
3") is a DATE; before, the ordinal alone at a line's end or before "around" had no rule. An
ordinal before a duration stays no date ("it was the third about ten minutes later").
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("so the hearing is the seventeenth right", "the seventeenth"),
        ("Her visit is the 23rd, right?", "the 23rd"),
        ("ok i'll ring you the twenty first around noon", "the twenty first"),
        ("we can meet the ninth about 3", "the ninth"),
    ],
)
def test_day_checked_back_or_timed_is_a_date(redactor: Redactor, text: str, day: str) -> None:
    assert _dates(redactor, text) == [day]


@pytest.mark.parametrize(
    "text",
    [
        "it was the third about ten minutes later",
        "that one was the fifth about two weeks in",
    ],
)
def test_ordinal_before_a_duration_is_no_date(redactor: Redactor, text: str) -> None:
    assert _dates(redactor, text) == []
