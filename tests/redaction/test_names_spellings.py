"""Names spelled with accents or an apostrophe, names introduced or described, and look-alikes.

"zoë", "chloé", "o'connor" and "de'shawn" are read like "zoe", "chloe", "connor" and "shawn";
"café", "y'all" and "o'clock" are not names. "jess is my best friend" and "my roommate jess"
describe a person; "my dad didn't" does not name one.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Client: i talked to [[zoë]] about it yesterday.",
        "Client: i went to see [[chloé]] at her work.",
        "Client: i texted [[o'connor]] about the shift.",
        "Client: me and [[de'shawn]] had a fight.",
        "Client: so [[jess]] is pregnant again.",
        "Client: my roommate [[jess]] keeps eating my food.",
        "Client: there's this girl [[marnie]] in my class.",
        "Client: my boy [[dre]] got locked up.",
    ],
)
def test_name_is_found_whole(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked) == []


def test_name_described_as_a_relation(redactor: Redactor) -> None:
    text = "Client: jess is my best friend, honestly."
    assert found_names(redactor, text) == ["jess"]


@pytest.mark.parametrize(
    "text",
    [
        "Client: me and café owners don't get along.",
        "Client: i talked to y'all about it last week.",
        "Client: it was five o'clock and nobody called.",
        "Client: My dad didn't say anything. My mom cried.",
        "Client: my sister wasn't home.",
        "Client: there's this girl in my class.",
        "Client: some guy keeps calling.",
        "Client: my boy got locked up.",
        "Client: costco is my happy place.",
        "Client: work is my whole life right now.",
    ],
)
def test_look_alike_is_not_a_name(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
