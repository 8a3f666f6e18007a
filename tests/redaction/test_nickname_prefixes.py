"""A size word said as part of a nickname ("big mike", "Lil Terrell") is part of the name."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my sponsor is this guy everybody calls [[big mike]] from the meeting",
        "good [[big mike]] is cool he runs the thursday meeting",
        "He did. [[Lil Terrell]] calls every other week.",
    ],
)
def test_nickname_keeps_its_size_word(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "he is a big mike fan",
        "my little jack is sick",
    ],
)
def test_size_word_after_a_determiner_is_no_name(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


def test_little_is_an_endearment_not_the_name(redactor: Redactor) -> None:
    text, expected = unmark("then little [[mike]] came home early and cried")
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert found == expected
