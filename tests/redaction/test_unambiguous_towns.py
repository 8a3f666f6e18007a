"""A listed town that is no everyday word or name is a town with no cue ("long. amarillo to
joliet"), but not a truck, a tobacco, a language or an accent of the same name."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, Redactor, unambiguous_towns
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "long week. [[amarillo]] to [[joliet]] and back with a load of tires.",
        "honestly [[tuscaloosa]] was the worst year of my life.",
    ],
)
def test_listed_towns_found_without_a_cue(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "he waits in the lot in his white tacoma with the engine running.",
        "i'm nervous about my english on the phone.",
        "we met at the call center last spring.",
        "he keeps a can of copenhagen tobacco in the truck.",
        "she's doing really well, she just made honor roll.",
        "i appreciated his candor about the relapse.",
    ],
)
def test_things_named_after_towns_are_no_place(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "the center was packed so we left early.",
        "she loved the color of the walls in there.",
        "my favorite part was the theater downstairs.",
    ],
)
def test_american_spellings_are_everyday_words(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []


def test_american_spellings_are_in_the_everyday_list(models: RedactionModels) -> None:
    # The everyday list reads SCOWL's American lists with its neutral ones (same levels).
    words = models.lexicons.everyday_words
    assert {"honor", "candor", "center", "color", "favorite", "theater"} <= words
    assert {"faith", "anger", "biscuit"} <= words
    assert not {"paisley", "jordan", "skyler"} & words


def test_no_town_exclusion_repeats_an_everyday_word(models: RedactionModels) -> None:
    # A word the everyday list holds needs no exclusion of its own.
    assert not unambiguous_towns._NOT_TOWNS & models.lexicons.everyday_words
