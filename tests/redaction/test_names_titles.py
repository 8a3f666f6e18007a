"""Capitalised titles and products are no people: "The Office", "a Monster", "a new Ring".

A capitalised word after a title's article said mid-sentence ("we watched The Crown"), or an
everyday word after a determiner ("a Coke"), names a show, a drink or a device. Names keep
being found: listed names after a determiner, capitalised runs ("the Food Lion on Carver
Street"), and names in the usual slots.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "text",
    [
        "Client: I watched The Crown last night.",
        "Client: I drank a Monster and went to bed.",
        "Client: I had a Coke and then a Snickers.",
        "Client: We binged The Bear over the weekend.",
        "Client: I watched The Notebook and cried.",
        "Client: I bought a new Ring doorbell.",
        "Client: I was reading The Body Keeps the Score.",
    ],
)
def test_title_or_product_is_not_redacted(redactor: Redactor, text: str) -> None:
    spans = redactor.redact(text).spans
    assert list(spans) == [], [(text[s.start : s.end], s.label) for s in spans]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: I met [[Grace]] at the gym.",
        "Client: we parked behind the [[Food Lion on Carver Street]].",
        "Client: I told [[Brenna]] how I felt.",
        "Client: and then a [[Kowalczyk]] kid started yelling.",
    ],
)
def test_names_next_to_titles_stay_found(redactor: Redactor, marked: str) -> None:
    text, wanted = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    for surface in wanted:
        assert any(surface in f or f in surface for f in found), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "Client: we had dinner at Denny's after church.",
        "Client: i got a job at macy's last month.",
        "Client: i work at trader joe's now.",
        "Client: we ate at wendy's on the way home.",
    ],
)
def test_chain_named_after_a_person_is_not_redacted(redactor: Redactor, text: str) -> None:
    names = [s for s in redactor.redact(text).spans if s.label == "NAME"]
    assert names == [], [text[s.start : s.end] for s in names]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: [[Wendy]] called me last night.",
        "Client: i was at [[wendy]]'s house all weekend.",
        "Client: [[wendy]]'s mom picked us up.",
        "Client: [[Wendy]]'s been great lately.",
        "Client: [[macy]]'s coming over later.",
    ],
)
def test_person_with_a_chain_name_is_redacted(redactor: Redactor, marked: str) -> None:
    text, wanted = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    for surface in wanted:
        assert surface in found, (text, found)


@pytest.mark.parametrize(
    "marked",
    [
        "Client: Our bishop, Brother [[Hales]], wants to meet with both of us.",
        "Client: I talked to Sister [[Mary Agnes]] after mass.",
        "Client: The U.S. Attorney's office told her they're going to indict.",
        "Client: The Sheriff said the report was filed.",
    ],
)
def test_a_capitalised_title_is_no_name_itself(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]
    assert found == expected
