"""Firms and hospitals named by two capitalised names joined by "and"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _locations(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: He's a partner at [[Ropes and Gray]], everyone thinks he's perfect.",
        "Client: I had the D&C at [[Brigham and Women's]] on Monday.",
        "Client: She's been an associate with [[Skadden & Arps]] since spring.",
    ],
)
def test_two_names_joined_after_at_are_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client: We were at Mom and Dad's on Sunday.",
        "Client: I was at Christmas and Easter with them.",
        "Client: I was at Target and Walmart all day.",
    ],
)
def test_family_holidays_and_chains_joined_are_no_place(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []


def test_a_couple_s_home_is_left_to_the_name_rules(redactor: Redactor) -> None:
    text = "Client: We had dinner at Jake and Emily's last night."
    spans = redactor.redact(text).spans
    assert [(text[s.start : s.end], s.label) for s in spans] == [
        ("Jake", "NAME"),
        ("Emily", "NAME"),
    ]
