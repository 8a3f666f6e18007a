"""The day of the month a person did or will do something ("I got out on the first of the
month") is a date; what recurs every month (a weekday of the month, rent due, "every first of
the month") stays none. A
season placed in its year ("the summer of 2023") is a date, a bare year is not. An age over 89
answering "how old are you?" is one. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Client: I moved out on the first of the month after the fight.",
            "the first of the month",
        ),
        ("Client: she can start on the fifth of the month", "the fifth of the month"),
    ],
)
def test_a_day_of_the_month(redactor: Redactor, text: str, date: str) -> None:
    assert date in _dates(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Client: the group meets on the first tuesday of the month.",
        "Client: my car payment is due on the fifteenth of the month",
        "Client: I send my brother money every first of the month.",
    ],
)
def test_what_recurs_every_month_is_a_habit(redactor: Redactor, text: str) -> None:
    assert _dates(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Client: We split up in the winter of 2019 and I moved.", "the winter of 2019"),
        (
            "Client: she started school in the fall of twenty twenty-two",
            "the fall of twenty twenty-two",
        ),
    ],
)
def test_a_season_of_a_year(redactor: Redactor, text: str, date: str) -> None:
    assert _dates(redactor, text) == [date]


def test_a_bare_year_and_a_season_alone_are_none(redactor: Redactor) -> None:
    assert _dates(redactor, "Client: I was sober all summer, like back in 2019.") == []


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Therapist: How old are you now?\nClient: Ninety-two. My hips say older.", "Ninety-two"),
        ("Therapist: how old are you\nClient: i'm ninety-four.", "ninety-four"),
    ],
)
def test_an_old_age_answering_how_old_are_you(redactor: Redactor, text: str, age: str) -> None:
    assert _dates(redactor, text) == [age]


def test_a_young_age_answering_how_old_are_you_is_none(redactor: Redactor) -> None:
    assert _dates(redactor, "Therapist: How old are you?\nClient: Thirty-four.") == []
