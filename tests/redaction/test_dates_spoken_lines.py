"""Dates as transcripts say them: at the end of a line, after fillers and event verbs, and
ages over 89 said without "years old". The negatives share their shapes and stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        # A line break ends a day as a full stop does; "the" is part of a day said with it
        # (four characters or more: "the 9th" would be mostly article).
        "Client: i have court on [[the fifteenth]]\nTherapist: how do you feel",
        "Speaker 2: it's set for [[the twenty-ninth]]\nSpeaker 1: ok",
        "On [[the twelfth]] Maria comes back.",
        "around [[the twentieth]] i'll get paid",
        "after [[the tenth]] things got bad",
        "[[the fourteenth]] and [[fifteenth]] are my days off",
        # Months after fillers, event verbs, in ranges, and with their capital.
        "back in like [[june]] he left",
        "i've been clean since, uh, [[february]]",
        "i'm due [[october]]",
        "that was [[december]]",
        "[[june]] through [[august]] i was away",
        "In [[May]] I lost my job.",
        "in [[march]] we moved out",
        "by the end of [[march]] i'll know",
        "the hearing's set for [[november]]",
        # Digits run together by the normaliser, dashes, dots.
        "it was [[august eighteen twenty nineteen]]",
        "my court date is [[nine twelve]]",
        "discharged on [[4-17]]",
        "we separated on [[03.03.21]]",
        # Ages over 89.
        "my mom's [[ninety-one]]",
        "my great aunt, who's [[ninety-eight]], lives alone",
        "when she was [[ninety-six]] she fell",
        "my father is in his [[90s]]",
    ],
)
def test_spoken_dates_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "december is always hard",
        "october was a rough month",
        "is it june already",
        "for three weeks i couldn't sleep",
        "the second time it happened",
        "my phq-9 was 14",
        "a 3-4 hour drive",
        "on 2-3 days a week",
        "back in the 90s",
        "may i ask something",
        "at the end of may i think we'll know more.",
        "the fifth grade was hard",
        "a fifth of vodka\nTherapist: that's a lot",
        "for the third time\nTherapist: ok",
    ],
)
def test_lookalikes_are_no_dates(redactor: Redactor, text: str) -> None:
    assert _dates(redactor, text) == []
