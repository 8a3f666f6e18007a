"""Names as recipients, possessors, addressees and speakers, and everyday words that stay.

None of "jess", "suvi", "kav", "bex", "marnie" or "rafe" is in a name list; the slot finds them.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Client: i lent [[bex]] my car and never got it back.",
        "Client: i gave [[kav]] a ride home.",
        "Client: i paid [[bex]] back the money.",
        "Client: we took [[suvi]]'s dog to the vet.",
        "Client: i was crying in [[kav]]'s bathroom.",
        "Client: honestly [[marnie]], i don't know what to do.",
        "Client: listen [[jess]], i need you to hear me.",
        "Client: that's what [[jess]] said.",
        "Client: i feel like [[jess]] doesn't get it.",
        "Client: mostly it's [[jess]] who calls me.",
        "Client: i can't stop thinking about what [[rafe]] said.",
        "Client: i was waiting on [[kav]] to call.",
    ],
)
def test_name_in_slot_is_found(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: i gave yoga a try.",
        "Client: i gave therapy another chance.",
        "Client: i sent the landlord an email.",
        "Client: i showed my mom the letter.",
        "Client: i ate the dog's food by accident.",
        "Client: everyone's phone was dead.",
        "Client: i slept over at grandma's apartment.",
        "Client: honestly man, i don't know what to do.",
        "Client: look dude, i'm tired.",
        "Client: that's what my therapist said.",
        "Client: i think obama said that once.",
        "Client: because my doctor said so.",
        "Client: i was waiting on the bus.",
        "Client: i paid chase back the whole balance.",
        "Client: i paid sprint back the fee.",
    ],
)
def test_everyday_word_in_slot_stays(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
