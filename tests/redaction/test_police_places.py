"""A named town's police or county's sheriff is one place, the agency's words included."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.police_places import find_police_places
from tests.redaction.marked_text import unmark


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    """The bundled word lists."""
    return Lexicons.load()


@pytest.mark.parametrize(
    "marked",
    [
        "i know i know i reported it to [[buffalo pd]] and my cousin helped me",
        "I filed with [[Albany County Sheriff]], report number one one nine three.",
        "But I had to give a statement at the [[Saugus police station]].",
        "the detective at [[allegany county sheriff's office]] never called back",
        "yeah to the [[sioux falls police department]]. they gave me a number",
        "Detective Ruiz at [[Lakewood PD]] said it could take weeks.",
        "he has to sign in at the [[Kingsmoor Police Station]] every week",
    ],
)
def test_a_named_places_police_is_found(lex: Lexicons, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[start:end] for start, end, _label, _conf in find_police_places(text, lex)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i had to call the sheriff and he came out",
        "He was a deputy sheriff for twenty years.",
        "the county sheriff pulled him over",
        "campus pd took the report",
        "I went to the sheriff's office in the morning.",
        "i'm scared to walk into a police station but i will",
        "My Deputy Sheriff friend said so.",
        # A bare "sheriff" after a town: the town finders mark the town alone.
        "the Reno sheriff never called",
    ],
)
def test_police_of_no_named_place_is_not_found(lex: Lexicons, text: str) -> None:
    assert list(find_police_places(text, lex)) == []
