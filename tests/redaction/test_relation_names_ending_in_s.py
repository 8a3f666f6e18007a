"""A name ending in "s" after a relation is a name unless its stem is an everyday word."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my husband [[taras]] is still over there, he cannot leave",
    ],
)
def test_name_ending_in_s_after_relation(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "my mom smokes cigarettes on the porch",
        "my husband works nights and sleeps all day",
    ],
)
def test_verb_after_relation_is_no_name(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
