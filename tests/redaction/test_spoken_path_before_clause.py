"""A web path said as words runs up to the word that opens the rest of the sentence: "dot com
slash help the murrays my number is ...", "dot gov slash change payment address and it logs me
out". After a spelled letter, or at a verb, the path stops where it stopped before."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _urls(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "URL"]


@pytest.mark.parametrize(
    "marked",
    [
        "there is a [[gofundme dot com slash help tanner heal]] my cell is on it",
        "i go to [[ssa dot gov slash change payment address]] and it times out",
        "she posted it on [[imgur dot com slash quiet fox]] with my name",
    ],
)
def test_path_words_up_to_the_clause(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _urls(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "the link was [[pastebin dot com slash a seven k]] before they took it down",
        "the page [[kstate dot edu slash report]] looking for help",
    ],
)
def test_path_stops_after_a_letter_or_at_a_verb(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _urls(redactor, text) == expected
