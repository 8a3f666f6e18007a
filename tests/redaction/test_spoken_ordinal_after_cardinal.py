"""An ordinal word after a completed spoken cardinal starts a new number.

"twelve hundred fourth street" is a house number and an ordinal street: it read "1204th street"
and "fourteen ten third street" read "14103rd street". An ordinal still continues a tens word
("march twenty third") or a bare hundred ("one hundred first street").
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.spoken_forms import normalise_spoken


@pytest.mark.parametrize(
    ("spoken", "digits"),
    [
        ("we live at twelve hundred fourth street", "we live at 1200 4th street"),
        ("my address is fourteen ten third street", "my address is 1410 3rd street"),
        ("fifteen hundred second avenue", "1500 2nd avenue"),
        ("twenty one hundred third street", "2100 3rd street"),
        ("march twenty third", "march 23rd"),
        ("the twenty first of june", "the 21st of june"),
        ("march fifth nineteen eighty", "march 5th 1980"),
        ("one hundred first street", "101st street"),
        ("three hundred and fifth", "305th"),
        ("two thousand nineteen", "2019"),
        ("six one seven five five five one two one two", "6175551212"),
        ("she is thirty one", "she is 31"),
    ],
)
def test_spoken_numbers(spoken: str, digits: str) -> None:
    assert normalise_spoken(spoken).text == digits


def test_offsets_map_each_number_back() -> None:
    text = "at twelve hundred fourth street"
    normal = normalise_spoken(text)
    start = normal.text.index("4th")
    low, high = normal.to_original(start, start + 3)
    assert text[low:high] == "fourth"
    low, high = normal.to_original(3, 7)
    assert text[low:high] == "twelve hundred"
