"""A facility's name takes "of <place>" and "on <street>" in, as dev marks
"First Methodist on Clark Street" whole; days, months and holidays after "on" stay out.

Every positive line was covered below 80% at c46d235 (the start of this work).
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
        "my pastor at [[Korean Presbyterian Church of Minnesota]] is coming",
        "everyone from the [[islamic center of america]] knows my family",
        "I'd been drinking at the [[VFW on Gum Branch Road]] that night.",
        "the hearing is at the [[criminal justice center on filbert]].",
    ],
)
def test_a_facility_takes_its_place_or_street_in(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "we met at the [[First Baptist Church]] on Sunday.",
        "i was at the [[grace community center]] on friday and it was fine",
        "I work at the [[Mercy Clinic]] on Tuesdays.",
        "She's been at [[Valley General Hospital]] on and off for years.",
    ],
)
def test_days_after_a_facility_stay_out_of_it(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "i'm at my aunt's in [[east baton rouge parish]], off [[plank road]].",
        "we live in [[mission valley]], in the [[rio vista apartments, unit four fourteen]].",
        "he still lives with dad on [[north acadian thruway]].",
        "and in pharmacy school at [[u of m]] everyone took adderall",
    ],
)
def test_directions_suffixes_and_units_join_the_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "I live at [[1187 Route 9]] now.",
        "my address is [[fifty five north acadian thruway]].",
        "we moved into [[twelve forty-one north acadian thruway]] last month.",
    ],
)
def test_the_house_number_joins_a_found_street(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "marked",
    [
        "She used to make me stay after practice at [[Boba Guys]].",
        "After six beers at [[Blue Moon]], I drove home.",
        "We celebrated at [[Bean There]] for her birthday.",
    ],
)
def test_a_found_name_takes_the_capitalised_words_said_with_it(
    redactor: Redactor, marked: str
) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "marked",
    [
        "Professor [[Hartmann]] said I could retake it.",
        "Yesterday [[Maria]] called me.",
        "Grandma [[Rosa]] makes the best tamales.",
    ],
)
def test_titles_and_sentence_openers_stay_out_of_a_name(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "marked",
    [
        "Since Tuesday. [[Hannah's House in Lowell]]. They took my phone.",
        "we always ate at [[Joe's Diner]] on fridays",
    ],
)
def test_a_place_named_after_its_owner(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Client: i was at gracie's bar and grill until two.", "gracie's bar and grill"),
        ("Client: he works at tony's garage now.", "tony's garage"),
    ],
)
def test_a_lowercase_owner_and_a_business_word_are_one_place(
    redactor: Redactor, text: str, place: str
) -> None:
    spans = redactor.redact(text).spans
    assert [(text[s.start : s.end], s.label) for s in spans] == [(place, "LOCATION")]


def test_a_lowercase_owner_and_place_is_a_home_not_a_business(redactor: Redactor) -> None:
    text = "Client: we went to gracie's place after."
    assert [s.label for s in redactor.redact(text).spans] == ["NAME"]
