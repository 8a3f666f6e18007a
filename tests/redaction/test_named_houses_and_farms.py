"""A house or farm said without an article after a place preposition is a named one."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i'm staying at [[hope house]] since the fire",
        "my partner drives me to the meetings at [[dawn farm]] every week",
    ],
)
def test_house_or_farm_without_article_is_named(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "we stayed at grandma house all weekend",
        "i grew up at the farm outside town",
        "we crashed at safe house for a week",
        "we had dinner at whose house again",
        "i was at mom house",
    ],
)
def test_kin_kind_or_article_before_house_is_no_name(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
