"""A chain and the street it stands on is one place; a chain alone, or on a day, is none."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _locations(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "she was working nights at the [[circle k on paisano]] and he'd come home.",
        "my mom took me outside by the [[h e b on tidwell]]",
        "I went back to the [[King Soopers on Havana]] and the liquor aisle is right there.",
        "behind the [[seven eleven on eighty second and foster]]. i'd been drinking.",
        "at the [[harris teeter on barracks road]]. i almost died.",
        "i go to the [[walgreens on main]].",
        "i work at the [[costco off airport road]] now.",
    ],
)
def test_a_chain_on_its_street_is_one_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _locations(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i shop at the walmart on weekends.",
        "the target on sale days is a zoo.",
        "i was at the mcdonald's on my break.",
        "i shop at walmart.",
    ],
)
def test_a_chain_alone_or_on_a_day_is_no_place(redactor: Redactor, text: str) -> None:
    assert _locations(redactor, text) == []
