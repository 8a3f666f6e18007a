"""Apps and brands said with a capital are not people ("I spend hours on Reddit")."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    "text",
    [
        "Client: I spend hours on Reddit at night.",
        "Client: I use Headspace for meditation now.",
        "Client: He keeps messaging me on WhatsApp and Discord.",
        "Client: I deleted Tinder and Hinge last week.",
    ],
)
def test_app_names_are_not_identifiers(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans


def test_a_person_beside_an_app_is_still_found(redactor: Redactor) -> None:
    text = "Client: Marisol keeps messaging me on WhatsApp."
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert found == {"Marisol": "NAME"}
