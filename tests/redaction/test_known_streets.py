"""Listed streets said bare are places after a street preposition or a house number."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.known_streets import find_known_streets
from tenor_desktop.redaction.lexicons import Lexicons
from tests.redaction.marked_text import unmark


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    """The bundled word lists."""
    return Lexicons.load()


@pytest.mark.parametrize(
    "marked",
    [
        "we got tacos at a truck on [[crenshaw]] after the meeting.",
        "my aunt lives off [[colfax]], near the light rail.",
        "the laundromat over on [[Figueroa]] by the school.",
        "he crashed his bike on [[wilshire]] last spring.",
        "she rents a room off [[Fruitridge]] and takes the bus.",
        "my cousin works at a body shop off the [[major deegan]].",
        "we were stuck on the [[405]] for two hours.",
        "the church on [[tchoupitoulas]] has a food pantry.",
        "i used to live at 1200 [[crenshaw]]? no, at 88 [[halsted]].",
        "the motel on [[grand]] is where he stays.",
        "my place off [[federal]], by the park.",
        "it's down on [[broadway]] by the old theater.",
        "the corner of [[peachtree]] and tenth.",
        "she lives on [[ponce de leon]] now.",
        "the one on [[Baseline]], not the other one.",
        "we met at the bar on [[westheimer boulevard]].",
    ],
)
def test_listed_street_after_a_street_preposition_is_found(lex: Lexicons, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[start:end] for start, end, _label, _conf in find_known_streets(text, lex)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "she cheated on tyler with his best friend.",
        "i read a book on lincoln over the summer.",
        "we rely on federal money for the rent.",
        "she's been on grand jury duty all week.",
        "i'm working on market research at my job.",
        "he was on broadway tickets all month.",
        "the sunset was pretty from the porch.",
        "we were waiting on jackson to call back.",
        "i put it on main for now.",
        "we went to see the 405 thing at the museum.",
        "i drove down to houston last year.",
        "we talked on the phone about colfax stuff.",
        "i spent it on ocean things.",
        "we hiked with my son on Veterans Day.",
        "i'm on h one b so i can't risk it.",
    ],
)
def test_listed_street_outside_a_street_slot_is_left(lex: Lexicons, text: str) -> None:
    assert list(find_known_streets(text, lex)) == []


def test_offsets_are_exact(lex: Lexicons) -> None:
    text = "Client: The Walgreens on Crenshaw, then my place off peachtree."
    hits = list(find_known_streets(text, lex))
    assert [(start, end) for start, end, _l, _c in hits] == [
        (text.index("Crenshaw"), text.index("Crenshaw") + len("Crenshaw")),
        (text.index("peachtree"), text.index("peachtree") + len("peachtree")),
    ]
    assert {label for _s, _e, label, _c in hits} == {"LOCATION"}


@pytest.mark.parametrize(
    "marked",
    [
        "Client: my brother got jumped on [[Delancey]] last night.",
        "Client: we live over on [[westheimer]] now.",
    ],
)
def test_detector_marks_a_listed_street_as_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    spans = redactor.redact(text).spans
    found = [text[s.start : s.end] for s in spans if s.label == "LOCATION"]
    assert found == expected
