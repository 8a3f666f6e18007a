"""A bare day of the month told by what happens on it: booked for it ("let's schedule you for
the 2nd.", "they pushed it to the 3rd."), released on it ("I got out the 2nd."), or the subject
of the next verb after "on the 21st" ("the crash on the twenty-first keeps coming back"). A
floor, a grade or a try counted the same way is no date. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        "Therapist: Okay. Let's schedule you for the [[2nd]].",
        "client: the hearing got rescheduled for [[the third]]. i'm so nervous",
        "Client: They pushed it to the [[3rd]], so I have another week.",
        "Client: I got out the [[2nd]]. Six months at county.",
        "Client: the pileup on [[the twenty-first]] keeps replaying in my head",
        "client: the fight on [[the ninth]] still makes me sick",
    ],
)
def test_day_told_by_event(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client: He moved up to the second. The kids are nicer there.",
        "Client: she works on the ninth graders reading scores with me",
        "Client: I passed on the third tries, whatever, it's done.",
        "Client: we got booked for the second round of interviews",
    ],
)
def test_counting_is_no_day(redactor: Redactor, text: str) -> None:
    assert _dates(redactor, text) == []
