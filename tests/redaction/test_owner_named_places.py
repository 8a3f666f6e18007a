"""A place named by its owner's name alone after a place preposition ("a guy at Shorty's in
September") is one LOCATION with its "'s" (tenor_desktop.redaction.owner_named_places).
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: I got into a fight with a bouncer at [[Dempsey's]] in March.",
        "Client: I sat in the parking lot at [[Donnelly's]] for an hour.",
        "Client: she buys her scratch tickets at the [[Odell's]] every morning.",
        "Client: he was really at [[marchetti's]] when he said he was working",
    ],
)
def test_a_place_named_by_its_owner_is_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client: I went to Tremaine's graduation party.", "Tremaine"),
        ("Client: she was at Jolene's birthday thing.", "Jolene"),
    ],
)
def test_an_owner_before_a_noun_stays_a_person(redactor: Redactor, text: str, name: str) -> None:
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [(name, "NAME")]


def test_a_relation_s_home_is_no_place(redactor: Redactor) -> None:
    assert _places(redactor, "Client: I was at grandma's on sunday.") == []
