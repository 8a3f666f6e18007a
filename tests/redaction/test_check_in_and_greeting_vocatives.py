"""The listener named after a check on the line or on them ("can you hear me okay juniper",
"how are you doing wade") or between a greeting and what is said to them ("hi hazel you look
rested"), even when the name is an everyday word. Questions that go on, and verbs after a
greeting, are no names."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unmark


@pytest.mark.parametrize(
    "marked",
    [
        "Therapist: can you hear me okay [[juniper]]\nClient: yes, loud and clear",
        "Therapist: alright we're on, how are you doing [[wade]]\nClient: tired mostly",
        "Therapist: can you hear me [[rocky]] you're breaking up a bit\nClient: better now?",
        "Therapist: hi [[hazel]] you look rested today\nClient: I slept for once",
        "Therapist: hey [[dale]] good to see you again\nClient: you too",
    ],
)
def test_the_checked_or_greeted_listener_is_named(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert found_names(redactor, text) == [name.lower() for name in expected]


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: how have you been since we last spoke?\nClient: up and down",
        "Therapist: how are you doing today\nClient: okay I guess",
        "Therapist: hey will you be around next week\nClient: I think so",
        "Therapist: can you hear me now?\nClient: yes",
    ],
)
def test_questions_that_go_on_name_no_one(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
