"""Names in the therapist's questions and reflections, and everyday nouns in the same slots."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "Therapist: does [[caedmon]] know how you feel?",
        "Therapist: is [[bertrand]] still living with you?",
        "Therapist: what's [[thaddeus]] like when he's been drinking?",
        "Therapist: did [[anselm]] apologize?",
        "Therapist: tell me more about [[lazarus]].",
        "Therapist: were you and [[lorcan]] close growing up?",
    ],
)
def test_question_subject_is_a_name(redactor: Redactor, marked: str) -> None:
    text, names = unmark(marked)
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, "NAME")


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: what's bedtime like at your house?",
        "Therapist: you mentioned sobriety last week.",
        "Therapist: tell me more about relapse.",
        "Therapist: did exercise help at all this week?",
        "Therapist: is zoloft still working?",
        "Therapist: did easter go okay?",
        "Therapist: you said friday was the worst.",
        "Therapist: does spanish come easier now?",
    ],
)
def test_everyday_nouns_in_question_slots_stay(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
