"""A licence or registry number written with a dot after its letters, the state before it ("my
nursing license, CO RN.1093345"): found whole and labelled by its cue. Prices, versions and times
with a dot stay text. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _spans(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    "marked",
    [
        "My pharmacy license, [[TX PH.2200418]], came up for audit.",
        "the board has my license as [[LPN.5530917]] and it's still active",
    ],
)
def test_dotted_licence_numbers(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _spans(redactor, text) == [(code, "LICENSE") for code in expected]


@pytest.mark.parametrize(
    "text",
    [
        "it cost $12.50 and the app was on v2.0 by then",
        "we met at 5.30 and left at 6.15.",
    ],
)
def test_prices_versions_and_times_stay_text(redactor: Redactor, text: str) -> None:
    assert _spans(redactor, text) == []
