"""Towns after "out past" and towns opened by a particle ("Da Nang", "La Paz").

The positive lines were missed or covered below 80% at c46d235 (the start of this work).
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _locations(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "we lived out past [[fishkill]] on a farm.",
        "My cousin is in [[Da Nang]] now.",
        "I was born in [[Da Nang]] but I came here at two.",
    ],
)
def test_towns_in_these_slots_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we lived out past the old mill",
        "it's just past the gas station",
        "he went way past his limit",
        "la la land is my favorite movie",
    ],
)
def test_past_and_particles_alone_are_no_towns(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "we live in [[hunts point]] now",
        "my mom's still over in [[point breeze]]",
        "i grew up in [[bed-stuy]]",
        "he moved out to [[eagle rock]] last year",
    ],
)
def test_listed_neighbourhoods_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "he was deported back to [[la ceiba]] in the spring",
        "i grew up in [[da nang]] before we came",
        "we fled [[mariupol]] in the night",
    ],
)
def test_rare_towns_after_flight_and_with_a_particle(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text", ["we fled the house at night", "he fled the scene", "i was sent back to class"]
)
def test_flight_from_things_stays_text(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "[[ypsilanti]] is where i grew up",
        "i sleep in my car behind the [[kroger on elm]]",
    ],
)
def test_a_town_said_as_where_one_grew_up_and_a_chain_on_a_street(
    redactor: Redactor, marked: str
) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


def test_a_word_that_is_where_one_lives_is_no_town(redactor: Redactor) -> None:
    assert _locations(redactor, "home is where i grew up, honestly") == []


@pytest.mark.parametrize(
    "marked",
    [
        "we live in [[oak cliff]] now",
        "i grew up in [[east new york]]",
        "it happened in [[deep ellum]]",
    ],
)
def test_more_listed_neighbourhoods(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected
