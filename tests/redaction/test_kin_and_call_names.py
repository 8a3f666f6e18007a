"""Names after kin words families use, and names someone is called by."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my mamaw [[ottilie]], she's sharp as a tack",
        "my abuela [[rosalba]] came over on sunday",
        "my trainer [[rocko]] says he'll walk me out",
        "my brother, we call him [[jojo]], is on my side",
        "her name is mary but everybody calls her [[birdie]].",
    ],
)
def test_kin_words_and_call_names(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    for name in expected:
        assert name in found, found


@pytest.mark.parametrize(
    "text",
    [
        "they call him crazy.",
        "i called him back.",
        "we called her twice.",
        "my trainer is tough on me.",
        "my nana said no.",
    ],
)
def test_what_someone_is_called_that_is_no_name(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
