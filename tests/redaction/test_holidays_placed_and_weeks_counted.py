"""Days placed by a holiday or a counted week, and holidays said as the day of one stretch or
event (phi README: a date element tied to the person). Probes written for stop 28, after the
places-and-dates set training31; the phrasings recur in training19, training23 and training26.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        # A day placed by a holiday, and a part of the holiday's day.
        "my brother got arrested [[the day after christmas]] for a dui.",
        "Grandpa turned eighty on [[the Saturday before Easter]].",
        "the hearing is [[the Wednesday after Memorial Day]] at ten.",
        "She slapped me once, the night of [[New Year's Eve]], in the car.",
        # A gathering on the holiday bounds a stretch.
        "We haven't talked since [[the Fourth of July]] party at my uncle's.",
        # A holiday said as a sentence of its own, the answer to "when".
        "Therapist: When was the last drink?\nClient: [[Labor Day weekend]]. At the lake.",
        # "since": one stretch, however often things happen in it; "has been ... since".
        "i've texted her every night since [[thanksgiving]] and nothing.",
        "Money has been tight since [[Easter]]. The car broke down.",
        # Past tense with "was", a trip "came" or "booked" for one holiday, "due" a holiday.
        "My daughter says I was screaming in my sleep on [[Memorial Day]].",
        "my sister came down from erie for [[christmas]] and we fought.",
        "We booked a cabin for [[Labor Day]], just the two of us.",
        "my girlfriend is due [[halloween]] and i'm not ready",
        # Its year said in words; a weekday placed by its week.
        "i moved in on [[the fourth of july of last year]] and never left",
        "I got the letter [[last Tuesday the 3rd]], after the hearing.",
        "The custody hearing is [[two weeks from Thursday]].",
    ],
)
def test_day_placed_by_a_holiday_or_week_is_a_date(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The holiday every year, or the calendar's.
        "the day after christmas is always dead at the store.",
        "Christmas is hard for me since my mom passed.",
        "we watched the fourth of july fireworks from the roof.",
        # A holiday asked about is no answer; a holiday after the date it names.
        "Client: Thanksgiving? I don't know yet.",
        "Client: October the thirty-first. Halloween.",
        # Durations and bare weekdays stay.
        "It took two weeks from start to finish.",
        "I'll see you two weeks from now.",
        "Last Friday the guys went out after shift and I went home.",
    ],
)
def test_holiday_talk_and_durations_are_no_date(redactor: Redactor, text: str) -> None:
    found = _dates(redactor, text)
    assert all("october" in day.lower() for day in found), found
