"""Lowercase name shapes: an apostrophe surname after an honorific, a hyphenated given name,
a short name after a kin title; and the everyday words next to them that stay."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _redacted_words(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mr. o'connell yelled at me", "o'connell"),
        ("i saw dr. d'angelo about it", "d'angelo"),
        ("jun-ho moved out in the spring", "jun-ho"),
        ("then jun-ho moved out in the spring", "jun-ho"),
        ("grandma bea raised me", "bea"),
        ("my aunt flo raised me", "flo"),
        ("i owe tavish four hundred dollars", "tavish"),
        ("me and jess got into it again", "jess"),
        ("it's between me and paisley now", "paisley"),
    ],
)
def test_lowercase_name_shapes_are_redacted(redactor: Redactor, text: str, name: str) -> None:
    assert _redacted_words(redactor, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "coach didn't show up",
        "my sister twice asked",
        "my aunt sort of raised me",
        "my mom pretty much raised me",
        "my grandma basically raised me",
        "my mom worked nights",
        "i owe rent again",
        "i owe money to everyone",
        "i owed the irs a lot",
        "me and bae went to the beach",
        "hubby and i are fighting",
        "me and gramps went fishing",
        "talked to bestie about it",
    ],
)
def test_words_after_a_relation_before_a_past_verb_stay(redactor: Redactor, text: str) -> None:
    assert _redacted_words(redactor, text) == []
