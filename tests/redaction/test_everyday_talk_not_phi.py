"""Everyday talk is no identifier: nouns, verbs and phrases that fill a name or place slot.

Each case pairs an everyday use with a real name or place said in the same shape, so a rule
that simply stopped finding the slot would fail the second half.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names


@pytest.mark.parametrize(
    "text",
    [
        # The word before "and I" ends an everyday noun phrase or is an everyday word.
        "she signed us up for a pottery workshop and i tagged along",
        "i ordered two cheap phone chargers and i returned both",
        "the baby was at nursery and i went for a run",
        "we talked about menopause and i felt less alone",
        # A broad-list surname that is an everyday verb, before its object.
        "my daughter read the letter out loud",
        "my husband read my journal without asking",
    ],
)
def test_everyday_word_in_a_person_slot_is_no_name(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my coworker tamsin and i split the shift", "tamsin"),
        ("then rhiannon and i drove out to the coast", "rhiannon"),
        ("we talked about ximena and i felt less alone", "ximena"),
        ("the girl oksana and i shared a room in rehab", "oksana"),
        ("my son reed and i went camping", "reed"),
        ("my sister reed the whole time kept texting", "reed"),
    ],
)
def test_name_in_the_same_slot_is_found(redactor: Redactor, text: str, name: str) -> None:
    assert name in found_names(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # A given name that is an everyday word, after an adjective or an article and modifiers.
        "she works in juvenile justice now and loves it",
        "he bought a new fishing rod for the trip",
        "the shower curtain rod fell down again",
        "we raised money for a local charity at work",
        # A title said right after a subject pronoun is the verb.
        "we coach little league on saturdays",
    ],
)
def test_everyday_noun_that_is_a_given_name_is_no_name(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i told rod about the trip", "rod"),
        ("my mom and justice came over for dinner", "justice"),
        ("we visited charity in the hospital", "charity"),
        ("there's this girl charity in my group who gets it", "charity"),
        ("he said coach okafor benched him", "okafor"),
    ],
)
def test_given_name_after_a_verb_or_person_noun_is_found(
    redactor: Redactor, text: str, name: str
) -> None:
    assert name in found_names(redactor, text)


def _places(redactor: Redactor, text: str) -> list[str]:
    return [
        text[s.start : s.end].lower() for s in redactor.redact(text).spans if s.label == "LOCATION"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # A season after a preposition is the time of year.
        "we're planting tomatoes in spring if the frost lets up",
        "the pipes froze twice in winter and the landlord did nothing",
        # A form said as one's own, or before 'forms', is no interstate.
        "hr still needs your i-9 forms before friday",
        "can you bring your i-9 on monday",
        "i still keep my old i-130 in a folder",
        "the lawyer wants a copy of the i-797 notice",
    ],
)
def test_season_or_form_is_no_place(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my daughter lives in Spring, TX now", "spring"),
        ("we moved to winter park when i was ten", "winter park"),
        ("we were stuck on I-94 for an hour", "i-94"),
        ("he drove down i-95 to see his kids", "i-95"),
        ("we drove my old truck up I-90 to see her", "i-90"),
    ],
)
def test_town_or_road_of_the_same_shape_is_a_place(
    redactor: Redactor, text: str, place: str
) -> None:
    assert place in _places(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # What a service does, with no proper name, is a kind of place (README: named ones).
        "i dropped off clothes at the domestic violence shelter",
        "she volunteers at the youth crisis center on weekends",
        "my brother did eight months in juvenile detention",
        # An everyday noun after 'lake' names no lake; 'no' opens no organisation's name.
        "we spent the weekend at the lake cabin",
        "i drive to work with no insurance",
        # A verb before a facility word is no part of its name.
        "they teach high school chemistry",
        "the caseworker helps families find apartments",
    ],
)
def test_unnamed_place_is_no_identifier(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i dropped off clothes at the harbor light shelter", "harbor light shelter"),
        ("we spent the weekend at lake tahoe", "lake tahoe"),
        ("he did two years at pelican bay", "pelican bay"),
        ("she works at hollister pediatrics", "hollister pediatrics"),
        ("she had surgery at the mayo clinic", "mayo clinic"),
    ],
)
def test_named_place_of_the_same_shape_is_found(redactor: Redactor, text: str, place: str) -> None:
    assert place in _places(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # The NER model's lowercase everyday phrases after 'the', and bodies of government.
        "my aunt cleans rooms at the county hospital",
        "he threw up at the bachelor party last night",
        "my dad had his stroke at the lake house",
        "she said the senate would never pass it",
    ],
)
def test_everyday_phrase_the_model_tags_is_no_place(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []


def test_word_of_a_thing_is_no_name_but_the_person_is(redactor: Redactor) -> None:
    assert found_names(redactor, "we sat on the ferris wheel until dark") == []
    assert found_names(redactor, "i asked Ferris to drive us") == ["ferris"]
    assert "cook county hospital" in _places(
        redactor, "we waited for hours at Cook County Hospital"
    )


def test_verb_phrase_is_no_organisation(redactor: Redactor) -> None:
    # 'be' opens no organisation's name.
    assert _places(redactor, "my aunt was going to be taking care of him") == []
    assert _places(redactor, "she works at lakeshore care now") == ["lakeshore care"]
