"""A cold-storage warehouse or a refinery named after a work slot is a place; storage of a
kind ("cold storage", "self storage", "the storage unit") is not."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.affiliation_places import find_affiliation_places
from tenor_desktop.redaction.lexicons import Lexicons
from tests.redaction.marked_text import unmark


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    """The bundled word lists."""
    return Lexicons.load()


@pytest.mark.parametrize(
    "marked",
    [
        "yeah i'm on the dock at [[harbor cold storage]] right now, it's loud",
        "how are the night shifts at [[bitterroot valley refining]] going",
        "they took me off the schedule at [[twin rivers cold storage]]. no papers no job",
        "he drives a forklift at [[granite peak storage]] since may",
    ],
)
def test_a_named_warehouse_or_refinery_is_found(lex: Lexicons, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[start:end] for start, end, _label, _conf in find_affiliation_places(text, lex)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i got the meat from cold storage yesterday",
        "we moved everything to self storage",
        "we keep grandma's stuff at the storage unit",
        "my records went to mini storage out by the highway",
        "he works in oil refining now",
    ],
)
def test_storage_of_a_kind_is_left(lex: Lexicons, text: str) -> None:
    assert list(find_affiliation_places(text, lex)) == []
