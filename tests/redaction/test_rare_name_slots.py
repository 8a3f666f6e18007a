"""Names no list holds ("brannick", "quenby", "corvin" are rare words) in more person slots.

Rare words are also brands, foods and hobbies ("crossfit", "peloton", "quinoa"): those stay.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Therapist: what did [[quenby]] say when you told her?",
        "Therapist: does [[corvin]] know about this?",
        "Client: i had a dream about [[brannick]].",
        "Client: i need to stop texting [[brannick]].",
        "Client: [[tallis]], she's always been like that.",
        "Client: even [[tallis]] thinks i'm overreacting.",
        "Client: [[quenby]], the girl from group, reached out.",
        "Client: i can't believe [[quenby]] did that.",
    ],
)
def test_rare_name_in_person_slot_is_found(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: i'm done with crossfit.",
        "Client: without kombucha i feel awful.",
        "Client: matcha, the green one, is my favorite.",
        "Client: no, quinoa.",
        "Client: i noticed cbd helped.",
        "Client: peloton took my money.",
        "Client: does thc help with sleep?",
        "Client: did wordle come out today?",
        "Client: i keep texting lol.",
        "Client: i had a nightmare about roblox, we kept falling.",
    ],
)
def test_rare_thing_stays(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
