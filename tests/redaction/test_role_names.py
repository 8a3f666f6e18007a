"""Names said with the role, nickname or group that places them.

Every positive line was missed at c46d235 (the start of this work); the negatives use the same
slots with no name in them.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _names(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "NAME"]


@pytest.mark.parametrize(
    "marked",
    [
        "maybe a letter. the lawyer is [[eun-ji park]], and she's kind",
        "the board's investigator is [[guy ellery]], and i have to email him",
        "i ran into [[smokey]], that's what everybody calls him, at the bus stop",
        "[[june]] from h r wants to meet on wednesday",
    ],
)
def test_a_name_in_a_role_or_nickname_slot(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _names(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the lawyer is really nice and she listens",
        "the investigator is coming back tomorrow",
        "someone from hr called me",
        "nobody from church came",
        "my mom, the nurse, is always tired",
        "i got a letter from work saying i'm fired",
    ],
)
def test_the_slots_without_a_name_stay_text(redactor: Redactor, text: str) -> None:
    assert _names(redactor, text) == []
