"""Subjects and objects that are names no list holds: a full name before a person verb, a name
after a time phrase before violence, "X did." as an answer, "a guy named X Y" before a verb,
"email X", a name after a title before "would", a name said to be a coworker after "she said".

"jace", "gabe", "clary", "mick" and "garion" are embedding words SCOWL does not list as
everyday; "okonedo" is in no vocabulary. Everyday words in the same slots stay.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Client: honestly, rough. [[mick okonedo]] called me into his office.",
        "Client: yes. last saturday [[garion]] choked me until i passed out.",
        "Client: i didn't take it. [[gabe]] did. i just held it.",
        "Client: there's a guy named [[jace]] at my gym who stares.",
        "Client: i've told her to email [[mick]] directly.",
        "Client: grandma [[clary]] would tell her to back off.",
        "Client: she said [[jace okonedo]] is just a coworker from her school.",
        "Client: anyway, [[quinlan]] thinks i'm overreacting.",
    ],
)
def test_unlisted_subject_or_object(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked) == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: honestly, rough. work stuff called me back in.",
        "Client: yes. last saturday reality hit me hard.",
        "Client: i didn't take it. nobody did. it just vanished.",
        "Client: there's a class named yoga at my gym.",
        "Client: i've told her to email hr directly.",
        "Client: she said therapy is just a phase.",
        "Client: i didn't do it. that did. whatever.",
        "Client: anyway, everyone thinks i'm overreacting.",
        "Client: honestly, anxiety tells me i'm failing.",
    ],
)
def test_everyday_subject_or_object_stays(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
