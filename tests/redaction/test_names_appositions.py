"""Names between commas, closing an apposition, beside "you and", in questions and states;
chat words in the same slots are no names.

The names ("bartek", "tamara", "dana", "jace", "gabe") are in no list the slots rely on, or are
embedding words SCOWL does not list as everyday; found by the slot alone.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Client: my new lead, [[gabe]], is chill about breaks.",
        "Client: the front desk lady, [[clary]], said my card was declined.",
        "Client: mostly my neighbor from across the hall, [[jace]].",
        "Therapist: how are you and [[mick]] doing after the news?",
        "Therapist: how did [[rafe]] react?",
        "Client: so [[jess]] is just a coworker, he says.",
        "Client: hard. [[garion]] was born in the spring.",
        "Client: i think [[gabe]]'s daycare called twice.",
        "Client: yes. [[jace]], can i ask you something?",
    ],
)
def test_name_in_apposition_or_question(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked) == []


@pytest.mark.parametrize(
    "text",
    [
        "Client: my new job, honestly, is chill about breaks.",
        "Client: the front desk, btw, said my card was declined.",
        "Client: yes. btw, can i ask you something?",
        "Client: sooo, i did the thing.",
        "Client: welp, i guess that's it.",
        "Client: lowkey, i think it helped.",
        "Therapist: how are you and your sister doing?",
        "Therapist: how did therapy go?",
        "Client: so work is just a job, honestly.",
        "Client: my neighbor from across the hall, honestly.",
    ],
)
def test_everyday_or_chat_word_stays(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
