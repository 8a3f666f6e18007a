"""A month said alone after "last", "next" or "this" is dated by that word, which belongs to the
date said ("since last july"): the month alone covers too little of it. A month inside a longer
date keeps that date whole, and "this" before a noun is no date."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        "i haven't had a drink since [[last october]], which feels huge",
        "the lease runs till [[next february]] so we're stuck",
        "She was charged [[last September]] and the case is still open.",
        "my sister is getting married [[this june]] in the backyard",
    ],
)
def test_the_word_placing_a_month_is_part_of_the_date(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(redactor, text) == expected


def test_a_month_with_its_day_stays_one_date(redactor: Redactor) -> None:
    text = "the hearing was moved to next october 14th, after the holidays"
    assert _dates(redactor, text) == ["october 14th"]


def test_last_and_next_without_a_month_are_no_date(redactor: Redactor) -> None:
    text = "last time we talked about the next step and this plan"
    assert _dates(redactor, text) == []
