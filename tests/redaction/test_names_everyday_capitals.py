"""Capitalised words that name no one: virtues and times of day opening a sentence about
themselves, star signs, exercise classes and apps, spirits and novels named after people."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "text",
    [
        "Client: Faith has carried me through.",
        "Client: Hope is a dangerous thing for me.",
        "Client: Dawn is when the anxiety hits.",
        "Client: Dawn is the worst time for me.",
        "Client: I've been doing Pilates and it helps.",
        "Client: she's a Scorpio, so that explains it.",
        "Client: Jack Daniels was my drink of choice.",
        "Client: i'm reading jane eyre.",
        "Client: I'm such a Debbie Downer.",
        "Client: It was a Hail Mary.",
        "Client: My Higher Power is what keeps me going.",
        "Client: I'm doing Dry January.",
        "Client: i had a karen moment at costco.",
        "Client: murphy's law, right?",
    ],
)
def test_no_person_named(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Client: [[Hope]] is my best friend.",
        "Client: [[Dawn]] called me last night.",
        "Client: [[Faith]] has been texting me.",
        "Client: my friend [[karen]] called.",
        "Client: uncle [[sam]] called me.",
    ],
)
def test_person_named(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []
