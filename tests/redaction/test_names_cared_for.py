"""Names no list holds as the people cared for, disciplined or confided in.

"took kiki to the park", "put jojo to bed", "i spanked jojo", "cried to tash": slots that take
children and loved ones. Pills, hobbies and errands in the same slots stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Client: i took [[kiki]] to the park.",
        "Client: i had to drive [[coco]] to school.",
        "Client: i put [[jojo]] to bed early.",
        "Client: i let [[tavi]] stay up late.",
        "Client: i borrowed money from [[kav]].",
        "Client: i lent [[kav]] two hundred bucks.",
        "Client: i spanked [[jojo]].",
        "Client: i feel like i failed [[kiki]].",
        "Client: i cried to [[tash]] on the phone.",
        "Client: it's been hard on [[kiki]].",
        "Client: it's hard for [[brody]].",
        "Client: as for [[kav]], i don't care anymore.",
        "Client: it's always about [[cass]].",
        "Client: i keep comparing myself to [[jess]].",
    ],
)
def test_person_cared_for_is_found(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked, within=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: i took adderall to stay awake.",
        "Client: i took ozempic to lose weight.",
        "Client: i took pilates to the next level.",
        "Client: i took it to the shop.",
        "Client: i let it go.",
        "Client: i borrowed money from the bank.",
        "Client: i borrowed money from venmo.",
        "Client: i failed chemistry.",
        "Client: i cried to myself.",
        "Client: it's been hard on everyone.",
        "Client: as for work, it's fine.",
        "Client: i think about kombucha too much.",
        "Client: i lent them two hundred dollars.",
        "Client: we picked up takeout from school.",
    ],
)
def test_thing_in_the_same_slot_stays(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
