"""Facility names from a seeded grammar (``facility_cases``) are found whatever the frame and
case; facility words in generic phrases stay text.

At c46d235 (the start of this work) the lowercase half scored 0.75 (after "i quit", "after
... closed", "honestly ...", "the waitlist for"); the capitalised half 0.96.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.facility_cases import facility_sentences


def _covered(redactor: Redactor, text: str, name: str) -> bool:
    start = text.index(name)
    redacted: set[int] = set()
    for span in redactor.redact(text).spans:
        redacted.update(range(span.start, span.end))
    return sum(1 for k in range(start, start + len(name)) if k in redacted) >= 0.8 * len(name)


def test_generated_facility_names_are_found(redactor: Redactor) -> None:
    cases = list(facility_sentences(240))
    by_case = {"lower": [0, 0], "written": [0, 0]}
    for text, name in cases:
        tally = by_case["lower" if text.islower() else "written"]
        tally[0] += _covered(redactor, text, name)
        tally[1] += 1
    for found, total in by_case.values():
        assert found / total >= 0.97, by_case


@pytest.mark.parametrize(
    "text",
    [
        "i go to physical therapy twice a week",
        "after high school i moved out",
        "we found a good gym near work",
        "she works in construction now",
        "he does landscaping in the summer",
        "i hated middle school so much",
        "group therapy helps more than i thought",
        "he's in assisted living now",
        "i did community college for a year",
        "my sister runs a bakery downtown",
        "we ate at some diner off the highway",
        "mom said grandma's village is pretty now",
        "i went through police academy last year",
        "I think Aiden's daycare called again",
    ],
)
def test_facility_words_in_generic_phrases_stay_text(redactor: Redactor, text: str) -> None:
    assert [s for s in redactor.redact(text).spans if s.label == "LOCATION"] == []
