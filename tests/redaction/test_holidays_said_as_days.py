"""Holidays named as the day something happened: after 'at', opening a sentence with 'since',
days of the church year, and irregular past verbs ('blew', 'drove')."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "Rough. Since [[Memorial Day]] the nightmares have been worse.",
        "she left us on [[palm sunday]], two years ago.",
        "my uncle took the car keys from me on [[Easter]] and kept them.",
        "Dad blew up at me on [[Halloween]], in front of everyone.",
        "He drove to the coast on [[Boxing Day]] without telling anyone.",
        "my sister stole forty dollars from my purse on [[thanksgiving]].",
    ],
)
def test_holiday_as_the_day_of_an_event_is_a_date(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Since Christmas falls on a weekend, the office is closed.",
        "we always argue at thanksgiving.",
        "the store is closed at christmas.",
        "What do you usually do at Thanksgiving?",
        "The clinic is closed on Columbus Day.",
        "the fight at the easter egg hunt was not my fault.",
    ],
)
def test_holiday_as_the_calendar_is_no_date(redactor: Redactor, text: str) -> None:
    assert [s.label for s in redactor.redact(text).spans if s.label == "DATE"] == []
