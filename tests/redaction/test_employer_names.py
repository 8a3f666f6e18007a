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


@pytest.mark.parametrize(
    "marked",
    [
        "i got laid off from [[alpha metallurgical]] and now i'm stocking shelves",
        "this guy from my old job at [[spirit aerosystems]] started filming me",
        "my wife wants me to apply at [[principal financial]] downtown.",
        "he works for [[brennan logistics]] in the warehouse",
    ],
)
def test_an_unlisted_company_is_found_by_its_shape(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "text",
    [
        "i work for the gas company",
        "she got a job at an insurance company",
        "i quit my job at the phone company last year",
        "i work for a trucking company out of town",
        "i applied at four places this week",
        "i'm applying to nursing programs",
    ],
)
def test_a_kind_of_business_is_no_company_name(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans


@pytest.mark.parametrize(
    "marked",
    [
        "I still work nights at the [[Amazon]] warehouse, and my cousin drives me.",
        "now i'm stocking at the [[big lots]] most days",
        "i work part time at [[starbucks]] now",
    ],
)
def test_a_workplace_after_when_or_how_one_works_there(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


def test_a_workplace_after_doubles_and_a_company_by_its_kind_word(redactor: Redactor) -> None:
    text = "I'm doing doubles at the Amazon warehouse these days."
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == ["Amazon"]
    text = "so i t at brightwater analytics flagged my account."
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == ["brightwater analytics"]
