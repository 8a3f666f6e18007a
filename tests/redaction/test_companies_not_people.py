"""Insurers, utilities and online services in a person's slot are no person."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    "text",
    [
        "client: i've been waiting on cigna for weeks",
        "client: i was mad at comcast all weekend",
        "client: unitedhealthcare denied the claim",
        "client: i'm so mad at medicaid",
        "client: i got a message from linkedin",
        "client: i called aetna and they denied it again",
    ],
)
def test_companies_in_person_slots_are_not_names(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans


def test_a_relative_with_a_company_name_is_still_a_person(redactor: Redactor) -> None:
    text = "client: my grandma kaiser is sick again"
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [("kaiser", "NAME")]


@pytest.mark.parametrize(
    "text",
    [
        "client: i'm proud of sobriety, one year now",
        "client: i blocked pornhub on the router",
        "client: i told al-anon about it",
    ],
)
def test_abstract_words_sites_and_fellowships_are_not_names(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans
