"""A venue named by its owner and where it stands: "at Anthony's on the waterfront".

The name with "'s", then "on" a street or "on the" and a site, is one LOCATION; without the
"on" it is someone's home (a NAME), and a relation or a kind of shop is no owner.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, Redactor
from tenor_desktop.redaction.owned_venues import find_owned_venues
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "Once. We met at [[Anthony's on the waterfront]] for my birthday.",
        "It was nice. We went to [[Mama Ninfa's on Navigation Boulevard]] and then home.",
        "we went to [[mama ninfa's on navigation boulevard]] and then home.",
        "We ran into each other at [[Blake's on the Park]] last fall.",
        "i dropped the keys off at [[jake's on fifth avenue]] yesterday.",
    ],
)
def test_owned_venue_on_a_street_or_site(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [(e, "LOCATION") for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        "we stayed at my mom's on elm street all week.",
        "I was at the doctor's on Main Street when she called.",
        "We got married at St. Anne's on February 14th.",
        "he's at dale's on friday nights, always.",
        "we stopped at Dave's on the way down.",
        "she's at her sister's on the weekends.",
    ],
)
def test_home_relation_or_date_is_no_owned_venue(models: RedactionModels, text: str) -> None:
    assert list(find_owned_venues(text, models.lexicons)) == []
