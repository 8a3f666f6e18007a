"""Workplaces, schools and clinics said lowercase after a slot that names one."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i'd worked at [[hollander memorial]] for eleven years.",
        "twelve years at [[brightwater insurance group]] and it took fifteen minutes",
        "there's a guy at my gym, [[steel city fitness]], who takes bets",
        "i've been at [[quarry ridge fabrication]] since the spring.",
        "she was born at [[mercy and grace hospital]], and i cried",
        "i did three overnights this week at [[lakemont regional]].",
        "we've been friends since [[tolliver elementary]].",
        "i go to pt at [[westbrook spine and sport]] twice a week.",
        "my son's daycare, [[little acorns learning center]], called me",
        "i'm at [[kessington]] on a student visa.",
    ],
)
def test_lowercase_workplaces_and_facilities_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    for surface in expected:
        assert (surface, "LOCATION") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "i work at home most days now.",
        "i've been at the hospital all week with my mom.",
        "he's at the new middle school this year.",
        "she graduated from high school and moved out.",
        "the meeting is at the lutheran church downtown.",
        "i went to grief counseling for a while.",
        "i talked to the insurance company for an hour.",
        "i keep seeing him everywhere, at the gym, at church.",
        "do you need to call your bank about it?",
        "i'm at a loss honestly, i'm at the end of my rope.",
        "i got a letter from the credit union.",
        "we moved him to assisted living last year.",
        "she goes to public school now, he goes to private school.",
        "she's at boarding school in the fall.",
    ],
)
def test_kinds_of_places_are_no_names(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    "marked",
    [
        "my mother took us to [[des moines]] when i was six.",
        "my brother comes from [[san antonio]] for the holidays.",
    ],
)
def test_listed_towns_of_two_words_after_any_place_preposition(
    redactor: Redactor, marked: str
) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "marked",
    [
        "He's at [[Jessup Correctional Institution]] until 2028.",
        "My mom lands on Friday from [[Cebu City]].",
        "Church, mostly. [[Mount Olive Baptist]] took up a collection.",
        "He might get on at the [[Port of New Orleans]].",
    ],
)
def test_places_are_taken_whole(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert [(e, "LOCATION") for e in expected] == [f for f in found if f[1] == "LOCATION"]


def test_the_word_after_a_redacted_workplace_is_not_taken_for_it(redactor: Redactor) -> None:
    # The re-check reads the output, where the place is blanked: "surgery at [LOCATION 1]
    # we've" must not make "we've" the place (it did at c46d235).
    text = "Since her surgery at Renown Regional we've slept in separate rooms."
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == ["Renown Regional"]


@pytest.mark.parametrize(
    "marked",
    [
        "i'm a line cook at [[pupuseria la ceiba]] now, and it's fine.",
        "she's a cashier at [[panaderia del sol]].",
        "i'm a bartender at the [[dakota tap]] on weekends.",
        "my room at [[okafor hall]] smells like smoke.",
        "i'm a sophomore at [[dunmore]].",
    ],
)
def test_a_workplace_after_an_occupation_or_a_room(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i'm a student at night and work days.",
        "she's a senior at heart, honestly.",
        "i was a junior at the time.",
        "my room at home is a mess.",
        "we had study hall at lunch.",
        "i ate at the dining hall.",
        "she was a guard at first but then quit.",
    ],
)
def test_occupations_before_no_place_stay_text(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []


def _locations(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we do ninety meetings at the alano club.", ["alano club"]),
        ("i work at shadow ridge country club.", ["shadow ridge country club"]),
        ("i go to book club on thursdays.", []),
        ("she works at the country club.", []),
        ("my son goes to the boys and girls club.", []),
        ("i'm at the club every night.", []),
    ],
)
def test_a_club_is_named_by_what_is_no_kind_of_club(
    redactor: Redactor, text: str, expected: list[str]
) -> None:
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "client: i was at the lab doing plumbing all day.",
        "client: he spent the week at the shop fixing roofing for the new wing.",
        "client: she's at the yard loading freight until six.",
    ],
)
def test_a_place_then_what_one_does_there_is_no_name(redactor: Redactor, text: str) -> None:
    assert [s for s in redactor.redact(text).spans if s.label == "LOCATION"] == []


@pytest.mark.parametrize(
    "marked",
    [
        "client: back when he drove for [[red river freight]]. mom's gone",
        "client: i drive for [[the ihs clinic in rapid city]] so i gotta be back",
        "client: she works for [[bright path staffing]] now.",
    ],
)
def test_an_organisation_after_working_for(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    for surface in expected:
        assert surface in found, found


@pytest.mark.parametrize(
    "text",
    [
        "client: i work for the school district and i hate it.",
        "client: he works for the county health department now.",
        "client: i work for a staffing agency.",
    ],
)
def test_a_kind_of_employer_after_for_is_no_name(redactor: Redactor, text: str) -> None:
    assert [s for s in redactor.redact(text).spans if s.label == "LOCATION"] == []
