"""What follows "my mom" or "pastor" when no name does: a contraction, an irregular past
tense, a word of time or of a group. Each line was a false NAME at e759377."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]


@pytest.mark.parametrize(
    "text",
    [
        "Client: we're a mixed status family, my dad has papers and my mom doesn't.",
        "Client: my daughter asks why grandpa can't visit.",
        "Client: my mom doesn't drink and never has.",
        "Client: i need to cut ties with my old friend group, they're so negative.",
        "Client: we buried my grandmother last week and i'm sad.",
        "Client: i have a green card interview for my wife next spring.",
        "Client: The youth pastor sent me pictures of himself.",
        "Client: i kissed my daughter goodnight and tucked her in.",
    ],
)
def test_no_name_after_the_relation(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Client: mamaw [[pearl]] raised me.",
        "Client: my sister [[hope]] came by last night.",
        "Client: pastor [[reed]] said so.",
        "Client: my friend [[dario]] left early.",
    ],
)
def test_a_name_after_the_relation_stays_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _names(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client: i send money to a charity for seniors, like fifty a month.",
        "Client: we learned about ellis island in civics.",
        "Client: he drinks evan williams every night.",
        "Client: he put his savings in bitcoin.",
    ],
)
def test_a_given_name_after_an_article_or_in_a_famous_name_is_no_name(
    redactor: Redactor, text: str
) -> None:
    assert _names(redactor, text) == []


def test_a_verb_after_an_honorific_and_surname_is_not_a_second_name(redactor: Redactor) -> None:
    text = "Client: i take them the way doctor szymanski prescribed, thirty in the morning."
    assert _names(redactor, text) == ["szymanski"]


def test_an_unlisted_surname_after_a_title_and_given_name_joins_it(redactor: Redactor) -> None:
    text = "Client: my mom took us to my grandma lorena begay's, over by the river."
    assert _names(redactor, text) == ["lorena begay"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Client: maybe my ra, destinee, no, dasia. she's cool.", ["destinee", "dasia"]),
        ("Client: my counselor there ray ray, i mean raymond, he's cool.", ["ray ray", "raymond"]),
        ("Client: i called my mom, no, wait, my dad first.", []),
        ("Client: it was tuesday, no, wednesday.", []),
    ],
)
def test_a_name_corrected_in_speech_is_found_on_both_sides(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert _names(redactor, text) == names
