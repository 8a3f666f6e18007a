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
