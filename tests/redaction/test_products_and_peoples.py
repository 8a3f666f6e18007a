"""Capitalised drinks, vehicles, nationalities and numbered titles are no names."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("I drank a fifth of Smirnoff and then called Marcus.", "Smirnoff"),
        ("My friend Tavish has a white Camry now.", "Camry"),
        ("We watched Korean dramas with Ji-ho all weekend.", "Korean"),
        ("She filed a Title IX complaint against Professor Hadley.", "Title"),
        ("He wants me on Schedule II meds, Dr. Okafor said.", "Schedule"),
        ("I ordered a Fresca and Brennagh got the fries.", "Fresca"),
        ("He drove a silver Kenworth for Desmond's company.", "Kenworth"),
    ],
)
def test_product_or_people_word_is_not_redacted(redactor: Redactor, text: str, word: str) -> None:
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert not any(word in surface for surface in found)
    assert found  # the person in the sentence is still found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("There was an Oksana in my group who reminded me of my sister.", "Oksana"),
        ("a Delgado from the shelter called me.", "Delgado"),
    ],
)
def test_listed_name_after_an_article_stays_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    "text",
    [
        "The truck is a white Kenworth, VIN 1XKWD49X5NJ318822, and Dario drives it.",
        "The EMT said my pressure was fine and Dario drove me home.",
    ],
)
def test_acronym_is_no_name(redactor: Redactor, text: str) -> None:
    names = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert names == ["Dario"]
