"""Rare words spoken of as a person right after them, in any slot.

"tadhg", "tove", "nasrin" are in no name list and outside the everyday vocabulary; a pronoun
after them makes them people. Rare things with no person after them, or after a determiner,
stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Client: it's always a thing with [[tadhg]], he never listens.",
        "Client: so i called [[tove]] and she didn't pick up.",
        "Client: honestly [[nasrin]] is the reason i stayed. she gets me.",
        "Client: it was [[wojtek]] who found me. he called 911.",
    ],
)
def test_rare_word_before_a_pronoun_is_a_name(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: we ordered sushi and he loved it.",
        "Client: the quinceanera was fun, she looked great.",
        "Client: my endocrinologist said he'd call.",
        "Client: my labmate thinks she can cover for me.",
        "Client: i got strep from my son, he had it first.",
        "Client: my son loves zelda, he plays it every day.",
    ],
)
def test_rare_thing_stays(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
