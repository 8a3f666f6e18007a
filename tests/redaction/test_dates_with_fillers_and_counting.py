"""Dates said with a filler ("on the um fifteenth", "since like valentine's day") and a day
before the next clause's subject or a report of what was said ("on the 12th the public
defender said", "called on the seventeenth saying"). "The first", "the second" and "the third"
alone count things ("what was the first?") unless a time word or an event's day comes before
them ("due the first", "her birthday was the third"). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        "my sister is driving up to see him on the um [[fifteenth]]",
        "Client: since like [[valentines day]]",
        "the school called on [[the 17th]] saying he skipped class",
        "my court date got moved to on [[the 12th]] the judge said",
        "rent's due [[the first]]. so i'm stressed",
        "she fell on, like, [[the third]], at her place",
        "her birthday was [[the third]] and i couldn't even call",
    ],
)
def test_dates_with_fillers_and_clauses(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: Is this your first arrest?\nClient: Second one.\n"
        "Therapist: What was the first?",
        "The first one, a guy honked at me. The second, nothing.",
        "the scanner logs it, so they know to the second when i clock in",
        "he lives on the 5th floor now",
        "we always stay home over like christmas",
    ],
)
def test_counting_and_habits_stay_text(redactor: Redactor, text: str) -> None:
    assert _dates(redactor, text) == []
