"""The listener named between a greeting and a question, even by an everyday word no list
has as a name: "hey colt how's it going", "hi wren what's new". What anybody is called ("hey
man", "morning sunshine"), a verb that takes the question ("hey guess what") and a word that
opens the turn ("hi again how") are no names. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unmark


@pytest.mark.parametrize(
    "marked",
    [
        "therapist: hey [[flint]] how's it going in the cedar unit this week\nclient: fine",
        "therapist: morning [[sparrow]] how was the weekend\nclient: long",
        "therapist: hey [[birch]] how was school\nclient: fine",
        "therapist: hello [[gale]] what's going on\nclient: eh",
    ],
)
def test_greeted_listener_before_a_question(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert found_names(redactor, text) == [name.lower() for name in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: hey guess what happened at group\nClient: what",
        "Therapist: morning sunshine how'd you sleep\nClient: badly",
        "Therapist: hi again how was the drive\nClient: fine",
        "Therapist: hey man how's it going\nClient: okay",
        "Therapist: hello hello how are you\nClient: good",
    ],
)
def test_no_listener_named(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
