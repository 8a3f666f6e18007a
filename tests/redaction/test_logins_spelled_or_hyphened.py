"""Log-in names said aloud: a hyphened name after a word for a login ("under the login
bkessling-fam") and a name spelled letter by letter around a spoken underscore ("it's a s m
underscore d i s p a t c h nine"). A network's name with a hyphened word after it and the verb
"underscore" stay text. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _ids(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "ID"]


@pytest.mark.parametrize(
    "marked",
    [
        "the school portal has it all under the login [[tmercer-home]], and I can't get in",
        "his username is [[grey-fox-cabin]] on that forum",
        "the app login is [[k r w underscore b l u e 4]] and she knows it",
        "my screen name, it's [[j o underscore m a r s h]] on there",
    ],
)
def test_logins_said_aloud(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _ids(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i can't handle self-care right now",
        "the login page was down all week",
        "i want to underscore the point that i tried",
        "there's a underscore key on the keyboard",
    ],
)
def test_look_alikes_stay_text(redactor: Redactor, text: str) -> None:
    assert _ids(redactor, text) == []
