"""A job title, a boss or coworkers "at" a place, "retired from" and "promoted at" / "got on
at", name a workplace.

"i'm a dispatcher at swift transportation", "my boss at rockwell automation wants", "since i
retired from boeing": the employer is a LOCATION (the sets mark where someone works), and
"transportation" and "automation" end a company's name as "logistics" does. A kind of place
or a generic word after the same slot stays out ("my boss at work", "retired from the army").
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "yeah i'm a dispatcher at [[swift transportation]] and they put me on nights",
        "also my boss at [[rockwell automation]] wants me to take a shot at it",
        "he's been drinking more since he retired from [[boeing]] last spring",
        "i waitress at [[denny's]] on weekends so i can cover rent",
        "my coworkers at [[home depot]] think i'm fine",
        "my foreman at [[lakeshore roofing]] picks me up at six",
        "work's good, i got promoted at [[ups]].",
        "he finally got on at [[boeing]] after two years of trying",
    ],
)
def test_role_slot_names_the_workplace(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [(e, "LOCATION") for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        "she retired from the army after twenty years.",
        "my boss at work is fine with it, honestly.",
        "my coworkers at the office keep asking.",
        "i'm a waitress at a diner and the tips are bad.",
        "he retired from teaching last year.",
        "public transportation takes two hours each way.",
        "he got promoted at work last week.",
    ],
)
def test_role_slot_before_a_kind_of_place_is_no_identifier(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans
