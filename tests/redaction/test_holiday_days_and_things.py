"""A holiday is a date when it names the day something happened to the person or one
holiday's plan (phi README: a date element tied to the person); a holiday every year, or a
thing named after one ("christmas presents"), is no date. Probes written for stop 18.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end].lower() for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # "for": one holiday's trip or plan.
        ("my mother is flying up from tucson for christmas and i'm dreading it", "christmas"),
        # "since": a habit word in a later clause is that clause's, not the holiday's.
        ("we've been together since valentine's day, and he never liked her.", "valentine's day"),
        ("since easter, and i mean it, he never calls", "easter"),
        # "it was": the day an event happened.
        ("it was christmas eve at my cousin's house when he hit me", "christmas eve"),
    ],
)
def test_holiday_of_the_person_is_a_date(redactor: Redactor, text: str, day: str) -> None:
    assert day in _dates(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # Things named after a holiday.
        "i spent way too much money on christmas presents",
        "she was stressed about thanksgiving shopping, i could tell",
        "we argued over valentine's gifts again",
        # Every year: a habit.
        "at christmas i always have a little sip of brandy and that's it",
        "we always go to my mom's at thanksgiving",
        # A question about plans, and a present received.
        "what are you doing for christmas?",
        "for christmas i got a new bike",
    ],
)
def test_holiday_as_habit_or_thing_is_no_date(redactor: Redactor, text: str) -> None:
    assert _dates(redactor, text) == []


# "since" a holiday opens a stretch of the person's life from the last one, whatever habit is
# told around it; "since" giving a reason does not. Sentences invented for these tests.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("client: i been sober since memorial day my sponsor calls me every night", "memorial day"),
        ("I've texted her every single day since Easter.", "easter"),
        (
            "Things with Corbin have been rough since Thanksgiving. He keeps my keys.",
            "thanksgiving",
        ),
    ],
)
def test_since_a_holiday_is_a_date_whatever_habit_is_near(
    redactor: Redactor, text: str, day: str
) -> None:
    assert day in _dates(redactor, text)


def test_since_a_holiday_giving_a_reason_is_no_date(redactor: Redactor) -> None:
    assert _dates(redactor, "we always eat early since christmas is on a sunday this year") == []
