"""A state or country is no identifier even when the finders put it together from parts
("New" + "Hampshire"); a town inside a state's name stays a place where it is the town."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "We've been in New Hampshire since 2014, all of us.",
        "my cousin moved to [[Hampshire]], Illinois last year",
    ],
)
def test_whole_state_is_no_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
