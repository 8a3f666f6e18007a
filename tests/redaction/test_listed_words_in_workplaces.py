"""A listed famous word that ends a workplace's name, said in a work slot, is no famous name."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.not_phi_names import find_not_phi


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    """The bundled word lists."""
    return Lexicons.load()


def test_a_workplace_ending_in_a_listed_word_is_not_spared(lex: Lexicons) -> None:
    text = "client: my boss at sunrise tomato packers says he needs the new card"
    assert find_not_phi(text, lex) == []


@pytest.mark.parametrize(
    "text",
    [
        "we watched the packers lose again on sunday",
        "my dad only talks about the packers",
    ],
)
def test_the_listed_word_outside_a_workplace_is_still_spared(lex: Lexicons, text: str) -> None:
    low = text.lower()
    assert [low[s:e] for s, e in find_not_phi(text, lex)] == ["packers"]
