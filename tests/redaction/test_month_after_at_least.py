"""A month after a time word and "at least": "til at least february", "since at least
september". "At least" alone before a month is no time slot ("at least march was better")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("he's at the county jail til at least february", "february"),
        ("since at least september he has like five phones", "september"),
        ("until at least october i can't move out", "october"),
        ("i've been clean since at least may, honestly", "may"),
    ],
)
def test_month_after_at_least_is_a_date(redactor: Redactor, text: str, month: str) -> None:
    dates = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]
    assert dates == [month]


@pytest.mark.parametrize(
    "text",
    ["at least march was better than this one.", "she's at least may's age, i think."],
)
def test_at_least_without_a_time_word_is_no_date(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.redact(text).spans if s.label == "DATE"]
