"""A farm or field trade names an employer after a workplace slot ("a shift at green acre
packing", "drove a truck for bay harbor produce", "i been at the silver creek mine"), and a
truck or forklift driven "for" or "at" a place is such a slot. The trade alone, or a kind of
business, names no one."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "i missed my shift at [[willow bend packing]] monday and they wrote me up",
        "i drove a truck for [[bay harbor produce]] twenty years and my back is shot",
        "i been at the [[silver creek mine]] since the spring",
    ],
)
def test_trade_named_employers(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i work at the mine and it is fine",
        "i drove a truck for a produce company for years",
        "my shift at the packing plant monday was long",
    ],
)
def test_the_trade_alone_is_no_employer(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []
