"""A word that names a topic outright opens the classifier gate (``topic_gate.NAMED_OPENS``).

The static scorer's floor (``topic_gate.STATIC_FLOOR``) shuts statements it finds unlikely even
when they hold a field word, and a firearm's name other than "gun" is no field word at all. A
clinician's question or reflection that names the topic ("do you keep any firearms at home?",
"is part of that a fear he might hurt himself?", "those are forms of coercive control") was
never read by the classifier, which is sure of most of them. Ordinary talk stays shut.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import topic_gate
from tenor_desktop.redaction.topic_gate import names_topic, opens_gate

# Synthetic questions and reflections that name a topic outright, under the static floor.
NAMED = (
    "Do you keep any firearms at home?",
    "Are there any shotguns or handguns in the house right now?",
    "When you think about Jonah, is part of that a fear he might hurt himself?",
    "Those are all forms of coercive control.",
    "Has he ever asked you for pics?",
    "Did you ever file a police report?",
)
ORDINARY = (
    "We had a nice weekend and the kids enjoyed the beach.",
    "Let's pick this up again next Tuesday at four.",
    "The traffic on the way here was terrible this morning.",
    "I think the new schedule at work is helping a little.",
)


@pytest.mark.parametrize("sentence", NAMED)
def test_a_named_topic_opens_the_gate_under_the_static_floor(sentence: str) -> None:
    assert names_topic(sentence)
    assert opens_gate(sentence, builtin_only=True)


@pytest.mark.parametrize("sentence", ORDINARY)
def test_ordinary_talk_names_no_topic(sentence: str) -> None:
    assert not names_topic(sentence)
    assert not opens_gate(sentence, builtin_only=True)


def test_the_named_cue_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(topic_gate, "NAMED_OPENS", False)
    assert not names_topic(NAMED[0])
    assert not opens_gate(NAMED[0], builtin_only=True)


def test_named_words_match_whole_words_only() -> None:
    # "gunk", "pistachio" and "sextants" hold the letters, not the word ...
    assert not names_topic("There's gunk in the sink and a pistachio shell on the floor.")
    assert not names_topic("My grandfather collected antique sextants.")
    # ... "arrested" and "sexual" are the words.
    assert names_topic("They arrested him at the game.")
    assert names_topic("Was it sexual?")
