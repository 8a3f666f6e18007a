"""Jails, prisons and residential programs named after a verb of custody or treatment.

Every positive line was missed at c46d235 (the start of this work); the negatives share the
verbs and must keep their everyday destinations as text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _locations(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "i got out of [[rikers]] and went straight to [[phoenix house]]",
        "he's been living there since he got out of the [[estelle unit]]",
        "they transferred him to the [[coffield unit]] last spring",
        "i went straight to [[sunrise house]] after detox",
        "she checked herself into [[cedar house]] last week",
    ],
)
def test_custody_and_program_places_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i got out of bed and went to work",
        "he got out of the army and never talked about it",
        "we went to open house at the school",
        "she's staying at a halfway house now",
        "he calls me from work every day",
        "they sent me to the principal's office",
        "i got out of jail and went straight to my mom's house",
    ],
)
def test_everyday_destinations_stay_text(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "i did nine years at [[northern state]] for the armed robbery.",
        "he's doing five years in [[pelican bay]].",
    ],
)
def test_two_everyday_words_after_time_served_name_the_prison(
    redactor: Redactor, marked: str
) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "text",
    [
        "he did two years in state prison.",
        "he did a year in the county jail.",
        "i did four years in the army.",
        "i did two years at community college.",
        "i'm doing time at home now.",
    ],
)
def test_kinds_of_prison_and_service_after_time_served_stay_text(
    redactor: Redactor, text: str
) -> None:
    assert list(redactor.redact(text).spans) == []
