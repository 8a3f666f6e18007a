"""Someone's home said by their name alone ("we stayed at jess's"); chains stay text."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("client: we stayed at jess's", "jess"),
        ("client: i went over to kav's after work", "kav"),
        ("client: she slept at suvi's last night", "suvi"),
    ],
)
def test_a_home_by_its_owner_is_a_name(redactor: Redactor, text: str, name: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "client: i was at mcdonald's",
        "client: we ate at denny's after",
        "client: we stayed at my mom's",
        "client: i picked it up at the doctor's",
    ],
)
def test_chains_and_relatives_homes_are_not_names(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans
