"""A prison named by everyday words after time served ("did two years at white deer")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "he did two years at [[white deer]] for the robbery.",
        "i did eighteen months at [[green ridge]] for possession.",
    ],
)
def test_prison_of_everyday_words_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i did a year in the county jail for it.",
        "he served three years in state prison.",
        "i did ninety days at the farm upstate.",
        "he did two years in the army.",
        "she did a year at my old house after the divorce.",
    ],
)
def test_kind_of_custody_is_no_place(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
