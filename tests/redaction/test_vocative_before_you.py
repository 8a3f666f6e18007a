"""A listed given name that is also an everyday word opens a turn with a comma and then speaks
to the listener: "june, can you say more", "okay grant, you said". Words that are no given name
("right, you said") and words one calls anyone by ("buddy, you ...") stay unmarked. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Therapist: june, can you say more about that", "june"),
        ("Therapist: okay grant, you mentioned the move last time", "grant"),
        ("Therapist: Will, you said the new job was hard.", "will"),
        ("Client: yeah\nTherapist: hope, how are you holding up with your dad gone", "hope"),
    ],
)
def test_everyday_word_names_addressed(redactor: Redactor, text: str, name: str) -> None:
    assert name in found_names(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: right, you said it was hard",
        "Therapist: sure, you can bring it next time",
        "Client: buddy, you have no idea",
        "Therapist: i hope you slept",
    ],
)
def test_no_name_without_address(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
