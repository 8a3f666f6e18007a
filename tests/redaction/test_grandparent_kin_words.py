"""What a grandparent is called in the family ("my nan", "Pop") is no name; a name said after
the kin word still is. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names


@pytest.mark.parametrize(
    "text",
    [
        "Client: We named her Ivy, after my nan.",
        "Client: it's my nan's voice in my head when i mess up",
        "Client: It's hard when it's Pop. He raised me.",
        "Client: Pop is ninety-one now and he still drives.",
    ],
)
def test_kin_words_are_no_names(redactor: Redactor, text: str) -> None:
    assert not {"nan", "pop"} & set(found_names(redactor, text))


def test_name_after_the_kin_word_stays(redactor: Redactor) -> None:
    names = found_names(redactor, "Client: my grandfather, pop pop ignatius. he's one of a kind")
    assert any("ignatius" in name for name in names)
