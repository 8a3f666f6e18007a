"""Names in strong person slots even when they are everyday words or towns; facilities after a
clinician ("doctor nakamura at beth israel")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "[[ferris]]'s mom called me a bad influence.",
        "[[hobart]] and [[mireille]] were yelling again.",
        "he asked about [[nessa]], my old roommate.",
        "she's dating some guy named [[cash]].",
        "her boyfriend's name is [[colt]].",
        "we named the baby [[wren]].",
        "doctor [[nakamura]] at [[beth israel]] said my a1c is 8.1.",
        "my psychiatrist at [[mass general]] wants me to try something new.",
        "[[lisbeth]] comes over too.",
    ],
)
def test_names_and_facilities_in_strong_slots(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "the nurse at work said I should rest.",
        "my doctor at the clinic told me to stop.",
        "the therapist from group said it was normal.",
        "we named it after my grandpa.",
        "his name is weird, honestly.",
        "the dog's mom was a rescue.",
        "my mom's sister came over.",
        "everyone's parents were there.",
        "america's problem is that nobody cares.",
        "my name is on the lease and his name is too.",
    ],
)
def test_everyday_talk_in_those_shapes_is_left_alone(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    "marked",
    [
        "my daughter [[sunny]] starts school monday.",
        "Speaker 1: how's your daughter\nSpeaker 2: [[honor]] is doing better.",
        "then [[rocco]] said he was done.",
        "we grew up in a little town called [[moab]].",
        "my cousin's husband, [[rafferty]], shows up drunk.",
    ],
)
def test_everyday_words_in_person_only_slots(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "my son got kicked out of class.",
        "my mom apparently said it was fine.",
        "my dad even called the school.",
        "my brother works nights now.",
        "Therapist: how's your daughter\nClient: school is hard for her.",
        "Therapist: how's your mom\nClient: life is doing its thing.",
        "then she said no.",
        "the street was called main.",
    ],
)
def test_relation_and_answer_slots_keep_everyday_words(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    "marked",
    [
        "we were at a bar, me, [[soraya]] and her cousin.",
        "[[callum]]'ll be there too.",
        "so it's me, the kids and [[rutherford]].",
        "[[cosimo]], who I used to date, showed up.",
        "my mom and [[leocadia]] don't get along.",
        "I keep comparing myself to [[araminta]].",
        "did I tell you about [[florentina]]?",
        "I live with two roommates, [[kenna]] and [[sol]].",
    ],
)
def test_people_in_lists_and_clauses(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert sorted(found) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "it was me, the kids and the dog.",
        "my mom and dad don't get along.",
        "I keep comparing myself to everyone.",
        "I'm worried for nothing, probably.",
        "the kids and school are a lot.",
    ],
)
def test_lists_of_everyday_things_are_not_people(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("will and I are fighting again.", ["will"]),
        ("I will and I must.", []),
        ("Lately [NAME 1] has been weird with me.", []),
        ("We live off Hwy 52 now.", ["Hwy 52"]),
    ],
)
def test_modal_names_adverbs_and_highways(
    redactor: Redactor, text: str, expected: list[str]
) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ruxandra my coworker keeps taking credit.", ["ruxandra"]),
        ("I bought it for maren.", ["maren"]),
        ("we had dinner at the okonkwos' house.", ["okonkwos"]),
        ("the smiths next door called the cops.", ["smiths"]),
        ("I see doctor fenwick-hale on tuesdays.", ["fenwick-hale"]),
        ("I bought it for ketamine.", []),
        ("I got it for insomnia.", []),
        ("we had dinner at the neighbors' house.", []),
    ],
)
def test_more_person_slots(redactor: Redactor, text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "text",
    ["my mom smokes cigarettes and it worries me.", "I did molly at the festival."],
)
def test_verbs_and_drug_names_after_person_cues(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


def test_family_words_of_other_languages_are_not_entities(redactor: Redactor) -> None:
    text = "Client: I miss my abuela so much. My Abuela made tamales every Sunday."
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("how's ottoline doing these days?", ["ottoline"]),
        ("so basically corinna dumped me.", ["corinna"]),
        ("I heard leontyne got engaged.", ["leontyne"]),
        ("I keep seeing leontyne everywhere.", ["leontyne"]),
        ("I think therapy is helping.", []),
        ("I heard tuesdays are busy.", []),
        ("so basically nothing happened.", []),
        ("how's work going? how is school doing?", []),
        ("I guess lexapro is working.", []),
    ],
)
def test_complement_clauses_and_fillers(redactor: Redactor, text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sunny said she'd come.", ["sunny"]),
        ("ray and his brother fixed the car.", ["ray"]),
        ("the sun was out, sunny and warm.", []),
        ("she and her husband came.", []),
        ("then the summer came and went.", []),
    ],
)
def test_word_names_before_person_verbs_and_kin(
    redactor: Redactor, text: str, expected: list[str]
) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm scared of kyle brennan.", ["kyle brennan"]),
        ("honestly brennan was rude.", ["brennan"]),
    ],
)
def test_the_rest_of_a_full_name(redactor: Redactor, text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected
