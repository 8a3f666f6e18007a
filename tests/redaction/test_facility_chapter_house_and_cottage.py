"""A chapter house or a cottage after a name is a place: "by the becenti chapter house" (a
Navajo chapter's meeting house), "the phone in magnolia cottage" (a residential program's
cottage). A cottage of a kind ("a summer cottage", "the guest cottage") is no name. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "client: my uncle lives out by the [[tselani chapter house]] with his sheep",
        "client: i vote at the [[nazlini chapter house]] every time",
        "therapist: lights out is at nine in [[wexford cottage]] okay",
        "client: they moved me to [[hawthorne cottage]] after the fight",
    ],
)
def test_named_chapter_house_or_cottage(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "client: we rented a cottage by the lake for a week",
        "client: we stayed in the guest cottage behind the house",
        "client: the summer cottage was the only place i felt safe",
        "client: i read one chapter in the house and fell asleep",
    ],
)
def test_cottage_of_a_kind_is_no_place(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []
