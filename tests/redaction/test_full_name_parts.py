"""The other half of a full name beside a found half, when that half is also a word.

The first two positive lines were covered below 80% at c46d235 (the start of this work):
only the surname was found. The others guard what must not change.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]


@pytest.mark.parametrize(
    "marked",
    [
        "i texted [[will castillo]] but she never answered.",
        "So [[Will Haddad]] is moving out.",
        "i told [[maria stone]] about it",
    ],
)
def test_the_word_half_of_a_full_name_is_taken(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _names(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "i hope [[castillo]] calls me back",
        "[[maria]] still calls me",
        "my cousin [[yadira]] lives with us",
    ],
)
def test_a_verb_adverb_or_kin_word_stays_out(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _names(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "so yeah [[thanh tran]] came by again last night",
        "the case worker is [[giovanni szabo]], she's fine",
    ],
)
def test_a_rare_word_beside_a_found_half_is_the_other_half(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _names(redactor, text) == expected
