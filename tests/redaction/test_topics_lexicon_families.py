"""Topic phrase families added in stop 19: immigration status words, the court's watch on a
client, drug use as a noun and in its units, and their everyday look-alikes."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector


def _categories(sentence: str) -> list[str]:
    return [t.category for t in TopicDetector(None, BUILTIN_CATEGORIES).detect(sentence)]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # immigration: the status held or lost, a spouse's visa, plural forms, sent back
        ("If the company lets me go I fall out of status in two months.", "IMMIGRATION"),
        ("My husband is here on an H4 so his job depends on mine.", "IMMIGRATION"),
        ("We filed for adjustment of status last spring and still nothing.", "IMMIGRATION"),
        ("My parents are still waiting for their green cards.", "IMMIGRATION"),
        ("We arrived as refugees when I was six.", "IMMIGRATION"),
        ("I'm scared they will send him back to Honduras.", "IMMIGRATION"),
        ("Two years ago they sent her back to Honduras.", "IMMIGRATION"),
        # criminal: prosecution under way, the court's devices, bail
        ("The prosecutor says they'll indict him by the end of the month.", "CRIMINAL"),
        ("I have to self-surrender on the first of the month.", "CRIMINAL"),
        ("The SCRAM bracelet beeps every time the battery gets low.", "CRIMINAL"),
        ("My truck has an interlock now so I blow before I drive.", "CRIMINAL"),
        ("My brother had to bail me out on a Sunday night.", "CRIMINAL"),
        ("Two of his friends jumped a guy outside the bar last weekend.", "CRIMINAL"),
        ("He shoved me first and then I broke his jaw.", "CRIMINAL"),
        # substance use: the using with no object, asked in its units, slang, recovery rooms
        ("Tell me more about the using on those nights.", "SUBSTANCE_USE"),
        ("Were you using anything at the party?", "SUBSTANCE_USE"),
        ("What has been hardest since you stopped using?", "SUBSTANCE_USE"),
        ("The last time I caught him using he swore it was the end.", "SUBSTANCE_USE"),
        ("Do the friends you use with know you are here?", "SUBSTANCE_USE"),
        ("What were you using back then?", "SUBSTANCE_USE"),
        # self-harm screening in its own words
        ("Lately have you had thoughts of not wanting to be here?", "SELF_HARM"),
        ("Some days I think everyone would say I'm better off dead.", "SELF_HARM"),
        ("Has he ever told you he was wanting to die?", "SELF_HARM"),
        ("Have you thought about how you would do it?", "SELF_HARM"),
        ("Are the thoughts of overdosing still there at night?", "SELF_HARM"),
        ("How many beers would you say on a Saturday?", "SUBSTANCE_USE"),
        ("He smokes a few blunts before work every day.", "SUBSTANCE_USE"),
        ("I used to finish a twelve-pack by myself on Sundays.", "SUBSTANCE_USE"),
        ("She got hooked on crystal after the divorce.", "SUBSTANCE_USE"),
        ("I was doing a little bump in the bathroom at work.", "SUBSTANCE_USE"),
        ("My roommate keeps Narcan in the kitchen drawer for me.", "SUBSTANCE_USE"),
        ("He was buying roxies off a kid at the gym.", "SUBSTANCE_USE"),
        ("I picked up some edible stuff from the dispensary downtown.", "SUBSTANCE_USE"),
    ],
)
def test_family_phrases_tell_their_topic(sentence: str, category: str) -> None:
    assert category in _categories(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I was afraid I'd lose my status as team captain if I missed practice.",
        "The nurse will send me back to the waiting room for another hour.",
        "They send him back to school after lunch most days.",
        "The nurse sent me back to the waiting room for another hour.",
        "The school sent him back home with a fever on Monday.",
        "She was using the laptop when the power went out.",
        "How many glasses of water do you drink a day?",
        "I bought a twelve-pack of sparkling water for the office.",
        "I quit using Facebook after the election.",
        "Were you using the car that night?",
        "I wanted to die of embarrassment when my boss read it out.",
        "I was not wanting to be here at the reunion, honestly.",
        "My dad bailed me out of a bad phone contract last year.",
        "Honestly, he'd be blunt with you about it.",
        "We got her a crystal vase for the wedding.",
    ],
)
def test_family_look_alikes_are_no_topic(sentence: str) -> None:
    assert _categories(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("We came on humanitarian parole and it ends in March.", ["IMMIGRATION"]),
        ("My parole through U4U runs out next spring.", ["IMMIGRATION"]),
        ("My parole ends soon and the re-parole never came.", ["IMMIGRATION"]),
        ("He got out on parole last year.", ["CRIMINAL"]),
        ("I'm ninety days sober today.", ["SUBSTANCE_USE"]),
        ("I have two years clean.", ["SUBSTANCE_USE"]),
        # another's milestone tells nothing of the client's use
        ("My uncle's got twenty years sober and he calls me every week.", []),
        ("My sister just got her five years sober.", []),
    ],
)
def test_immigration_parole_and_time_clean(sentence: str, expected: list[str]) -> None:
    assert _categories(sentence) == expected


def test_a_wish_to_kill_for_a_thing_is_a_self_harm_look_alike() -> None:
    from tenor_desktop.redaction.topic_phrases import compile_category, look_alike_names

    active = [compile_category(c) for c in BUILTIN_CATEGORIES]
    assert "SELF_HARM" in look_alike_names(active, "honestly i could kill for a day off.")
    assert "SELF_HARM" not in look_alike_names(active, "sometimes i think about killing myself.")
