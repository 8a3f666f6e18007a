"""A drug's street name that is also a given name ("tina", "molly", "addy") is no person when it
is said as the drug; a person of that name keeps being redacted."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.drug_slang_names import drug_slang_ranges


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]


@pytest.mark.parametrize(
    "text",
    [
        "Client: friday somebody had tina and i ended up partying with it.\n"
        "Therapist: what does the tina do for you when you use it",
        "Client: tina twice and poppers every time\nTherapist: is the tina new",
        "Client: someone had molly and i took half a cap and then drank a beer",
        "Client: Kind of the same as when I take a couple of my brother's Addy before a shift.",
        "Client: we were on tina and hooking up all weekend, party and play.",
        "Client: i was doing mandy at the rave and got way too high.",
    ],
)
def test_street_names_said_as_the_drug_are_no_names(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client: my sister tina had a party and she was high the whole time.", "tina"),
        ("Client: i had tina over for dinner and we talked about my mom.", "tina"),
        ("Client: molly called me crying last night.", "molly"),
        ("Client: my friend lucy drove me home after the party.", "lucy"),
    ],
)
def test_a_person_of_that_name_is_still_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert name in _names(redactor, text)


@pytest.mark.parametrize("slang", ["tina", "molly", "mandy", "lucy", "christina"])
@pytest.mark.parametrize(
    "frame",
    [
        "{0} picked me up after school.",
        "i told {0} about the appointment.",
        "my cousin {0} is staying with us.",
        "{0} and i went to the mall on saturday.",
    ],
)
def test_without_a_drug_said_the_word_is_left_to_the_name_rules(slang: str, frame: str) -> None:
    assert drug_slang_ranges(frame.format(slang)) == []


def test_a_person_slot_keeps_a_name_even_when_the_drug_is_said_too() -> None:
    low = "we were on tina and partying all weekend. my friend tina says i should stop."
    ranges = drug_slang_ranges(low)
    assert ranges == [(11, 15)]
