"""A chain found as a place (a workplace: "a pharmacist at the CVS") and the town said after it
with "in" are one place, as a chain not found by itself already is ("the target in tustin");
so is a venue found as a place and its town (place_pairs: "the Hampton Inn in Framingham")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my stepdad is a pharmacist at the [[CVS in Mesa]], if that matters",
        "she works nights at the [[walmart in yuma]] now",
        "we meet at [[the Hampton Inn in Framingham]] on her breaks",
    ],
)
def test_found_chain_and_its_town_are_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
