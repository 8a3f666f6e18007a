"""Fire and police houses known by their number, courts and schools said after their town."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "My captain at [[station 15]] told me to take a week.",
        "the guys from my crew at [[Ladder 4]] came to the hospital.",
        "He had a hearing at [[Quincy District Court]] last week.",
        "my son goes to [[harlan county central]] now.",
        "i filed a report with the detective at the [[fifth precinct]] last week.",
        "They booked him at the [[12th Precinct]] downtown.",
        "Court is April 27th at [[36th District]].",
    ],
)
def test_numbered_post_or_court_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "I work at station 4 on the line at the plant.",
        "We did station 2 of 5 in the circuit at the gym.",
        "I was at the police station for hours.",
        "We live in the 5th district of the map in the game.",
        "She finished fifth in her district at the meet.",
    ],
)
def test_work_station_is_no_place(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
