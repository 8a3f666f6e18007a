"""A branch of care or a service said before a facility's head is a kind of place, not its
name ("the perinatal clinic", "the counselling centre"); a name before the branch stays a
place ("the westbrook fertility clinic")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "text",
    [
        "this is the follow-up from the perinatal clinic about your scan",
        "welcome back to the counselling centre, how was the week",
        "your doctor at the occupational health clinic sent the forms",
        "the caseworker from the resettlement agency called me",
        "i went to the campus health center on monday",
    ],
)
def test_branch_of_care_before_a_head_is_no_place(redactor: Redactor, text: str) -> None:
    assert [s for s in redactor.redact(text).spans if s.label == "LOCATION"] == []


@pytest.mark.parametrize(
    "marked",
    [
        "i see a nurse at the [[westbrook fertility clinic]] every month",
        "she works at [[kessler orthopedic clinic]] downtown",
    ],
)
def test_named_clinic_of_a_branch_stays_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
