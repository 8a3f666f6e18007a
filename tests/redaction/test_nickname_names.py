"""Nicknames people go by are names in lowercase speech too; words that only look like one
(a vodka, a meal) stay text."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("client: my cousin beto drove me home after", "beto"),
        ("client: i told kasia about the fight", "kasia"),
        ("client: honestly paco never calls back", "paco"),
        ("client: the nurse, lupita, stayed with me", "lupita"),
        ("client: bubba keeps texting me at night", "bubba"),
    ],
)
def test_a_nickname_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert (name, "NAME") in _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "client: then i drank most of a bottle of tito's in the car",
        "client: we had chicken and a pita for lunch",
        "client: he wore a poncho in the rain",
    ],
)
def test_look_alikes_stay_text(redactor: Redactor, text: str) -> None:
    assert _found(redactor, text) == []
