"""An account handle said aloud after the word for the account ("his account is at lucky dot
moth dot nine", "on her snap, j dot k o w"): joined, spelled or numbered words. A bank or place
the account is "at", and a web address, are not handles."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _ids(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "ID"]


@pytest.mark.parametrize(
    "marked",
    [
        "she made a fake account, it's [[at lucky dot moth dot nine]], to message me",
        "he kept posting on his snap, [[t dot w i l d seven]] and I blocked it",
        "the profile he used was [[at gravel road kid forty two]] and it's gone now",
    ],
)
def test_handles_said_after_their_account(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _ids(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my checking account is at the credit union downtown",
        "the account was at five hundred dollars before rent",
    ],
)
def test_where_an_account_is_held_is_no_handle(redactor: Redactor, text: str) -> None:
    assert _ids(redactor, text) == []
