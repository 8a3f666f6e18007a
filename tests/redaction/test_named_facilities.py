"""A named facility ends in "facility" as it ends in "center": "the el paso county detention
facility", "she's at the hillcrest facility now". A facility of no name stays out ("a facility
in raymondville", "the new treatment facility").
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my daughter [[marisela]] is in the [[el paso county detention facility]] now.",
        "she's at the [[hillcrest facility]] now.",
        "half the officers at [[Utah State Correctional Facility]] joined.",
    ],
)
def test_named_facility_is_found_whole(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("he's in a facility in raymondville now.", ["raymondville"]),
        ("she's at the new treatment facility near the lake.", []),
        ("The facility keeps faxing forms to my office.", []),
    ],
)
def test_unnamed_facility_is_no_place(redactor: Redactor, text: str, places: list[str]) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == places
