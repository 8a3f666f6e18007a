"""A feature named by a proper word before its kind ("tybee island", "the davis arboretum")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my friends took me to the sand bar on [[tybee island]] for my birthday",
        "we sat in his car behind the [[davis arboretum]] until late",
        "i ride my bike over the [[williamsburg bridge]] and scream into the wind",
    ],
)
def test_named_feature_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i went to the mall yesterday",
        "we walked on the old bridge by the river",
        "i sat by the big creek for hours",
    ],
)
def test_everyday_feature_is_no_place(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
