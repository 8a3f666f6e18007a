"""Names no list holds, in slots of a conversation: an addressee before "your", an answer
followed by "he"/"she", a grandmother's name after a family word of another language, company
("i visit him with X"), likes, a baby's name, a subject of a contracted "will".

No list holds the names here; "jace", "gabe", "clary", "garion" and "mick" are words of the
embedding vocabulary, so only the slot tells them from words. Everyday words in the same slots
stay unredacted.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "Therapist: [[Jace]], your teacher said the week was hard.",
        "Therapist: who was it?\nClient: yeah, [[gabe]]. he took the car again.",
        "Client: my abuela [[clary]] still lives there.",
        "Client: i visit him with [[brisa]] on sundays.",
        "Client: so [[garion]] likes him a lot, honestly.",
        "Client: she's due in the fall. we're naming her [[ottoline]].",
        "Client: and [[mick]]'ll tell you different, but it was his idea.",
        "Client: bye, [[clary]]. see you next week.",
        "Client: thank you so much, [[zack]].",
        "Therapist: good morning, [[gabe]]. how was your week?",
        "Client: guilty, mostly about [[jace]]. we were close.",
    ],
)
def test_name_in_conversation_slot(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked) == []


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: Okay, your homework this week is a thought log.",
        "Therapist: what did you eat?\nClient: yeah, pizza. he made it.",
        "Client: my abuela still lives there.",
        "Client: i visit him with flowers on sundays.",
        "Client: nobody likes him a lot, honestly.",
        "Client: that'll tell you everything.",
        "Client: things'll get better, i know.",
        "Client: bye, guys. see you next week.",
        "Client: thank you so much, seriously.",
        "Therapist: good morning, sunshine. how was your week?",
        "Client: love you, babe.",
        "Client: guilty, mostly about money. we were broke.",
        "Client: poppa always said that.",
        "Client: gramma said no, like always.",
    ],
)
def test_everyday_word_in_conversation_slot(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
