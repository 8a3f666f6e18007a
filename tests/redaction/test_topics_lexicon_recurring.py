"""Topic phrase classes added in stop 28, each missed in at least two tunable sets: getting
high and pills by their street plurals, an overdose told as meant or as a whole supply taken,
cutting named as a habit, sex made to happen, control named, an elder's money taken, charges
pressed and offences by name, a youth's record, the kinds of visa and work papers, a crossing,
being sent back, the immigration office; and the everyday look-alikes they leave alone."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector


def _categories(sentence: str) -> list[str]:
    return [t.category for t in TopicDetector(None, BUILTIN_CATEGORIES).detect(sentence)]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # substance use: wanting or getting high, pills by their plurals, the urge named
        ("Some nights I just want to get high so I stop thinking.", "SUBSTANCE_USE"),
        ("He said he needed to get high before he could face his dad.", "SUBSTANCE_USE"),
        ("I took a couple of my Percocets before the climb.", "SUBSTANCE_USE"),
        ("My cousin had some xans he got off a guy at work.", "SUBSTANCE_USE"),
        ("The urge to drink has been worse since the layoff.", "SUBSTANCE_USE"),
        # self-harm: an overdose meant, a supply taken, the thought of it, cutting as a habit
        ("Was the overdose on purpose?", "SELF_HARM"),
        ("The bill says intentional overdose right at the top.", "SELF_HARM"),
        ("I took a bottle of my mom's trazodone and lay down.", "SELF_HARM"),
        ("I thought about taking a bunch of my dad's pills before school.", "SELF_HARM"),
        ("Does your aunt know about the cutting?", "SELF_HARM"),
        ("It sounds like cutting was how you calmed yourself down.", "SELF_HARM"),
        ("I relapsed on cutting last week.", "SELF_HARM"),
        ("Some days I think about eating my gun.", "SELF_HARM"),
        # abuse: sex made to happen, control named, an elder's money taken
        ("He makes me have sex with him when I'm sick.", "ABUSE"),
        ("Taking your keys so you can't leave is controlling.", "ABUSE"),
        ("Hiding your pills is another way he's controlling you.", "ABUSE"),
        ("What your nephew is doing sounds like financial exploitation.", "ABUSE"),
        # criminal: charges pressed, offences by name
        ("Her dad says he's going to press charges.", "CRIMINAL"),
        ("The officer said the photos count as child pornography.", "CRIMINAL"),
        ("He cited me for solicitation at the motel.", "CRIMINAL"),
        ("That's stalking, and you can report it.", "CRIMINAL"),
        ("My little brother is back in juvie again.", "CRIMINAL"),
        ("They gave him a juvenile complaint last month.", "CRIMINAL"),
        # immigration: the kind of visa, work papers, a green card renewed, crossing, sent back
        ("My husband only has a spousal visa through my job.", "IMMIGRATION"),
        ("F-1 students can't work off campus like that.", "IMMIGRATION"),
        ("My EAD card expires in December.", "IMMIGRATION"),
        ("My work authorization runs out before the hearing.", "IMMIGRATION"),
        ("When did you cross into the US?", "IMMIGRATION"),
        ("I am scared that this time they will send me back.", "IMMIGRATION"),
        ("The interview was at the immigration office in Fairfax.", "IMMIGRATION"),
    ],
)
def test_recurring_phrases_tell_their_topic(sentence: str, category: str) -> None:
    assert category in _categories(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We had to get to high ground when the river came up.",
        "I keep the cutting board by the sink.",
        "She'll send me back a text when she lands.",
        "They sent him back to school after lunch.",
        "My Visa card got declined at the store.",
        "My sister got her tourist visa for the wedding in two days.",
    ],
)
def test_recurring_phrase_look_alikes_are_no_topic(sentence: str) -> None:
    assert _categories(sentence) == []
