"""Listed names that no everyday word spells are names in any position; look-alikes stay."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, Redactor
from tenor_desktop.redaction.name_words import is_name_like
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "Client: honestly the whole thing with [[ximena]] wore me out.",
        "Client: it was always about [[thaddeus]], never about me.",
        "Client: the kids were fine, [[lorenzo]] too.",
    ],
)
def test_listed_name_without_a_slot_is_a_name(redactor: Redactor, marked: str) -> None:
    text, names = unmark(marked)
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, "NAME")


@pytest.mark.parametrize(
    "text",
    [
        "Client: santa brought him a bike this year.",
        "Client: we went to walmart and then home.",
        "Client: i keep my meds in a bag by the bed.",
    ],
)
def test_everyday_and_common_proper_words_stay(redactor: Redactor, text: str) -> None:
    assert [s.label for s in redactor.redact(text).spans if s.label == "NAME"] == []


def test_name_like_needs_a_word_that_is_nothing_else(models: RedactionModels) -> None:
    lex = models.lexicons
    assert is_name_like("ximena", lex)
    assert is_name_like("ernie", lex)  # capital-only in SCOWL, in no name list
    assert not is_name_like("beer", lex)  # a broad-list name that is an everyday word
    assert not is_name_like("santa", lex)  # a proper word everyone says
    assert not is_name_like("will", lex)  # an ambiguous name
