"""A turn that opens by addressing someone without a comma names them."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Therapist: grace how was the trip?", "grace"),
        ("Therapist: hey imogen you look tired today.", "imogen"),
        ("Therapist: summer how are you holding up?", "summer"),
        ("Counselor: okay bartholomew what's been going on?", "bartholomew"),
    ],
)
def test_name_opening_a_turn_is_found(redactor: Redactor, text: str, name: str) -> None:
    assert name in found_names(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: will you tell me more about that?",
        "Therapist: hope you had a decent week.",
        "Therapist: may I ask about the pills?",
        "Therapist: mark what you noticed in your body.",
        "Client: crystal what a night that was.",
        "Therapist: hey man how was it?",
        "Client: mom how could you?",
        "Therapist: sunday how was the visit?",
        "Therapist: right how did that land?",
    ],
)
def test_word_opening_a_turn_is_no_name(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Therapist: wren how did the hearing go?\nClient: fine.\nTherapist: i'm glad, wren.",
            "wren",
        ),
        ("Therapist: birch how's the hip?\nClient: sore.\nTherapist: rest it, birch.", "birch"),
    ],
)
def test_everyday_word_addressed_twice_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert found_names(redactor, text) == [name, name]


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: lately how have you been sleeping?\nClient: badly, lately.",
        "Therapist: anyway how was court?\nClient: it was fine, anyway.",
        "Therapist: work how is it going?\nClient: it's fine, work.",
    ],
)
def test_adverb_at_both_ends_is_no_name(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
