"""Street corners said as two streets are one place, as dev marks them.

Every positive line but the last was missed at c46d235 (the start of this work); the negatives pair
drugs, apps, days, benefits, grades and family after the same prepositions.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _locations(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "my aunt lives off [[cesar chavez and soto]], so i see her sundays.",
        "she's on [[thirtieth and upas]], right above the taco shop.",
        "i went down to [[kensington and allegheny]] and bought two bags",
        "we're on [[northeast second avenue and fifty fourth street]], above the bakery",
        "He's working at a car wash on [[Speedway and Alvernon]]. He acts fine.",
        "she lives on [[tenth and main]]",
    ],
)
def test_a_corner_is_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i'm on zoloft and lithium now",
        "I'm on Lexapro and Wellbutrin.",
        "she was in second and third grade there",
        "we met on monday and tuesday",
        "i'm on facebook and instagram all day",
        "i'm on medicaid and food stamps",
        "he's off probation and parole now",
        "we live near mom and dad",
        "i went down to the river and back",
    ],
)
def test_pairs_that_are_no_corner_stay_text(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "client: we met at the thai place on [[burnet road]] and talked for hours.",
        "client: i was at the shop on [[burnet road]] and went to bed after.",
        "client: she lives off [[linden avenue]] and stayed there since may.",
    ],
)
def test_a_verb_after_and_ends_the_street(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected
