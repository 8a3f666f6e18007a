"""A direction said after a street's suffix is part of the street: "sixth avenue south"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, Redactor
from tenor_desktop.redaction.street_rules import find_streets
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "client: i drove down [[harmon road east]] and kept going.",
        "client: she moved to a place on [[willow lane north]], near the school.",
        "client: i got pulled over on [[king avenue west]] after the vfw on friday",
    ],
)
def test_a_direction_after_the_suffix_is_part_of_the_street(
    redactor: Redactor, marked: str
) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "client: we took main street south of the river.",
        "client: then the road north to the lake, nothing else.",
    ],
)
def test_a_direction_that_goes_on_is_no_part_of_a_street(redactor: Redactor, text: str) -> None:
    assert all("south" not in p and "north" not in p for p in _places(redactor, text))


def test_a_direction_after_a_blanked_street_is_no_street(models: RedactionModels) -> None:
    # The output re-check sees "pulled over on [LOCATION 1] west after": the street blanked.
    text = "client: i got pulled over on " + " " * 12 + " west after the vfw"
    assert list(find_streets(text, models.lexicons)) == []
