"""Places and dates said without the words the older rules wait for."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "we got a place near [[lake merritt]].",
        "the meeting is at the lutheran church on [[elm]].",
        "they admitted me to [[mercy general]].",
        "she works at [[st. jude's]].",
        "the zip there is [[nine four one one oh]].",
        "we went to a bar downtown called [[the rusty nail]].",
        "I was admitted on [[the twelfth of last month]].",
        "my dob is [[oh four, one two, ninety]].",
    ],
)
def test_places_and_dates_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "I was on my way to the store on my lunch break.",
        "we sat by the lake all afternoon.",
        "in general, I feel better.",
        "I went to a school called it quits.",
        "I met him at a meeting called smart recovery.",
        "my boss is the one on call this weekend.",
        "we went to the park on sunday.",
    ],
)
def test_everyday_talk_is_not_a_place(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I took the bus to worcester to see him.", ["worcester"]),
        ("we met in the parking lot of the safeway on 24th.", ["safeway on 24th"]),
        ("i grew up on maple street.", ["maple street"]),
        ("we went down to elm avenue after.", ["elm avenue"]),
        ("i was up at night again.", []),
        ("Client: sorry, prudence, I didn't mean it.", ["prudence"]),
        ("She didn't recognize me at first. It hurt.", []),
        ("I was on 3rd base.", []),
    ],
)
def test_travel_ordinal_streets_and_vocatives(
    redactor: Redactor, text: str, expected: list[str]
) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("she grew up in logan square.", ["logan square"]),
        ("it's over in the pearl district.", ["pearl district"]),
        ("I grew up in the financial district.", []),
        ("the kids played at the dog park.", []),
        ("we had a picnic in the old village.", []),
    ],
)
def test_neighbourhoods(redactor: Redactor, text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected
