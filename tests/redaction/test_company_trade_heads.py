"""A firm named by the trade or industry it is in ("... biotech", "... digital", "... timber",
"... dairy") after a workplace slot is a workplace, like "... logistics" already is; the trade
said alone after a slot, or as a field of work, names none."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "i'm the project lead at [[corvane digital]] so the launch is on me",
        "he's been a chemist at [[lumera biotech]] for six years",
        "i run the saw at [[tall pines timber]] most mornings",
        "my cousin works for [[harlow dairy]] now",
    ],
)
def test_firm_named_by_its_trade_is_a_workplace(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i work at the dairy on weekends",
        "she got a job in digital media last year",
        "he works in software at a startup",
        "the new timber came in this morning",
    ],
)
def test_the_trade_alone_is_no_workplace(redactor: Redactor, text: str) -> None:
    assert [s for s in redactor.redact(text).spans if s.label == "LOCATION"] == []
