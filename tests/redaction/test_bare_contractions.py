"""A contraction written without its apostrophe is no part of a name."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my brother [[marcus]] havent talked to him in weeks",
        "my friend [[sharon]] doesnt get it",
    ],
)
def test_bare_contraction_ends_the_name(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert found == expected
