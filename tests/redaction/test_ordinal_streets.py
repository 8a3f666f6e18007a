"""A numbered street said as an ordinal word, with or without its house number, is a place.

"we live at 1200 fourth street northwest" reads "1200 4th street northwest" after the spoken
numbers; "twelve hundred fourth street" read "1204th street" and "fourteen ten third street"
"14103rd street" until 926d127 ("1200 4th street" since). Every positive line but the second
(found after "at") failed at 5a1220e, as did "before court" and "kyle from the gym"; the other
look-alikes count streets, own a first, or use "street" as a modifier.
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
        "we live at [[1200 fourth street northwest, apartment two]] now",
        "we live at [[twelve hundred fourth street northwest]] now",
        "we moved to [[340 second avenue south]] last year",
        "she lives at [[18 third street]] with her aunt",
        "my address is [[fourteen ten third street]]",
        "the mail goes to [[1200 4th st NW, apt 3]] for now",
        "the [[fourth street]] fair was fun",
        "i'm at [[402 third avenue, apartment 5]]",
    ],
)
def test_an_ordinal_street_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "take the second street on the left and park there",
        "it was my first street fight and i lost",
        "every 2nd street has a liquor store",
        "she came in 2 2nd place at the meet",
        "i downed three coffees before court and was still shaking",
        "he sells street food on the weekends",
    ],
)
def test_a_count_or_a_phrase_is_no_street(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []


def test_a_person_from_a_facility_is_no_facility(redactor: Redactor) -> None:
    text = "client: it's about me and kyle from the gym. we've been hooking up"
    assert all("gym" not in place for place in _locations(redactor, text))
