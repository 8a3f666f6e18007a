"""An age over 89 said roughly ("she's ninety-something") or before "if" ("he's ninety-seven if
you can believe it") is still an identifying age; a score said so is not."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        "I visit the neighbour upstairs, a man who's [[ninety something]] and still sharp",
        "my grandma's [[ninety-odd]] now and lives alone",
        "he's [[ninety seven]] if you can believe it, and still drives",
    ],
)
def test_rough_and_continued_ages_over_89(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(redactor, text) == expected


def test_a_rough_temperature_is_no_age(redactor: Redactor) -> None:
    text = "it was ninety something degrees in the kitchen if you can believe it"
    assert _dates(redactor, text) == []
