"""The last four digits given in the turn after they are asked for, whether the request is a
question or a statement ("they need your last four again." / "6628."). Four of something counted
("the last four years.") and a year said after it stay text. Texts invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _spans(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        (
            "Therapist: The pharmacy will want your last four again.\nClient: 3917. Same.\n",
            "3917",
        ),
        ("Therapist: They asked me for the last four of your social.\nClient: 5082.\n", "5082"),
    ],
)
def test_last_four_answered(redactor: Redactor, text: str, digits: str) -> None:
    assert _spans(redactor, text) == [digits]


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: How were the last four years.\nClient: 2019 was the worst.\n",
        "Therapist: You moved a lot the last four times.\nClient: 1200, every time.\n",
        "Therapist: Let's go over the last four, then.\nClient: 2016. That one was bad.\n",
    ],
)
def test_counted_fours_and_years_stay_text(redactor: Redactor, text: str) -> None:
    assert _spans(redactor, text) == []
