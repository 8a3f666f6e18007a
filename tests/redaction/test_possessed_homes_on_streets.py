"""Someone said with "my", "his" ... and "'s on" a street is a relative's or friend's home, not
a venue named by its owner: "at my nan's on cutler street west" marks the street (with its
direction) alone. Before, the owned-venue rule took "nan's on cutler street" as one place and
cut the direction off. A venue named by its owner keeps its shape ("at Anthony's on Harbor
Road"). A direction that ends a transcript line ends its street ("king avenue north\nTherapist:");
before, only the end of the whole text did. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("i go over to my nan's on cutler street west.", "cutler street west"),
        ("we were at his gigi's on pruitt road east", "pruitt road east"),
    ],
)
def test_a_possessed_home_marks_the_street_alone(
    redactor: Redactor, text: str, street: str
) -> None:
    assert _places(redactor, text) == [street]


def test_a_venue_named_by_its_owner_keeps_its_shape(redactor: Redactor) -> None:
    text = "we met at Anthony's on Harbor Road for lunch"
    assert _places(redactor, text) == ["Anthony's on Harbor Road"]


def test_a_direction_ending_a_transcript_line_stays_with_its_street(redactor: Redactor) -> None:
    text = "Client: she moved to king avenue north\nTherapist: okay. how is that going"
    assert _places(redactor, text) == ["king avenue north"]
