"""Restaurants, bars and gyms named lowercase after what people do there.

Every positive line was missed at c46d235 (the start of this work); the negatives put an
article or an everyday bare noun after the same cues.
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
        "after six beers at [[husk]], i drove home.",
        "she used to make me stay after practice at [[twistars]].",
        "we used to get drinks at [[waffle shop]] after work.",
        "we celebrated at [[rusty nail]] for her birthday.",
    ],
)
def test_a_venue_after_what_people_do_there(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we had lunch at home on friday.",
        "after six beers at the bar, i drove home.",
        "we met at work years ago.",
        "i had coffee at night and couldn't sleep.",
        "we used to get drinks at bars after work.",
        "we met at gmail headquarters when he still worked there.",
    ],
)
def test_bare_nouns_and_articles_stay_text(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "we used to meet at [[rusty anchor tavern]] after work.",
        "my daughter goes to [[larkspur montessori]].",
        "we stayed a week at [[bluewater lodge]].",
    ],
)
def test_a_venue_ending_in_a_head_word_of_the_shared_vocabulary(
    redactor: Redactor, marked: str
) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


def test_a_bar_after_the_drinks_had_there(redactor: Redactor) -> None:
    assert _locations(redactor, "after like six ipas at druthers.") == ["druthers"]
    assert _locations(redactor, "we had a few rounds at the bar.") == []
