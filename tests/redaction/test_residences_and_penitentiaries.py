"""Recovery residences, penitentiaries and arboretums end a venue's name like a shelter does."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "she works at [[sunrise senior residence]] in the kitchen.",
        "i have a bed at [[harbor light recovery residence]] till june.",
        "my brother is a guard at the [[ohio state penitentiary]].",
        "he's at [[leavenworth penitentiary]] now.",
        "we got engaged at [[morton arboretum]].",
    ],
)
def test_named_residence_or_penitentiary_is_a_place(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "i live at my residence with my wife.",
        "he's doing ten years at the state penitentiary.",
        "we walked around the arboretum after lunch.",
        "they moved me to a group residence.",
        "the dorm is a residence hall now.",
    ],
)
def test_kind_of_residence_is_no_place(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


@pytest.mark.parametrize(
    "text",
    [
        "I keep going to the Saturday group at the library.",
        "she runs the tuesday night group at our church.",
        "we have the weekly group to look forward to.",
    ],
)
def test_group_named_by_its_day_is_no_place(redactor: Redactor, text: str) -> None:
    found = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert not any("group" in surface for surface in found)
