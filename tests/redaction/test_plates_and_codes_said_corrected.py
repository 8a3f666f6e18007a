"""Plates and numbers read in pieces, stalled on and corrected: "plate 6, 8, 8, uh, x, t, w",
"ten dash a four four one", "two one four, uh, sorry, two four one, ...", "6619. wait no 6618".
The whole reading is one span, false start included; a corrected reading after a take-back is
a span of the same label. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _covered(redactor: Redactor, text: str, start: int, end: int) -> bool:
    spans = redactor.redact(text).spans
    return any(s.start <= start and end <= s.end for s in spans)


@pytest.mark.parametrize(
    "marked",
    [
        "my truck, plate [[five, two, two, uh, K, L, M]]. they towed it",
        "he drives a grey Civic, plate [[three, uh, three D, F, G, one, one, two]].",
        "the ford with idaho plate [[nine dash b four two two]] was outside again",
        "the plate was [[ohio two dash seven seven one eight]] and he drove off",
        "I saw it, plate [[OR 552 KLM]], parked behind the diner",
    ],
)
def test_plates_read_in_pieces(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    start = text.index(expected[0])
    assert _covered(redactor, text, start, start + len(expected[0]))


@pytest.mark.parametrize(
    "marked",
    [
        "my case number is [[four four one, uh, sorry, four one four, two two seven, eight]].",
        "Client: [[Nine oh two, five five five... no, sorry, nine oh two, five five five, "
        "zero one eight eight]]. Therapist: thank you",
    ],
)
def test_false_start_is_read_into_the_number(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    start = text.index(expected[0])
    assert _covered(redactor, text, start, start + len(expected[0]))


def test_corrected_reading_after_a_take_back(redactor: Redactor) -> None:
    text = "Therapist: and the last four of your social | Client: 4471. wait no 4417. right"
    start = text.index("4417")
    assert _covered(redactor, text, start, start + 4)


@pytest.mark.parametrize(
    "text",
    [
        "the license plate is on the car, it's fine",
        "his plate was expired, uh, in march",
        "I was 12, uh, sorry, I mean 13 when we moved",
        "we need 3, no wait, 4 chairs for the table",
    ],
)
def test_no_code_in_everyday_talk(redactor: Redactor, text: str) -> None:
    labels = {s.label for s in redactor.redact(text).spans}
    assert not labels & {"VEHICLE", "ID", "SSN", "PHONE", "ACCOUNT"}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Client: It's QRW 55031287. Sorry, QRW 55031278, the last two are seven eight.",
            "QRW 55031287",
            "QRW 55031278",
        ),
        (
            "Client: Texas plate K-P-D-7-1-9. Sorry, KPD 791, I mix it up.",
            "K-P-D-7-1-9",
            "KPD 791",
        ),
        ("my member id is hzn 6620417 no wait hzn 6620471 okay", "hzn 6620417", "hzn 6620471"),
    ],
)
def test_code_letters_kept_in_both_readings(
    redactor: Redactor, text: str, first: str, second: str
) -> None:
    """A code's opening letters, said in both readings, belong to the false start and to the
    corrected reading alike."""
    for said in (first, second):
        start = text.index(said)
        assert _covered(redactor, text, start, start + len(said)), said
