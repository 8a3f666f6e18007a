"""Where someone stays or is treated, said by a rare name; saints' and "san" places lowercase."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i was at [[hazelden]] for 28 days",
        "i was inpatient at [[mclean]]",
        "they took him to [[bellevue]]",
        "he's locked up at [[san quentin]]",
        "i was admitted to the psych ward at [[st. vincent]]",
    ],
)
def test_stays_and_saints_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "text",
    [
        "i was at costco",
        "i was at starbucks",
        "he's at work now",
        "she's at practice",
        "we were at the zoo",
        "my son's at camp",
        "they put him in the psych ward",
        "she was in the maternity ward for a week",
    ],
)
def test_chains_and_everyday_stays_are_no_places(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
