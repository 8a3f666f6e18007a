"""A partner named after "still with", "the breakup with" or "at home with": "you're still with
jess", "i'm technically still with mark and", "how are things at home with wade". A pronoun,
a relation or a thing after the same words is no name ("still with it", "still with my
husband", "home with covid")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Therapist: and you're still with jess", "jess"),
        ("Client: guilty, because i'm technically still with mark and we haven't talked", "mark"),
        ("Therapist: how are things at home with wade", "wade"),
        ("Client: it's been a month since the breakup with tavi, honestly", "tavi"),
    ],
)
def test_partner_after_still_with_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    names = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert names == [name]


@pytest.mark.parametrize(
    "text",
    [
        "i'm still with it, honestly.",
        "i'm still with my husband, for now.",
        "are you still with us?",
        "she's home with covid this week.",
        "i stayed home with the kids.",
        "i'm still with family in the city.",
    ],
)
def test_no_name_after_still_with(redactor: Redactor, text: str) -> None:
    assert not [s for s in redactor.redact(text).spans if s.label == "NAME"]
