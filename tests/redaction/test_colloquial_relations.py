"""Friends and partners as speech says them ("my girl", "my homie") introduce a name."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my girl [[destiny]] keeps me on track",
        "my homie [[dre]] came by last night",
    ],
)
def test_colloquial_relation_introduces_a_name(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "my girl is five and loves school",
        "my boy was sick all week",
    ],
)
def test_colloquial_relation_alone_is_no_name(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
