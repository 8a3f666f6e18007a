"""Workplaces named after a trade plied for a firm, a route driven for one, or by letters."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.employer_names import find_employers
from tenor_desktop.redaction.lexicons import Lexicons
from tests.redaction.marked_text import unmark


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    """The bundled word lists."""
    return Lexicons.load()


@pytest.mark.parametrize(
    "marked",
    [
        "client: yeah and i'm roofing all day for [[gate city roofing]] and then going over",
        "Client: It is. I drive the 27 for [[RIPTA]], out of the garage.",
        "and my husband got laid off from [[ACIPCO]] last spring.",
        "She wants me to get a letter from my job at [[UAB]].",
        "i was hauling for um [[walmart]] out of the yard",
    ],
)
def test_a_workplace_after_a_trade_or_by_its_letters_is_found(lex: Lexicons, marked: str) -> None:
    text, expected = unmark(marked)
    assert [text[s:e] for s, e, _label, _conf in find_employers(text, lex)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "I have the green card interview at the USCIS field office next week.",
        "she'll let me haul for the elevator this fall",
        "I work at IT now, the help desk.",
        "i was roofing all day for my uncle",
    ],
)
def test_no_workplace_is_read_into_kinds_or_people(lex: Lexicons, text: str) -> None:
    assert list(find_employers(text, lex)) == []
