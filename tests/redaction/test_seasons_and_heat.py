"""A month said as a season of a place or job, and the heat said as a number, are no dates."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    "text",
    [
        "Roofing in August is killing me, honestly.",
        "texas in july is brutal, everybody knows that.",
        "phoenix in july gets to a hundred and fifteen.",
        "it was a hundred and two on the job site today.",
        "that was 95 on the thermometer, so we stopped.",
    ],
)
def test_season_or_heat_is_no_date(redactor: Redactor, text: str) -> None:
    assert [s.label for s in redactor.redact(text).spans if s.label in ("DATE", "NAME")] == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("my surgery in june is on the 14th.", "june"),
        ("the hearing in august is what scares me.", "august"),
        ("we moved in august and it was hard.", "august"),
        ("My grandma is ninety-four and still gardens.", "ninety-four"),
        ("My dad was 91 when he passed.", "91"),
    ],
)
def test_persons_month_or_age_stays_a_date(redactor: Redactor, text: str, date: str) -> None:
    assert date in [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]
