"""A workplace or facility said with the town it stands in is one place: "the amazon warehouse
in kenosha" (tenor_desktop.redaction.place_pairs)."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "I still pull doubles at [[the Amazon warehouse in Kenosha]] and I'm wiped out.",
        "so how's the new job at [[the tesla plant in sparks]] going",
        "my mom wants her records from [[the cub foods in frogtown]] before friday",
        "my doctor at [[baystate in springfield]] wants me back next week",
        "court is at [[the hudson county courthouse in jersey city]] in march",
        "she works at [[the Walmart distribution center in Bentonville]] now.",
    ],
)
def test_a_site_and_its_town_are_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("we moved to my grandma's in fairview last spring", "fairview"),
        ("i was at a party in boston on friday", "boston"),
    ],
)
def test_a_kind_of_place_before_a_town_stays_out(redactor: Redactor, text: str, town: str) -> None:
    assert _places(redactor, text) == [town]
