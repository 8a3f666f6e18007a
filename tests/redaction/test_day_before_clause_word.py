"""A day said as "on the <ordinal>" before a word that ends the phrase or opens a clause.

"i have an appointment on the twentieth anyway", "a bad call on the fourteenth out on county
road nine", "you texted on the twenty third that you had a rough night": the day is a DATE.
Before a counted noun it is no date ("on the 5th floor that faces", "on the 3rd try anyway").
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("okay. i have an appointment on the twentieth anyway.", "the twentieth"),
        ("I have an appointment on the 12th anyway.", "the 12th"),
        ("we had a bad call on the fourteenth out on the highway", "the fourteenth"),
        ("you texted on the twenty third that you had a rough night", "the twenty third"),
        ("she moved out on the 9th because of the fight", "9th"),
    ],
)
def test_day_before_a_clause_word_is_a_date(redactor: Redactor, text: str, day: str) -> None:
    dates = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]
    assert dates == [day]


@pytest.mark.parametrize(
    "text",
    [
        "she lives on the 5th floor that faces the river.",
        "i got it on the 3rd try anyway.",
        "he was on the 10th step when it broke.",
        "i'm on the fifth one already.",
    ],
)
def test_counted_thing_after_the_ordinal_is_no_date(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans
