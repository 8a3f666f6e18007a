"""Numbers of an address said on their own or corrected as they are read out: a lot in a
trailer park, a mile marker, a unit said in words, a false start before a street address or a
corrected unit after one; and corners said after "corner," or after a place and "by". Probes
written for stop 28 (the phrasings of training31 and training27); sentences invented here.
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
        "we've got a trailer out there, [[lot twenty two c]], since the spring",
        "it's like [[lot six]] at the back by the creek",
        "the wreck was right by [[mile marker one twelve]] and nobody stopped",
        "the landlord keeps coming by the apartment, [[unit four oh two]], every night",
        "we just moved and it's [[unit five sixteen]] now",
    ],
)
def test_lot_marker_and_unit_said_alone_are_places(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "false_start"),
    [
        ("my address is um thirty one no three thirteen poplar lane", "thirty one"),
        ("we're at um forty four no four forty maple drive now", "forty four"),
        ("I'm at 22 Hollis Road, unit 3, no, 3C, since March.", "3C"),
    ],
)
def test_a_corrected_address_number_is_a_place(
    redactor: Redactor, text: str, false_start: str
) -> None:
    # The false start may be its own span or read into the address after it.
    assert any(false_start in place for place in _locations(redactor, text))


@pytest.mark.parametrize(
    "marked",
    [
        "he still sells on the same corner, [[41st and Maple]]. I drive around it.",
        "i used to buy at the gas station by [[central and las lomas]] every day",
        "I waited at the bus stop by [[Ina and Thornydale]] for an hour.",
    ],
)
def test_a_corner_after_corner_or_a_place_and_by(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we're on unit three of the workbook now",
        "the test on unit 4 is friday",
        "the parking lot two blocks over was full",
        "i drank a lot nine days straight",
        "I counted 52, no, 53 pills in the bottle",
        "I was raised by Ina and Oscar, my grandparents.",
        "it's on the 2nd floor, for the 4th time this week",
    ],
)
def test_counts_and_other_senses_stay_text(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []
