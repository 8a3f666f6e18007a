"""An everyday word after a relation is a name when a verb of what a person does follows it."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my roommate [[rain]] makes me walk with her in the mornings",
        "my coworker [[hope]] saw me crying in the break room",
    ],
)
def test_word_after_relation_before_a_person_verb(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "my roommate really makes me mad sometimes",
        "my mom always knows when something is wrong",
    ],
)
def test_adverb_after_relation_is_no_name(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
