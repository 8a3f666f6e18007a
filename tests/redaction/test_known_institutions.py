"""Well-known institutions found by name, and Greek-letter houses found by shape.

The sentences are invented for these tests; the names come from the gazetteer
(resources/lexicons/known_institutions.txt).
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.known_institutions import find_institutions
from tenor_desktop.redaction.lexicons import Lexicons
from tests.redaction.marked_text import unmark


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    return Lexicons.load()


def _found(text: str, lex: Lexicons) -> list[tuple[int, int, str]]:
    return [(s, e, text[s:e]) for s, e, _label, _conf in find_institutions(text, lex)]


@pytest.mark.parametrize(
    "marked",
    [
        "my brother did four years at [[green haven]] and still won't talk about it",
        "He called me collect from [[San Quentin]] on my birthday.",
        "she's a junior at [[ohio state]] and hates the dorms",
        "I dropped out of [[Santa Monica College]] after one semester.",
        "my dad was stationed at [[fort cavazos]] when it was still fort hood",
        "the oncologist at [[Mass General]] wants another scan",
        "we had the reception at [[the elks]] lodge",
        "i grabbed a beer at the [[vfw]] after the funeral",
        "my niece got her tonsils out at [[cincinnati children's]]",
        "we did the whole loop at [[Joshua Tree]] last spring",
        "my kid works concessions at [[wrigley field]] all summer",
        "she transferred to [[texas a and m]] in the fall",
        "the program at [[Texas A&M]] took him",
        "a drink at the [[kappa delta rho house]] turned ugly",
        "I met him at a party at the [[Sigma Chi house]] on campus",
        "i volunteer at the [[salvation army]] on saturdays",
    ],
)
def test_institutions_in_locating_contexts_are_found_with_exact_offsets(
    lex: Lexicons, marked: str
) -> None:
    text, expected = unmark(marked)
    found = [surface for _s, _e, surface in _found(text, lex)]
    assert found[: len(expected)] == expected
    for (start, end, surface), want in zip(_found(text, lex), expected, strict=False):
        assert text[start:end] == surface == want


@pytest.mark.parametrize(
    "text",
    [
        "my ex cornell called again last night",  # a person, no place word before
        "I told Mrs. Grady about the fight",  # a title makes it a person
        "we hit the strip and lost everything",  # everyday words need a place word
        "purdue told me to wait",  # one word needs a place word before it
        "we're doing alpha beta testing on the app",  # no Greek-letter house
        "she made phi beta kappa junior year",  # an honour society
        "the dean emailed me at r dot lee at harvardx",  # a longer word is no listed name
    ],
)
def test_non_locating_mentions_are_not_found(lex: Lexicons, text: str) -> None:
    assert _found(text, lex) == []


def test_a_weak_name_after_a_place_word_is_found(lex: Lexicons) -> None:
    text = "he's at Purdue now, and purdue is all he talks about"
    assert _found(text, lex) == [(8, 14, "Purdue")]


def test_a_university_said_as_its_team_needs_a_place_word(lex: Lexicons) -> None:
    text = "we watched penn state lose, and my brother goes to penn state"
    assert _found(text, lex) == [(51, 61, "penn state")]


def test_separators_and_periods_vary(lex: Lexicons) -> None:
    for text, surface in (
        ("her chart is at barnes jewish", "barnes jewish"),
        ("her chart is at Barnes-Jewish", "Barnes-Jewish"),
        ("she was a patient at st jude", "st jude"),
        ("she was a patient at St. Jude", "St. Jude"),
    ):
        assert [s for _a, _b, s in _found(text, lex)] == [surface]


def test_the_redactor_marks_an_institution_as_a_location(redactor: Redactor) -> None:
    text = "my cousin got out of stateville last month and moved in with us"
    spans = [
        (text[s.start : s.end], s.label)
        for s in redactor.redact(text).spans
        if s.label == "LOCATION"
    ]
    assert ("stateville", "LOCATION") in spans


def test_a_posts_number_and_a_campus_town_belong_to_the_name(lex: Lexicons) -> None:
    text = "we drank at the vfw post six one two after the parade"
    assert _found(text, lex) == [(16, 36, "vfw post six one two")]
    text = "she had the baby at the American Legion Post 44 hall"
    assert [s for _a, _b, s in _found(text, lex)] == ["American Legion Post 44"]
    text = "my mom is on the cardiac floor at Johns Hopkins Bayview Towson now"
    assert [s for _a, _b, s in _found(text, lex)] == ["Johns Hopkins Bayview Towson"]


@pytest.mark.parametrize(
    "text",
    [
        "honestly i was so mad at grady that night",
        "i got a text from emory about the rent",
        "i talked to cornell for an hour",
    ],
)
def test_a_name_after_a_verb_of_talk_or_feeling_is_a_person(lex: Lexicons, text: str) -> None:
    assert _found(text, lex) == []
