"""One day of a month named by its week ("the last saturday in april"), and a holiday as the day
of a last drink. Both positives were missed at c46d235 (the start of this work)."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        "the funeral is [[the last saturday in april]]",
        "my last drink was [[new year's day]]",
    ],
)
def test_days_named_by_their_week_or_event(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(redactor, text) == expected


def test_a_habit_of_every_month_is_no_date(redactor: Redactor) -> None:
    assert _dates(redactor, "we go to church the first sunday of every month") == []
