"""Given names that are everyday words, in slots only a person fills.

Four of the five positive lines were missed at c46d235 (the start of this work); the
negatives are the same words as things or feelings.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]


@pytest.mark.parametrize(
    "marked",
    [
        "it was [[grace]]'s idea.",
        "did [[rose]] ever apologize?",
        "[[River]], my coworker, covered for me.",
        "the nurse, [[sky]], was really kind.",
        "[[joy]] called me the other day",
    ],
)
def test_a_word_name_in_a_person_slot(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _names(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "it was god's plan",
        "hope keeps me going most days",
        "faith keeps me going",
        "art keeps me sane, painting every night",
        "summer's almost over",
        "honey called me at midnight",
    ],
)
def test_the_same_words_as_things_stay_text(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


def test_a_name_after_a_relation_that_no_modal_could_be(redactor: Redactor) -> None:
    # "will" before "doesn't" is no modal; found once, it is found again ("with will?").
    text = "my husband will doesn't know. do you feel safe with will?"
    assert _names(redactor, text) == ["will", "will"]
    assert _names(redactor, "my husband will be home at six") == []
