"""A facility named for a place or a saint: "Hospice of the Valley", "St. Joan of Arc"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "She passed on a Sunday at [[Hospice of the Valley]] with us there.",
        "Doug goes to his grief group at [[St. Joan of Arc]] on Tuesdays.",
        "The loan is with [[Trust of Sac County]] now.",
    ],
)
def test_facility_of_place_is_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
