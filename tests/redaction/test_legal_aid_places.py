"""A legal aid or advocacy group named after its lawyer or advocate is a place; a kind of
agency, a court or a time is not."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.legal_aid_places import find_legal_aid_places
from tenor_desktop.redaction.lexicons import Lexicons
from tests.redaction.marked_text import unmark


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    """The bundled word lists."""
    return Lexicons.load()


@pytest.mark.parametrize(
    "marked",
    [
        "okay, the attorney at [[brazos valley legal aid]] will call you back.",
        "yeah the lawyer at [[upper valley legal aid]] says just tell the truth",
        "a lawyer from [[build the bridge]] in flatbush, she's helping me",
        "a lawyer at [[neighbors for tenant justice]], mister okafor.",
        "the advocate at [[blue creek safe harbor]] said i could stay",
        "my lawyer from [[sonora project]] in yuma filed it last week",
        "i'm a paralegal at [[marsh and delacroix]] downtown and the hours are long",
        "a lawyer at [[coastal fair housing]] in oxnard told me to wait",
    ],
)
def test_a_named_group_is_found(lex: Lexicons, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[start:end] for start, end, _label, _conf in find_legal_aid_places(text, lex)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "my caseworker at social services said to call on monday",
        "the caseworker at family services wants a copy",
        "my caseworker at child protective services says it's fine",
        "my lawyer from legal aid said to wait",
        "my lawyer at that point was just tired",
        "a lawyer at the community center helped me",
        "my lawyer at court today said nothing",
        "can you reach the lawyer at all?",
        "they faxed it to the lawyer at seven one six five five five zero one two one",
        "my lawyer from my personal email, the one i use for everything",
        "i advocate at meetings for my son",
    ],
)
def test_an_agency_court_or_time_is_left(lex: Lexicons, text: str) -> None:
    assert list(find_legal_aid_places(text, lex)) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Client: the attorney at [[brazos valley legal aid]] will look at it.",
        "Client: the advocate at [[blue creek safe harbor]] said i could.",
    ],
)
def test_detector_marks_the_group(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    spans = redactor.redact(text).spans
    assert [text[s.start : s.end] for s in spans if s.label == "LOCATION"] == expected
