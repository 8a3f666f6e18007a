"""Someone who serves the person at a place, or their file there, names the place after "at"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "yes. the vice principal at [[lakota east]] called me",
        "my records at [[lifeskills]] are under my old name",
    ],
)
def test_service_slot_names_the_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "my lawyer at court said to wait",
        "the counselor at school called me in",
        "my records at home are a mess",
    ],
)
def test_service_slot_before_everyday_words(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
