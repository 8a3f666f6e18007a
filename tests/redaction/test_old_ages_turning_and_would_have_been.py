"""Ages over 89 answered at a turn's start with the day or month they are reached ("Client:
Ninety-one on the eleventh", "Ninety-four in August") and the age a person who died would have
reached ("she'd have been ninety-nine on the fifth"). A number opening a turn before anything
else stays a number. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end].lower() for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Therapist: and your birthday?\nClient: Ninety-two on the 14th. My son is coming.",
            "ninety-two",
        ),
        ("Therapist: how old now?\nClient: Ninety-five in October, God willing.", "ninety-five"),
        ("Client: He died in June. He'd have been ninety-seven this fall.", "ninety-seven"),
        ("Client: she would have been ninety-one on the third of May", "ninety-one"),
    ],
)
def test_old_ages(redactor: Redactor, text: str, age: str) -> None:
    assert any(age in found for found in _dates(redactor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Client: Ninety on the test, finally.",
        "Client: Ninety percent of the time I'm fine.",
    ],
)
def test_numbers_that_are_no_age(redactor: Redactor, text: str) -> None:
    assert not any("ninety" in found for found in _dates(redactor, text))


# The same answer opening a sentence inside the turn, or with a comma and the month and day
# ("Client: Thank you. Ninety-two, on October 30th."). Sentences invented for these tests.
@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Client: She did. Ninety-six on the second of June, and still sharp.", "ninety-six"),
        ("Client: Ninety-one. Ninety-two in March, if I get there.", "ninety-two"),
        ("Client: Thanks, honey. Ninety-four, on April 9th. We had cake.", "ninety-four"),
        ("Client: Ninety-three, on the 12th. The whole family came.", "ninety-three"),
    ],
)
def test_old_age_opening_a_sentence_with_its_day(redactor: Redactor, text: str, age: str) -> None:
    assert any(age in found for found in _dates(redactor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Client: It was hot. Ninety on the 4th floor of that building.",
        "Client: I studied. Ninety-five on the 3rd grade test, can you believe it.",
    ],
)
def test_a_number_opening_a_sentence_before_a_floor_stays_a_number(
    redactor: Redactor, text: str
) -> None:
    assert not any("ninety" in found for found in _dates(redactor, text))


# An age found once and said back as a sentence of its own, with a full stop or an article.
@pytest.mark.parametrize(
    ("text", "echo"),
    [
        (
            "Therapist: So you're ninety-seven now.\nClient: Ninety-seven. My son baked a cake.",
            "Ninety-seven",
        ),
        (
            "Client: Grandpa turned a hundred and two on March 3rd.\n"
            "Therapist: A hundred and two. Wow.",
            "hundred and two",
        ),
    ],
)
def test_an_old_age_said_back_with_a_full_stop(redactor: Redactor, text: str, echo: str) -> None:
    second_turn = text.index("\n")
    spans = [s for s in redactor.redact(text).spans if s.label == "DATE" and s.start > second_turn]
    assert any(echo in text[s.start : s.end] for s in spans)


def test_a_number_said_back_that_was_no_age_stays_a_number(redactor: Redactor) -> None:
    text = "Client: I got ninety-seven on the exam.\nTherapist: Ninety-seven. Nice work."
    assert not any("inety" in text[s.start : s.end] for s in redactor.redact(text).spans)
