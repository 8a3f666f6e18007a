"""Old ages with the clause going on, and countries (short forms included) that are not PHI."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("client: he was 91 when he passed", "91"),
        ("client: grandpa was 96 when he died", "96"),
        ("client: my grandfather was ninety one but sharp as ever", "ninety one"),
        ("client: she's 93 so she can't drive anymore", "93"),
    ],
)
def test_an_old_age_is_a_date_before_a_clause_goes_on(
    redactor: Redactor, text: str, age: str
) -> None:
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [(age, "DATE")]


@pytest.mark.parametrize(
    "text",
    [
        "client: the test was 95 but i failed the next one",
        "client: it was 92 when we got there, so hot",
        "client: my score was 98 so i passed",
        "client: i moved back from the u.k. last year",
        "client: my cousin in myanmar sends money every month",
        "Client: We flew to Iceland for the honeymoon.",
    ],
)
def test_scores_weather_and_countries_are_not_phi(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Therapist: How old is she?\nClient: Ninety. She was born in 1930.", ["Ninety"]),
        ("Therapist: how old is your dad\nClient: he's ninety two", ["ninety two"]),
        ("Therapist: How old is she?\nClient: Eighty.", []),
        ("Therapist: How old was the house?\nClient: 95 years, maybe more.", []),
    ],
)
def test_an_age_over_89_said_as_the_answer(
    redactor: Redactor, text: str, expected: list[str]
) -> None:
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]
    assert found == expected


def test_diseases_named_after_people_are_no_names(redactor: Redactor) -> None:
    text = "My dad has Alzheimer's and Tourette's runs in the family. Judy Huntington called."
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert found == ["Judy Huntington"]
