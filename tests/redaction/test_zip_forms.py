"""ZIP codes from a probe of forms written for stop 16: read out a digit or a few at a time
after the cue, after "zip's", and said as where someone lives ("i live in 60629", "the 60629
area"). Look-alikes stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: the zip code is [[9 2 6 8 3]].",
        "Client: zip code [[nine two six, eight three]].",
        "Client: our zip's [[oh two one three nine]].",
        "Client: i live in [[60629]].",
        "Client: we're in the [[60629]] area.",
    ],
)
def test_zip_forms_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client: the zip on my jacket broke.",
        "Client: zip it up, 5 4 3 2 1 go.",
        "Client: we moved to 12000 square feet? no.",
        "Client: the 10000 steps challenge.",
        "Client: i paid 10000 dollars to live in 2 rooms.",
    ],
)
def test_zip_lookalikes_stay_text(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []
