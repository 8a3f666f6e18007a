"""The last digits of a card or account said after "ending" without "in", or read one by one:
"my card ending 7 7 3 1". Without a card word the bare form is no number ("the season ending
2019"). Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _labels_at(redactor: Redactor, text: str, surface: str) -> set[str]:
    start = text.index(surface)
    return {
        s.label
        for s in redactor.redact(text).spans
        if s.start <= start and start + len(surface) <= s.end
    }


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("they charged my card ending 7 7 3 1 twice", "7 7 3 1"),
        ("the refund went to my checking account, ending 5 0 2 9, on friday", "5 0 2 9"),
        ("my debit card ending in 8812 was frozen", "8812"),
    ],
)
def test_card_ending_digits(redactor: Redactor, text: str, digits: str) -> None:
    assert "ACCOUNT" in _labels_at(redactor, text, digits)


def test_no_card_no_number(redactor: Redactor) -> None:
    text = "the season ending 2019 was a rough one"
    assert not [s for s in redactor.redact(text).spans if s.label in ("ACCOUNT", "SSN")]
