"""Topic phrases: everyday look-alikes of drinking, hitting and cutting are not disclosures."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector


def _categories(sentence: str) -> list[str]:
    return [t.category for t in TopicDetector(None, BUILTIN_CATEGORIES).detect(sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "I've been drinking more water and it helps my headaches.",
        "I drink way too much coffee when I'm stressed at work.",
        "I've been drinking a lot of tea since the surgery.",
        "My teenager slammed her door and said she hates me.",
        "He grabbed her keys and drove to the store without asking.",
        "I cut myself shaving this morning and bled on my shirt.",
        "I cut myself on a broken glass while doing the dishes.",
        "I was so frustrated I threw my pillow across the room.",
        "I kicked my shoes off and lay on the couch.",
        "I hit my head on the cabinet and got a bump.",
    ],
)
def test_everyday_look_alikes_are_no_topic(sentence: str) -> None:
    assert _categories(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("I've been drinking every night since the funeral.", "SUBSTANCE_USE"),
        ("I drink too much and then I can't stop.", "SUBSTANCE_USE"),
        ("He slammed her against the fridge in front of the kids.", "ABUSE"),
        ("He grabbed her by the arm and pulled her out of the car.", "ABUSE"),
        ("I cut myself again last night after the fight.", "SELF_HARM"),
        ("I've been cutting my arms where nobody can see.", "SELF_HARM"),
        ("I hit my head on the wall until it bled.", "SELF_HARM"),
        ("He threw my sister against the door.", "ABUSE"),
    ],
)
def test_the_acts_themselves_still_count(sentence: str, category: str) -> None:
    assert _categories(sentence) == [category]
