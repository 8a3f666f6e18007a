"""States, territories and countries of several words, and grandparents' pet names, are no
identifiers; a person or a city beside them still is."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _found(redactor: Redactor, text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}


@pytest.mark.parametrize(
    "text",
    [
        "Client: He moved back to Puerto Rico last year.",
        "Client: my cousin in El Salvador called.",
        "Client: I miss Nana so much.",
        "Client: meemaw and gramps took us in that summer.",
    ],
)
def test_regions_and_grandparent_words_are_not_identifiers(redactor: Redactor, text: str) -> None:
    assert _found(redactor, text) == {}


def test_a_person_beside_a_country_and_a_one_word_state_name_are_still_found(
    redactor: Redactor,
) -> None:
    assert _found(redactor, "Client: she moved to Costa Rica with Marco.") == {"Marco": "NAME"}
    assert _found(redactor, "Client: Georgia called me last night.") == {"Georgia": "NAME"}
