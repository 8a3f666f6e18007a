"""A phone number dialled with its trunk zero and read in groups ("oh seven seven zero zero, nine
zero zero, four one two", "oh two oh, seven nine four six, oh nine five eight"): eleven digits
from a zero are a phone number even with no word for a phone before them. Round amounts and
short lists stay text. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _phones(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "PHONE"]


@pytest.mark.parametrize(
    "marked",
    [
        "my brother's on [[oh seven nine one one, four four six, two two zero]] if I need him.",
        "the surgery is [[oh one six three two, nine six zero, nine eight three]], open at eight",
        "you can get her on [[07700 900 781]] most evenings",
        "ring the office on [[oh two oh, seven nine four six, oh nine five eight]].",
    ],
)
def test_eleven_digits_from_a_trunk_zero(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _phones(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we paid 10000, 20000, 30000 for it over the years",
        "the scores were 01234, 5, 6 on the sheet",
        "she ran 5, 10, 15 miles that month",
    ],
)
def test_amounts_and_lists_are_no_phone(redactor: Redactor, text: str) -> None:
    assert _phones(redactor, text) == []
