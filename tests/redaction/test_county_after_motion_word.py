"""A word of motion before "county" names no county: "the truck down County Road M54".

"truck down" was read as a county's name ("truck down County" a false place).
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.town_parts import find_town_parts


@pytest.mark.parametrize(
    "text",
    [
        "driving the grain truck down county road m54, thinking about it.",
        "we drove the van up county route nine to see her.",
        "he walked along county line road every night.",
    ],
)
def test_motion_word_is_no_county_name(text: str) -> None:
    assert all(
        "county" not in text[s:e] or text[s:e].startswith("county r")
        for s, e, _, _ in find_town_parts(text)
    )


@pytest.mark.parametrize(
    ("text", "county"),
    [
        ("she's at cook county jail now.", "cook county"),
        ("we moved down to wayne county last year.", "wayne county"),
    ],
)
def test_named_county_is_still_a_place(text: str, county: str) -> None:
    assert [text[s:e] for s, e, _, _ in find_town_parts(text)] == [county]


def test_county_road_is_found(redactor: Redactor) -> None:
    text = "Just, driving the grain truck down County Road M54, thinking how easy it'd be."
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == ["County Road M54"]


@pytest.mark.parametrize(
    ("text", "road"),
    [
        ("we live off county route 9 past the grain elevator.", "county route 9"),
        ("the crash was on county hwy 12 near the bridge.", "county hwy 12"),
    ],
)
def test_numbered_county_road(text: str, road: str) -> None:
    assert [text[s:e] for s, e, _, _ in find_town_parts(text)] == [road]
