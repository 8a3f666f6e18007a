"""A venue named before the street it is on is one place with the street."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i work nights at [[blue heron laundry on western avenue]].",
        "the paralegal at [[northside tenant union on clark street]] called me back.",
        "they gave me a refill from [[cvmc on lincoln road]] last week.",
        "my aunt made me go to the [[quickmedix on ninth avenue]] that night.",
    ],
)
def test_venue_before_its_street_is_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("i was at work today on fifth avenue when he called.", "fifth avenue"),
        ("we had a fight at the bus stop on main street.", "main street"),
        ("he picked me up from my cousin's place on elm street.", "elm street"),
        ("i went to the bodega on lenox avenue for milk.", "lenox avenue"),
        ("she wants to get coffee on grand avenue.", "grand avenue"),
        ("i waited at the corner on third street.", "third street"),
        ("i was at a party on oak street.", "oak street"),
    ],
)
def test_kind_of_place_before_a_street_stays_out(
    redactor: Redactor, text: str, street: str
) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == [street]


@pytest.mark.parametrize(
    "marked",
    [
        "i live in [[houston on westheimer]] now.",
        "my mom works at the [[ymca on main]].",
        "we met at [[carla's cafe on lakeshore]].",
    ],
)
def test_bare_street_after_a_place_is_part_of_it(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("we were in denver on vacation.", "denver"),
        ("they keep him at mercy hospital on weekends.", "mercy hospital"),
        ("I moved back to Shelby County on Thursdays for court.", "Shelby County"),
        ("she works at kroger on foot patrol.", "kroger"),
    ],
)
def test_time_or_errand_after_on_is_no_street(redactor: Redactor, text: str, place: str) -> None:
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == [place]


@pytest.mark.parametrize(
    "marked",
    [
        "client: i'm at the [[blue heron on st claude]] five nights now.",
        "client: i leave [[lucky dragon on blackstone]] at five and just drive.",
        "client: my boss at [[fade kings on dyckman]] is cool about it.",
        "client: the salon too, [[lotus nails on westheimer]], in case i'm at work.",
        "Client: my parents' store, [[Hanmi Mart on Western]]. I was working.",
        "client: i send money from the store on [[new market road]].",
        "client: yeah at the clinic on [[bertha parker bypass]]. my number changed.",
        "client: we met at the thai place on [[burnet road]] last week.",
    ],
)
def test_venue_on_a_bare_or_unfound_street(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "client: i saw him at the party on saturday and at the gym on monday.",
        "client: i bought it from the guy on craigslist.",
        "client: i was at work on zoom all day.",
        "client: she was at the hospital on and off for a year.",
        "client: i used to boost clothes from the mall and sell them on instagram.",
        "client: we talked at dinner on thursday, then at the game on tv.",
        "client: she's at the top on paper but not in real life.",
    ],
)
def test_on_after_an_everyday_place_is_no_street(redactor: Redactor, text: str) -> None:
    assert [s for s in redactor.redact(text).spans if s.label == "LOCATION"] == []


@pytest.mark.parametrize(
    "marked",
    [
        "client: i've been picking up doubles at the bar on [[grant street]] bartending.",
        "client: i was at the shop on [[maple lane]] cleaning all day.",
    ],
)
def test_the_word_after_a_redacted_street_is_no_second_place(
    redactor: Redactor, marked: str
) -> None:
    # The output re-check sees the street blanked: "at the bar on [LOCATION 1] bartending".
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "marked",
    [
        "client: the clinic at [[legacy community health on westheimer]] does walk-ins.",
        "client: i leave [[valley auto care on blackstone]] at five and just drive.",
    ],
)
def test_a_facility_named_without_article_is_taken_with_its_street(
    redactor: Redactor, marked: str
) -> None:
    # English says "at the clinic": words ending in a facility's head with no article name one.
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected
