"""A ZIP code read out right after its street: "on 23rd Avenue Court, 80634, near the park"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.zip_codes import find_zip_codes


@pytest.mark.parametrize(
    ("text", "zip_code"),
    [
        ("It's a little ranch, on 23rd Avenue Court, 80634, near Bittersweet Park.", "80634"),
        ("we moved to 412 elm street, 97024.", "97024"),
        ("the new place is on harmon rd., 48126 and it's quiet", "48126"),
    ],
)
def test_zip_after_a_street(text: str, zip_code: str) -> None:
    assert [text[s:e] for s, e, _, _ in find_zip_codes(text)] == [zip_code]


@pytest.mark.parametrize(
    "text",
    [
        "the march down main street, 10000 people strong.",
        "we walked the whole trail, 12000 steps and then some.",
        "the street, 90210 style, was all mansions",
    ],
)
def test_five_digits_after_a_street_word_not_closing_it(text: str) -> None:
    assert list(find_zip_codes(text)) == []
