"""Lettered streets: "k street", "on j street", "1200 g street"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "my sister moved to an apartment on [[q street]] last spring.",
        "I had an interview on [[K Street]] downtown.",
        "the bus drops me off [[c avenue]] and i walk.",
        "my office is at [[1200 g street, suite 4]].",
    ],
)
def test_lettered_streets_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "it's on a street near the park somewhere.",
        "i grew up on i street, no, i mean on the street.",
        "we were out on the street all night.",
        "i stayed on a avenue? no, a road.",
    ],
)
def test_articles_and_pronouns_before_a_suffix_are_no_street(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []
