"""A company's plant or factory is a place; a kind of plant is not."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.employer_plants import find_employer_plants
from tenor_desktop.redaction.lexicons import Lexicons
from tests.redaction.marked_text import unmark


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    """The bundled word lists."""
    return Lexicons.load()


@pytest.mark.parametrize(
    "marked",
    [
        "yeah i'm on break at [[the tyson plant]] in noel i got maybe fifteen minutes",
        "my work is [[the tyson plant]] in dakota city",
        "I missed two shifts at [[the Michelin plant]] in Sandy Springs.",
        "She was working at [[the Stouffer's plant]] in Solon back then.",
        "He drinks before his shift at [[the Holley plant]], and I can smell it.",
        "ok i'm in my car at [[the foster farms plant]], i have twenty minutes",
        "my uncle retired from [[the Ford factory]] last year.",
        # A filler after "the" stays inside the span.
        "yeah i'm on break at [[the um tyson plant]] in noel",
        "my dad worked at [[the, uh, Michelin plant]] for years",
    ],
)
def test_a_companys_plant_is_found(lex: Lexicons, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[start:end] for start, end, _label, _conf in find_employer_plants(text, lex)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "my dad worked at the power plant for years",
        "he works at the water treatment plant downtown",
        "i water the tomato plant every morning",
        "we toured the chocolate factory last week",
        "she got a job at the packing plant",
        "the North plant is closing in June.",
        "they shut the old plant down after the flood",
        "i ate at the plant-based place on main",
        "he works at the uh power plant downtown",
        "she got a job at the um packing plant",
    ],
)
def test_a_kind_of_plant_is_left(lex: Lexicons, text: str) -> None:
    assert list(find_employer_plants(text, lex)) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Client: i'm on break at [[the tyson plant]] right now.",
        "Client: I missed two shifts at [[the Michelin plant]] this month.",
        "Client: He was parked at [[the Nike factory]] again.",
    ],
)
def test_detector_marks_the_plant_whole(redactor: Redactor, marked: str) -> None:
    # "tyson" is a given name and "Nike" a listed brand: as a plant's company they are a place.
    text, expected = unmark(marked)
    spans = redactor.redact(text).spans
    assert [(text[s.start : s.end], s.label) for s in spans] == [(e, "LOCATION") for e in expected]
