"""A chain said with the town or lot it is in is one located place."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "she was at the [[target in tustin]] when it happened.",
        "the car got towed from [[walmart's lot on kearny avenue]] last night.",
    ],
)
def test_chain_in_its_town_is_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


def test_chain_in_a_year_is_no_place(redactor: Redactor) -> None:
    text = "I bought it at Walmart in 2019."
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
