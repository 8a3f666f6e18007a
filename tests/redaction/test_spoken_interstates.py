"""Interstates said without a hyphen: "on i six seventy five", "took i ninety five"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "the car got broken into at the park and ride on [[i six seventy five]].",
        "we took [[i ninety five]] down to [[richmond]].",
        "there was a wreck on [[i 80]] so i was late.",
    ],
)
def test_places_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


def test_an_interstate_is_a_place_not_a_code(redactor: Redactor) -> None:
    # Moved from test_lettered_codes' look-alikes: "i 35" is no code, and it is a road.
    text = "Client: the truck went to texas on i 35."
    spans = redactor.redact(text).spans
    assert [(text[s.start : s.end], s.label) for s in spans] == [("i 35", "LOCATION")]


@pytest.mark.parametrize(
    "text",
    [
        "honestly i 100 percent agree with her.",
        "and then i 2 years later went back.",
        "i mailed the i ninety in july, but they sent it back.",
        "my lawyer said to file the i 130 form first.",
        "she got on i 485 paperwork, not the road.",
    ],
)
def test_no_place(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []
