"""Medicines are not identifiers, by brand or generic name, whatever the casing; a person whose
given name looks like one is still a name."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.lexicons import Lexicons


def _found(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    "text",
    [
        "Client: In the ER they gave me Dilaudid and then Zofran for the nausea.",
        "client: my gp put me on amlodipine five milligrams and told me to walk more.",
        "Client: She takes Eliquis and Jardiance, and Synthroid in the morning.",
        "Client: Sublocade shots every month now instead of the strips.",
        "client: the pharmacy was out of vraylar so i skipped two days",
        "Client: They switched me from Trileptal to Keppra after the seizure.",
        "Client: I asked Dr. Patel about Truvada and she said yes.",
    ],
)
def test_medicines_are_left_in_the_text(redactor: Redactor, text: str) -> None:
    medicines = [s for s, _ in _found(redactor, text) if s.lower() != "patel"]
    assert medicines == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Client: My daughter Ella takes Zoloft now.", "Ella"),
        ("Client: my friend yasmin drove me to the pharmacy for my lexapro", "yasmin"),
    ],
)
def test_a_given_name_that_looks_like_a_medicine_is_still_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert (name, "NAME") in _found(redactor, text)


def test_the_list_holds_no_given_name_of_the_name_lists() -> None:
    lex = Lexicons.load()
    assert not lex.medications & lex.first_names
