"""A kind of court ("immigration court", "criminal court") is no street named "... Court"; a
name before "court" still makes one ("ashgrove court")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "the lawyer says the case goes to immigration court after the interview",
        "he has a date in criminal court next month",
        "the hearing is at the immigration court on [[Dalton Plaza]] in the morning",
        "we moved into a townhouse on [[ashgrove court]] last year",
    ],
)
def test_kind_of_court_is_no_street(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
