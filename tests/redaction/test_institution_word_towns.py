"""A listed town named by a word of an institution ("temple", "mission", "union") is the
institution when said lowercase after "went to" or "at"; a verb of moving or living, or a
capital, makes it the town."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "we go to temple on saturdays with my grandmother",
        "i met her at the union after class",
        "we moved to [[temple]] last year for his job",
        "she lives in [[Temple]] now",
    ],
)
def test_institution_word_is_a_town_only_where_one_lives(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
