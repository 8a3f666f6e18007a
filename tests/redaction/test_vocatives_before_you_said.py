"""A listed name that is also a word, opening a turn before "you said", is the listener's."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def test_everyday_name_before_you_said_is_a_vocative(redactor: Redactor) -> None:
    text, expected = unmark("Therapist: so [[rose]] you said you have been feeling numb")
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client: hope you said yes to her",
        "Client: so you said it would be fine",
    ],
)
def test_verb_before_you_said_is_no_name(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
