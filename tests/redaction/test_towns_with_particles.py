"""A town's name goes on after a particle: "port au prince", "santiago de los caballeros"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i grew up in [[santiago de los caballeros]] with my aunt.",
        "she's back in [[port au prince]] with her mom.",
        "we honeymooned near [[canyon de chelly]].",
    ],
)
def test_town_with_particle_is_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we moved to denver do you remember that?", "denver"),
        ("he lives in denver da whole year now.", "denver"),
    ],
)
def test_english_after_a_town_stays_out(redactor: Redactor, text: str, place: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == [place]
