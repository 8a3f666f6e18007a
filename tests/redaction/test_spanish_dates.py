"""Dates said in Spanish inside English talk are dates; Spanish numbers elsewhere are not."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.date_rules import find_dates
from tests.redaction.marked_text import unmark


def _dates(text: str) -> list[str]:
    return sorted({text[s:e] for s, e, _conf in find_dates(text)})


@pytest.mark.parametrize(
    "marked",
    [
        "He got arrested in Bayamon on [[el doce de enero]] for stealing copper.",
        "My court date is [[el veinte de marzo]] in San Antonio.",
        "The hospital bill is due [[el quince de noviembre]].",
        "The board wants a letter from you by [[el quince]], with my social on it.",
        "she was born [[el 3 de mayo de 2019]] in ponce",
        "i moved here [[veintiuno de julio]] and started work",
    ],
)
def test_a_spanish_date_is_found(marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "tengo dos de ellos en casa",
        "el uno de mis hijos vive con ella",
        "we had a cinco de mayo party at work",
        "she said el quince was her favourite number",
    ],
)
def test_spanish_numbers_that_are_no_dates(text: str) -> None:
    assert _dates(text) == []
