"""Towns, streets and neighbourhoods from a probe of place forms written for stop 16: a town
past a landmark or "over by" it, an area word after a name ("wilton manors", "the cass
corridor" style), a street by a directional and an ordinal or a name, a street name after
"lives over on", listed neighbourhoods and "st"/"saint" towns. Look-alikes stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _places(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "LOCATION"]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: the checkpoint past [[falfurrias]] on the highway.",
        "Client: my grandma's place, over by [[naschitti]].",
        "Client: he lives on the water in [[wilton manors]].",
        "Client: they have a bed at the place on [[northwest hoyt]].",
        "Client: my house is on [[east ninth]].",
        "Client: she lives over on [[maple]], by the park.",
        "Client: we grew up in [[pilsen]].",
        "Client: my cousin stays in [[van nuys]].",
        "Client: my brother comes from [[st louis]] every summer.",
        "Client: they moved out to [[saint louis]].",
        "Client: my comadre lives in [[east salinas]] and she will help.",
        "Client: my mother took us to [[tuzla]] and then to [[des moines]].",
        "Client: my cousin from [[ibb]] in yemen.",
        "Client: she's from [[gary]], indiana.",
        "Client: i was raised outside [[mosul]] in iraq.",
        "Client: she fell near [[one sixty first]].",
        "Client: we live on [[martin luther king boulevard]].",
        "Client: my apartment on [[the 1400 block of south state]].",
        "Client: the hearing is at [[twenty six federal plaza]].",
        "Client: he wants to meet at the [[bellevue]] office.",
        "Client: the [[dallas]] branch is closing.",
        "Client: i used for years over in the [[cass corridor]].",
        "Client: he hangs out in the [[tenderloin]].",
        "Client: we lived in the [[cabrini]] projects.",
        "Client: i mean the [[ashburn]] area.",
        "Client: my family's from [[ponce]], puerto rico.",
        "Client: Our apartment's at [[55 Elm, Apt 3]].",
        "Client: he's from [[westchester]].",
        "Client: she's in [[l a county]] now.",
        "Client: we moved to [[l a]] in 2019.",
    ],
)
def test_place_forms_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _places(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client: we flew on southwest flight 22.",
        "Client: he lives out on his own now.",
        "Client: i live off savings right now.",
        "Client: it happened on east coast time.",
        "Client: we walked past the school.",
        "Client: i was in the hospital corridor all night.",
        "Client: i grew up in poverty in mexico.",
        "Client: we lived in a trailer in ohio.",
        "Client: i got a text from maria in texas.",
        "Client: she works in sales in florida.",
        "Client: he was in prison in california.",
        "Client: i love martin luther king.",
        "Client: the office is closed on mlk day.",
        "Client: we had a block of cheese.",
        "Client: we got lost on the way back home.",
        "Client: the union office called.",
        "Client: the main office is closed.",
        "Client: we waited in the hospital corridor.",
        "Client: we sat in the waiting area for hours.",
        "Client: he's in the smoking section.",
        "Client: that's a gray area for me.",
        "Client: we were in trouble, california was expensive.",
        "Client: it's normal, texas is always hot.",
    ],
)
def test_place_lookalikes_stay_text(redactor: Redactor, text: str) -> None:
    assert _places(redactor, text) == []
