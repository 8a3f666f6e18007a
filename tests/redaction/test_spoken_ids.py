"""Identifiers read aloud in shapes the first rounds missed (named networks, cues after codes)."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _check(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    for item in expected:
        assert any(item in span for span in found), (item, found)
    for span in found:
        assert any(span in item or item in span for item in expected), (span, expected)


@pytest.mark.parametrize(
    "marked",
    [
        "the network name is [[hollis house guest]]. he changed it",
        "the wifi is called [[blue heron cottage]] and the password is on the fridge",
        "my gamertag is [[silent otter]] and he keeps messaging me",
        "his inmate number is [[triple eight two one four]].",
        "the reference is [[b as in boy seven seven one two]].",
        "[[four four seven one nine]], that's his inmate number.",
        "my patron number is [[2 2 7 7 1 0 4]].",
        "my login is [[r dot alvarez eighty eight]].",
        # A mailbox at a known provider, its ending left off, after a word about mail.
        "her email is [[mara dot w dot eighty eight at gmail]]",
        "send it to my email, [[kimpark eighty eight at gmail]]",
        "i wrote to her inbox, [[ana dot r at proton mail]]",
    ],
)
def test_spoken_identifiers_are_found(redactor: Redactor, marked: str) -> None:
    _check(redactor, marked)


@pytest.mark.parametrize(
    "text",
    [
        "the wifi name is private, I think.",
        "my username is just my name and a number.",
        "5000 is the number they quoted for rehab.",
        "we stayed in 2019 which is the year my dad died.",
        "the wifi is slow and the router is old.",
        "I was number two in my class, triple the work though.",
        # No word about mail: a provider named after "at" is a place of work or a meeting.
        "we met at gmail headquarters when he still worked there.",
        "I check my email at night, then I sleep.",
    ],
)
def test_everyday_talk_around_identifier_cues_is_left_alone(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    ("text", "zip_code"),
    [
        (
            "we live on warren avenue in dearborn, four eight one two six, and everyone",
            "four eight one two six",
        ),
        ("i live in hollis, 11423.", "11423"),
    ],
)
def test_zip_said_after_its_town(redactor: Redactor, text: str, zip_code: str) -> None:
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert (zip_code, "LOCATION") in found


@pytest.mark.parametrize(
    "text",
    [
        "in total, 10000, and i'm done.",
        "in my savings, 20000, gone.",
        "we make about, 45000, a year.",
    ],
)
def test_amounts_between_commas_are_no_zip(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    "marked",
    ["and the plate, [[QTR-J47]], is still in his name.", "the plate is [[7ABC1]]."],
)
def test_plates_with_few_digits_after_their_cue(redactor: Redactor, marked: str) -> None:
    _check(redactor, marked)


@pytest.mark.parametrize(
    "text", ["my plate got stolen, MK4 tires too.", "the plates were on the B12 shelf."]
)
def test_short_codes_near_a_plate_word_that_are_no_plates(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
