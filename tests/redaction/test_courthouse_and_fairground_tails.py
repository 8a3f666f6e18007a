"""A found place takes in "courthouse", "municipal court" and "fairgrounds" said after it: the
county's courthouse or the town's court is one place ("tuscaloosa municipal court"); the
courthouse said alone, or before its town, leaves the town alone."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my court date is at [[tuscaloosa municipal court]] next week",
        "the hearing is at the [[Middlesex courthouse]] on monday",
        "we went to the [[marlow county fairgrounds]] for the rodeo",
    ],
)
def test_courthouse_or_fairgrounds_after_a_place_joins_it(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "marked",
    [
        "i went to the courthouse in [[decatur]] to pay the fine",
        "we walked around the fairgrounds all afternoon",
        "the municipal court sent another letter",
    ],
)
def test_courthouse_alone_stays_out(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
