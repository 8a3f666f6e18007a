"""People listed with commas, closed by "and"/"or": every member is a name."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("client: jess, kav and suvi came over saturday", ["jess", "kav", "suvi"]),
        ("client: we invited ravi, priya, tobi and suvi", ["ravi", "priya", "tobi", "suvi"]),
    ],
)
def test_every_member_of_a_closed_list_is_a_name(
    redactor: Redactor, text: str, names: list[str]
) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # An apposition or a pause is no list: "read" and "hall" stay words.
        ("client: the adjuster, kevin, read it all back to me", ["kevin"]),
        ("client: my neighbor across the hall, ottoline. and my boss", ["ottoline"]),
    ],
)
def test_commas_outside_a_list_join_nobody(redactor: Redactor, text: str, names: list[str]) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == names
