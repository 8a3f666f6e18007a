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


@pytest.mark.parametrize(
    "sentence",
    [
        "I put ice on my ankle after the run and it helped.",
        "We got ice cream with the kids after the game.",
        "I'm killing myself at work trying to get this promotion.",
        "I'm thinking about ending things with my girlfriend, it's not working.",
        "We decided to end it after three years together.",
        "My sister broke my phone on purpose to get back at me.",
        "The kids love to jump off the diving board at the pool.",
        "I was so tired I did not wake up until noon on Saturday.",
        "I bought a new razor because mine was dull.",
        "I hurt myself at the gym lifting too much.",
        "I burned my hand on the oven door last night.",
        "I was scratching my head trying to figure out the instructions.",
        "I'm way too hard on myself when I make mistakes.",
        "We went wine tasting for our anniversary.",
        "A drunk driver hit my car at the light last month.",
        "I feel like such a fraud at work.",
        "I've neglected my friends since the baby was born.",
        "It really hurt me when she didn't invite me to the wedding.",
        "Her letter really touched me, I cried reading it.",
        "I slept with the lights on after watching that movie.",
        "I couldn't make out what the doctor was saying.",
        "Our team beat them in the final and the kids were thrilled.",
        "I beat my personal record at the gym.",
        "I nearly choked on a piece of steak at dinner.",
        "I've been high on life since I got the job.",
        "My daughter's friend stole the show at the recital.",
        "I got into a fender bender on the way here.",
        "A car swerved into my lane on the highway.",
        "My uncle went to rehab for substance abuse and he's doing great.",
        "It's illegal to park there after six, so I got a ticket.",
        "A coyote got into our yard and scared the dog.",
        "I want everything to stop for a day so I can catch up on sleep.",
        "I'm tired of living out of boxes since the move.",
    ],
)
def test_idioms_with_topic_words_are_no_topic(sentence: str) -> None:
    # "substance abuse" may be substance use, never abuse.
    allowed = [["SUBSTANCE_USE"]] if "substance abuse" in sentence else []
    assert _categories(sentence) in [[], *allowed]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("ICE took my father from the parking lot.", "IMMIGRATION"),
        ("I've been thinking about killing myself.", "SELF_HARM"),
        ("I want to end it.", "SELF_HARM"),
        ("I took too many pills on purpose.", "SELF_HARM"),
        ("I think about steering into the overpass on purpose.", "SELF_HARM"),
        ("I want to go to sleep and not wake up.", "SELF_HARM"),
        ("I'd rather be dead.", "SELF_HARM"),
        ("I jumped off the bridge when I was nineteen.", "SELF_HARM"),
        ("I burned my arm with a cigarette.", "SELF_HARM"),
        ("I used the knife on myself.", "SELF_HARM"),
        ("I thought about swerving into a tree.", "SELF_HARM"),
        ("He beat me with a belt.", "ABUSE"),
        ("He choked me until I passed out.", "ABUSE"),
        ("My parents neglected us for years.", "ABUSE"),
        ("He touched me when I was little.", "ABUSE"),
        ("We made out in his car after the party.", "SEXUAL_CONTENT"),
        ("We slept with each other on the first night.", "SEXUAL_CONTENT"),
        ("I committed fraud at my last job.", "CRIMINAL"),
        ("I was drunk driving when they stopped me.", "SUBSTANCE_USE"),
        ("We paid a coyote to bring us across when I was nine.", "IMMIGRATION"),
        ("My mom is here illegally and works at a laundromat.", "IMMIGRATION"),
        ("I don't have a social security number, so I work for cash.", "IMMIGRATION"),
        ("Sometimes I think nobody would even notice if I was gone.", "SELF_HARM"),
        ("I want to go to sleep and never wake up.", "SELF_HARM"),
        ("I've been thinking about taking my own life.", "SELF_HARM"),
        ("My biometrics appointment got moved again and I can't sleep.", "IMMIGRATION"),
        ("My husband petitioned for me but the case has been stuck for years.", "IMMIGRATION"),
        ("Honestly I'm just tired of living.", "SELF_HARM"),
        ("Some nights I want it all to stop for good.", "SELF_HARM"),
    ],
)
def test_the_acts_behind_the_idioms_still_count(sentence: str, category: str) -> None:
    assert category in _categories(sentence)
