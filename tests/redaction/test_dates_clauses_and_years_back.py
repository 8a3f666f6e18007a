"""Dates said in a clause of their own: a day of the month before a conjunction ("a year on the
19th since we lost him"), a holiday after a habit said in an earlier clause ("my brother used
to help but he's been in county since labor day"), a holiday with a year counted back
("christmas eve, two years back") and an age over 89 said to the person ("i know you're ninety
one"). A quarter or grade ("in the fourth"), a habit and a score stay text. Sentences invented
for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        "it'll be two years on [[the 23rd]] since the accident",
        "they moved out on [[the 11th]] until the lease ends",
        "my sister used to visit but she's been gone since [[memorial day]]",
        "[[Thanksgiving]], three years ago. That was the first time he hit me.",
        "[[easter]], a couple of years back, i relapsed at my cousin's",
        "I know you're [[ninety two]], and that's a lot to carry",
    ],
)
def test_dates_in_a_clause_of_their_own(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we were down by six in the fourth. then we came back",
        "he scored twice in the third, it was wild",
        "every year, on christmas, he drinks himself stupid",
        "christmas is two years away for the kids, whatever",
        "you're 95 percent right about that",
    ],
)
def test_quarters_habits_and_scores_stay_text(redactor: Redactor, text: str) -> None:
    assert _dates(redactor, text) == []
