"""A named facility after "of" ("the parking lot of mercy medical center") is a place."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i had a panic attack in the parking lot of [[mercy medical center]].",
        "the meeting is in the basement of [[grace lutheran church]].",
        "she's a nurse on the third floor of [[holloway memorial hospital]].",
    ],
)
def test_named_facility_after_of_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "i sat in the parking lot of the hospital for an hour.",
        "that's the kind of urgent care place i hate.",
        "i have memories of my old high school that still hurt.",
    ],
)
def test_generic_facility_after_of_is_not_a_place(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans
