"""A token joined by an underscore is a handle wherever it is said ("my tag is river_fox_88",
"the shop account, bakery_admin, was his"), with or without a cue word; one that is part of an
e-mail or web address is left to those finders, and an underscore alone is nothing."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.underscore_handles import find_underscore_handles
from tests.redaction.marked_text import unmark


def _ids(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "ID"]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: Mostly games. My tag is [[GlassOtter_17]] on the console, and he found it.",
        "Client: He kept the shop's account, [[bakery_admin]], and changed the password.",
        "client: she goes by [[lil_moss_2009]] and i don't know who she talks to",
    ],
)
def test_an_underscore_joined_token_is_a_handle(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _ids(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "write to river_fox@example.com",
        "it's on example.com/river_fox now",
        "the file was my.notes_v2 on the drive",
        "she drew a line like ___ on the form",
    ],
)
def test_addresses_and_bare_underscores_are_left_alone(text: str) -> None:
    assert list(find_underscore_handles(text)) == []
