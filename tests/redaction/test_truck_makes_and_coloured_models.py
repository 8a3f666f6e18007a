"""A semi truck said by its make ("my rig, the Peterbilt"), a model after a colour with no
article ("white Silverado, plate ..."), and a model named after a town said with its plate
("the Tacoma with plate ...") are vehicles, no one's name or place. The town itself, said as a
place, stays a place. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _names_and_places(redactor: Redactor, text: str) -> list[str]:
    return [
        text[s.start : s.end]
        for s in redactor.redact(text).spans
        if s.label in ("NAME", "LOCATION")
    ]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("My truck is a Kenworth, and the company tracks it.", "Kenworth"),
        ("He drives the Peterbilt, plate R K, four four one, two.", "Peterbilt"),
        ("It was parked again, silver Tahoe, plate TX 4KL-229.", "Tahoe"),
        ("Plate JRM-5512, white Silverado. He waits outside.", "Silverado"),
        ("We took my truck, the Tacoma with plate 7 K W 2 2 1.", "Tacoma"),
    ],
)
def test_vehicles_are_no_names_or_places(redactor: Redactor, text: str, model: str) -> None:
    assert model not in _names_and_places(redactor, text)


def test_the_town_is_still_a_place(redactor: Redactor) -> None:
    text = "We moved to Tacoma in the spring and my plate is still from Oregon."
    assert "Tacoma" in _names_and_places(redactor, text)
