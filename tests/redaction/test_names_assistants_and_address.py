"""A voice assistant, a form of address and a child named in an answer about "the kids".

"alexa" is a device unless the sentence speaks of a person; "man", "babe" said to someone name
nobody; "rory is fine" answers "how are the kids?" with a name.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "text",
    [
        "Client: i yelled at alexa.",
        "Client: i yelled at alexa to turn off the lights.",
        "Client: i was arguing with alexa about the weather.",
        "Client: i asked siri to call my mom.",
        "Client: look man, i'm tired.",
        "Client: okay babe, you know i love you.",
        "Client: listen dude, i can't.",
    ],
)
def test_no_person_named(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Client: [[alexa]] said she'd pick me up.",
        "Client: i texted [[alexa]] last night.",
        "Client: me and [[alexa]] went to the mall.",
        "Client: my friend [[alexa]] is moving.",
        "Client: [[alexa]]'s mom called me.",
        "Client: listen [[jess]], i need you to hear me.",
        "Therapist: how are the kids adjusting?\nClient: [[rory]] is fine.",
    ],
)
def test_person_named(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []
