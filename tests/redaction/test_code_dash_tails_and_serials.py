"""A code's part said after "dash", and a device serial of letters with few digits."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    ("marked", "label"),
    [
        ("the account at the credit union is [[four four one nine oh dash three]].", "ACCOUNT"),
        ("my case is [[2231 dash a]] at the county.", "ID"),
        ("the serial on my hearing aid is [[RXQ4TB]] and it keeps cutting out.", "DEVICE"),
    ],
)
def test_code_is_found_whole(redactor: Redactor, marked: str, label: str) -> None:
    text, expected = unmark(marked)
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [(expected[0], label)]


@pytest.mark.parametrize(
    "text",
    [
        "the serial killer documentary kept me up, the one with 12 episodes.",
        "the serial number on the pump is on the back, it says model x2 on it.",
    ],
)
def test_no_code_without_a_code(redactor: Redactor, text: str) -> None:
    assert [s.label for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    ("marked"),
    [
        "The rig is unit [[4417]] with Cardenas Freight.",
        "he drove the van, unit [[88]], every night.",
    ],
)
def test_fleet_unit_number_is_a_vehicle(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "VEHICLE"]
    assert found == expected


def test_bus_route_is_no_vehicle(redactor: Redactor) -> None:
    text = "the bus number 42 was late again."
    assert [s.label for s in redactor.redact(text).spans] == []
