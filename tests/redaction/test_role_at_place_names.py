"""A role at a place, then the person between commas: both are found."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i told the house manager at [[bright path recovery residence]], [[tavion]], first.",
        "there's a lady from [[centro luz del valle]], [[marisela quintanar]], who helps us.",
        "the advocate at [[harbor house shelter]], [[priya]], said i could stay.",
    ],
)
def test_role_place_and_person_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "the guy from work, honestly, is a jerk.",
        "a lady from the food bank, yes, she helped.",
    ],
)
def test_no_person_between_the_commas(redactor: Redactor, text: str) -> None:
    assert [s.label for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    "marked",
    [
        "a guy from my physics section, [[darnell okafor]], said he'd help.",
        "the lady from our study group, [[marisela]], texted me.",
    ],
)
def test_owned_group_is_no_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert found == expected
