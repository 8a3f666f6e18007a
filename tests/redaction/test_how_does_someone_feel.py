"""'how does X feel about it' asks after a person."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Therapist: how does xee feel about the casino?", "xee"),
        ("Therapist: how did anouk take the news?", "anouk"),
        ("Therapist: how would thandiwe react if you told her?", "thandiwe"),
    ],
)
def test_person_asked_after_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert name in found_names(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: how does that feel?",
        "Therapist: how do you feel about it?",
        "Therapist: how does everyone feel?",
        "Therapist: how did people react?",
        "Therapist: how did work take it?",
    ],
)
def test_pronoun_or_thing_asked_after_is_no_name(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
