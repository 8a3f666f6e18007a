"""A road named by the traffic, tickets and stops on it, said without its suffix."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "he fell again and the traffic on [[peachtree]] was murder",
        "he got a speeding ticket on the [[merritt]] last week",
        "traffic on [[the sixty]] was killing me but it's fine",
    ],
)
def test_road_named_by_its_traffic(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "the traffic on the way home was bad",
        "i got stuck on this problem all night",
        "he got a ticket on his car for parking",
        "there was an accident on the news last night",
        "i got stopped on purpose by the cop",
    ],
)
def test_traffic_on_everyday_words_is_no_road(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    "marked",
    [
        "they stopped the car on the [[grand concourse]] last night",
        "we took the [[taconic parkway]] up to see her",
    ],
)
def test_road_said_with_the_and_its_kind(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i drove on the new highway",
        "we got off the main highway",
        "i was up the wrong freeway",
    ],
)
def test_kind_of_road_with_the_is_no_place(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
