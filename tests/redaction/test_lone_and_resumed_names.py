"""A name said alone as a sentence and then spoken of ("Tanner. He texted me"), and a name said
again as a pronoun after its relation ("my tio chuy he finally got ..."); the same shapes with
interjections, adjectives and adverbs stay text. Probe sentences written for stop 18.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "marked",
    [
        "He plays on the hockey team. [[Hunter]]. He messaged me the next morning.",
        "It was the new guy. [[Mason]]. He said he was clean.",
        "my uncle [[chuy]] he finally got his court date",
        "my cousin [[nacho]] he always borrows my car",
    ],
)
def test_lone_or_resumed_name_is_found(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked) == []


@pytest.mark.parametrize(
    "text",
    [
        "Therapist: How was the visit? Client: Short. He's living with his aunt now.",
        "Client: Exactly. He said that twice. Okay. She left after that.",
        "Client: Young. She was so young when it happened.",
        "my mom today she cried the whole time",
        "my sister again she forgot the pickup",
    ],
)
def test_interjection_adjective_or_adverb_is_no_name(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []
