"""A nursing home or a restaurant named "... nursing" or "... kitchen", said lowercase.

"a double at south shore nursing", "get to lakeside nursing where i work", "the business card
for golden harvest kitchen", "work in the kitchen at lucky garden kitchen". Both words also
say what one does or a room, so one everyday word before them names nothing ("want to finish
nursing", "home nursing", "at soup kitchen", "the church kitchen").
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "my feet be killing me after a double at [[south shore nursing]] anyway.",
        "it's my only way to get to [[lakeside nursing]] where i work nights",
        "it's the business card for [[golden harvest kitchen]] so she does the books",
        "he lets me work in the kitchen at [[lucky garden kitchen]] and pays cash",
    ],
)
def test_named_nursing_home_or_kitchen(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert found == [(e, "LOCATION") for e in expected]


@pytest.mark.parametrize(
    "text",
    [
        "that i want to finish nursing first, then we'll see.",
        "she does home nursing for a living.",
        "i want to study nursing at the college.",
        "i volunteer at soup kitchen on sundays.",
        "he helps out at the church kitchen.",
        "we ate at my mom's kitchen table.",
    ],
)
def test_nursing_or_kitchen_after_an_everyday_word_is_no_place(
    redactor: Redactor, text: str
) -> None:
    assert not redactor.redact(text).spans
