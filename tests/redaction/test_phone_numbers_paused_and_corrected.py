"""Phone numbers read with one pause where the normaliser runs the other digits together
("three one two five five five uh zero one nine nine"), and a number whose last four are said
again after a take-back. Probes written for stop 28 (training31's intake calls); sentences
invented here.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _phones(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "PHONE"]


@pytest.mark.parametrize(
    "marked",
    [
        "i called the shelter at [[six one seven five five five uh zero one four two]] twice",
        "you can reach my sister on [[two zero six, um, five five five zero one three three]]",
        "my cell is [[five zero three five five five zero one six one]] sorry "
        "[[zero one six two]] at the end",
    ],
)
def test_paused_or_corrected_phone_is_one_number(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _phones(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we raised one two five five five five, uh, two thousand dollars at the walk",
        "the account is five zero seven seven zero one, one one two two, three four five six",
    ],
)
def test_other_digit_runs_are_no_phone(redactor: Redactor, text: str) -> None:
    assert _phones(redactor, text) == []
