"""An account handle said after its word, spelled and then ending in words at the end of the
clause ("the account is at h c m s tea spill"): the words belong to the handle. A word that only
closes the clause ("now", "again") and words before a clause goes on stay out. Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _ids(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "ID"]


@pytest.mark.parametrize(
    "marked",
    [
        "she said the account is [[at k l m gossip girls]]",
        "the page he runs, it's [[at b t w drama central]].",
        "his snap is [[at j k w]] now.",
    ],
)
def test_spelled_handles_with_word_tails(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _ids(redactor, text) == expected
