"""Listed chains, institutions and neighbourhoods whose names hold a number word are found as
the rules read them: the spoken-number normaliser turns "five guys" into "5 guys" first."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.spoken_forms import spoken_number_forms


def _found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("client: she works at five guys on main street", "five guys on main street"),
        ("client: he parked outside the seven eleven by my place", "seven eleven"),
        ("client: we waited outside the 7-eleven for an hour", "7-eleven"),
        ("client: they booked him into the fourth avenue jail", "fourth avenue jail"),
        ("Client: I grew up in little five points.", "little five points"),
    ],
)
def test_a_listed_name_with_a_number_word_is_a_place(
    redactor: Redactor, text: str, place: str
) -> None:
    assert (place, "LOCATION") in _found(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "client: i was at a seven eleven",
        "client: the shift runs from seven to eleven",
        "client: we won by five points",
    ],
)
def test_numbers_and_unplaced_chains_stay_text(redactor: Redactor, text: str) -> None:
    assert _found(redactor, text) == []


def test_spoken_number_forms() -> None:
    assert spoken_number_forms("five guys") == ("5 guys",)
    assert spoken_number_forms("little five points") == ("little 5 points",)
    assert spoken_number_forms("planet fitness") == ()
