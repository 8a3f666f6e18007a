"""A chain or brand named as a workplace is a LOCATION; the same name used as a brand is not."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i work at [[home depot]] now, nights mostly",
        "she got a job at [[target]] last month",
        "he works for [[boeing]] as a machinist",
        "i've been at [[amazon]] for three years, in the warehouse",
        "Client: i work at [[trader joe's]] now.",
        "my brother got laid off from [[fedex]] in the spring",
        "she's a cashier at [[walgreens]] and hates the hours",
    ],
)
def test_workplace_chain_or_brand_is_a_location(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    spans = redactor.redact(text).spans
    assert [(text[s.start : s.end], s.label) for s in spans] == [(e, "LOCATION") for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        "we shopped at target and then went home.",
        "i bought the charger on amazon.",
        "i watched netflix all weekend instead of working.",
        "we had dinner at denny's after church.",
        "i work at it every day, like the workbook says.",
        "my job at home is the dishes.",
    ],
)
def test_brands_outside_a_workplace_slot_are_left_alone(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
