"""Works of industry end a workplace's name ("hollis tannery"), not a kind ("the oil refinery")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "yeah since like march when i got laid off from [[hollis tannery]]",
        "he put in twenty years at [[bayside foundry]] before his back went",
    ],
)
def test_industrial_workplace_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i worked at the oil refinery for years",
        "my dad worked at the steel foundry",
        "i worked at the paper mill for years",
    ],
)
def test_kind_of_works_is_no_place(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
