"""Universities and hospitals named by initials or the short name people use.

Every positive line was missed at c46d235 (the start of this work); the negatives are initials
of therapies, programs and tests, and university names said out of a school slot.
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
        "I had a scan at [[OHSU]] last week.",
        "My surgery is at [[UPMC]] next month.",
        "She's a freshman at [[NYU]].",
        "i went to [[covenant university]] and then [[carnegie mellon]] and it was hard",
        "she's a junior at [[penn state]] now",
        "he graduated from [[georgia tech]] and moved home",
        "he dropped out of [[rutgers]] after a year",
        "he's at [[f s u]], he plays club rugby.",
        "she's a nurse at [[u c s f]] now.",
    ],
)
def test_schools_and_hospitals_by_short_names(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I go to AAA for roadside help.",
        "I'm in IOP at the moment and it helps.",
        "They referred me to EMDR last spring.",
        "He went back to ICU after the fall.",
        "we watched penn state lose on saturday",
        "i bought a rutgers hoodie for my nephew",
        "they took him to i c u right away.",
        "i had to go to c p s again.",
        "i'm at a b c store.",
    ],
)
def test_initials_of_things_and_teams_stay_text(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        "Client: if I leave for [[UC Davis]] and something happens to him",
        "Client: once in the library at [[Cal State LA]] and once at home.",
        "client: my daughter starts at [[texas a and m international]] in january",
    ],
)
def test_a_state_system_and_its_campus(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "client: i went to ut for a bit but dropped out.",
        "client: we went to the uc in the afternoon.",
    ],
)
def test_a_system_name_without_a_campus_stays_text(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []
