"""A code read aloud with the letter "a" between its digit groups ("my d i n is one nine a two
two seven three"): the "a" is a letter of the code, not the article, when digit groups stand on
both sides of it. Rates and amounts ("2 a day", "300 a month") stay text. Sentences invented for
these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _spans(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    "marked",
    [
        "my d i n is [[two one a four four eight one]] and they call it at count",
        "they gave me a number, [[eight three a five five two nine]], for the locker",
    ],
)
def test_a_letter_a_inside_a_code(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _spans(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i take 2 a day and 100 a week",
        "we had 300 a month and 1200 a year",
        "it was a 20 a 30 minute drive",
    ],
)
def test_rates_and_amounts_stay_text(redactor: Redactor, text: str) -> None:
    assert _spans(redactor, text) == []
