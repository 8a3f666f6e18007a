"""A workplace named after "work at" or a job title and "at", in everyday words and without an
article ("i work nights at prairie gold meats"), and what such slots hold that is no name."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "i work nights at [[copper field meats]], then i sleep all day.",
        "my uncle got me a job at [[ryan and sons]] last spring.",
        "so i can still work at [[tea bros]] for now.",
        "my mom works part time at [[sunny side cleaners]] now.",
        "he works days at [[big river steel]].",
        "i'm a cashier at [[happy bowl]] since june.",
        "my coworkers at [[summit wall]], they think i'm fine.",
    ],
)
def test_a_short_run_after_a_work_slot_is_the_workplace(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i work at odd jobs mostly, whatever pays.",
        "i work at getting better at this every day.",
        "she works at full capacity all week.",
        "i worked at two different places last year.",
        "he works at rock bottom prices, honestly.",
        "i work at home most days now.",
        "my boss at work is fine with it.",
        "i've been working at it for weeks with my sponsor.",
        "i work at night and sleep in the morning.",
        "my boss at work says i'm late again.",
    ],
)
def test_how_or_when_one_works_is_no_workplace(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("my chef at guelaguetza keeps joking he's gonna fire me.", "guelaguetza"),
        ("And I'm still working at Delta headquarters out by the airport.", "Delta"),
        ("my manager at acme says i can stay.", "acme"),
    ],
)
def test_a_clause_after_the_name_is_not_part_of_it(
    redactor: Redactor, text: str, place: str
) -> None:
    assert _places(redactor, text) == [place]
