"""A lake, beach, summer or river house is a family's holiday home, not a program's name.

"went to the lake house" read "lake" as a program named before "house" ("phoenix house");
place_cues already leaves "the lake house" alone.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "text",
    [
        "we went to the lake house for the weekend.",
        "then we went to the beach house in july.",
        "the kids stayed at the summer house and it was fine.",
    ],
)
def test_holiday_house_is_no_place(redactor: Redactor, text: str) -> None:
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == []


@pytest.mark.parametrize(
    "marked",
    [
        "after detox he went straight to [[phoenix house]] for ninety days.",
        "she stayed at [[hope house]] after the shelter.",
    ],
)
def test_program_house_is_still_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
