"""The rest of a full name after a found given name: initials, particles, hyphens, surnames.

A name counts as found only when most of it is redacted: "maria" alone of "maria de la cruz"
is a miss.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Client: my lawyer is [[maria de la cruz]].",
        "Client: i met with [[kwame asante-mensah]] yesterday.",
        "Client: [[mohammed al-sayed]] is my neighbor.",
        "Client: officer [[dave st. john]] took my statement.",
        "Client: [[mary k. smith]] from the school called.",
        "Client: the judge, honorable [[linda mcallister]], ruled against me.",
        "Client: His name is [[Thaddeus J. Whitmore]].",
        "Client: pastor [[jim o'rourke]] came to the hospital.",
    ],
)
def test_whole_full_name_is_one_span(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Client: i miss jess a lot.", ["jess"]),
        ("Client: I told Marisol A lot of things.", ["marisol"]),
        ("Client: i saw marisol la semana pasada.", ["marisol"]),
        ("Client: i told kav i was sorry.", ["kav"]),
    ],
)
def test_words_after_a_name_stay(redactor: Redactor, text: str, names: list[str]) -> None:
    assert found_names(redactor, text) == names
