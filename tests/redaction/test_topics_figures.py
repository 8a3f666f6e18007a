"""Figures and kind acts with a topic's words, and plain disclosures said with fewer of them.

From the false fires and misses of fresh7 and training5 (tuning sets): written as the pattern
each one stands for, with the act itself beside each figure so the phrase still counts where it
should.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector
from tests.redaction.topic_probes import categories_found as _found


@pytest.mark.parametrize(
    ("sentence", "category", "told"),
    [
        ("my partner threw me a little party anyway.", "ABUSE", False),
        ("my aunt threw me a surprise baby shower.", "ABUSE", False),
        ("the new schedule really threw me off.", "ABUSE", False),
        ("he threw me under the bus in the meeting.", "ABUSE", False),
        ("he threw me off the porch when he was drunk.", "ABUSE", True),
        ("he threw me against the fridge.", "ABUSE", True),
        ("it felt like a horse kicked me square in the chest.", "ABUSE", False),
        ("it was like somebody punched me in the gut when she said it.", "ABUSE", False),
        ("my stepdad kicked me in the ribs.", "ABUSE", True),
        ("the same person hit my stream dashboard from another account.", "ABUSE", False),
        ("he hit my sister in front of everybody.", "ABUSE", True),
        ("the fraud lady at the bank said the login came from overseas.", "CRIMINAL", False),
        ("i committed fraud at my last job and nobody knows.", "CRIMINAL", True),
        ("the apartment is basically a crime scene of mold.", "CRIMINAL", False),
        ("i did a crime i'm not proud of.", "CRIMINAL", True),
        (
            "i counted out my husband's pain pills and thought, if i took them all, "
            "everybody could finally sleep.",
            "SELF_HARM",
            True,
        ),
        ("i keep thinking about swallowing them all at once.", "SELF_HARM", True),
        ("four or five tallboys before bed, every night.", "SUBSTANCE_USE", True),
        ("then a couple shots of fireball so i don't dream.", "SUBSTANCE_USE", True),
        ("by four o'clock i'm usually on my third bourbon.", "SUBSTANCE_USE", True),
        ("the communion wine is the closest i get to a drink.", "SUBSTANCE_USE", False),
        ("we've been sleeping together since the offsite in june.", "SEXUAL_CONTENT", True),
        ("since the surgery i haven't been able to stay hard.", "SEXUAL_CONTENT", True),
        ("on the radio all day it's robbery here, shooting there.", "CRIMINAL", False),
        ("the news is all about that nurse who got arrested.", "CRIMINAL", False),
        ("i got arrested last year outside the bar.", "CRIMINAL", True),
        ("he still writes me that i stole his son.", "CRIMINAL", False),
        ("he says he stole another kid's phone and sold it.", "CRIMINAL", True),
        ("every time the news say they're ending it she can't eat.", "SELF_HARM", False),
        ("i'm going to end it tonight.", "SELF_HARM", True),
        ("my parole officer, miss ortiz, has me check in every monday.", "CRIMINAL", False),
        ("i'm on parole until march.", "CRIMINAL", True),
        ("i looked up how many of my adderall it would take.", "SELF_HARM", True),
        ("i keep them in my locker in case i decide i'm done.", "SELF_HARM", True),
        ("i wonder how many hours it'd take to drive there.", "SELF_HARM", False),
    ],
)
def test_figures_and_plain_acts(
    lexicon: TopicDetector, sentence: str, category: str, told: bool
) -> None:
    assert (category in _found(lexicon, sentence)) is told


def test_pills_counted_to_die_are_no_substance_use(lexicon: TopicDetector) -> None:
    """The means of an overdose the client thinks of are self-harm, not use."""
    found = _found(
        lexicon,
        "i counted out all my zoloft and my husband's pain pills and thought, if i took them"
        " all, everybody would finally get some sleep.",
    )
    assert found == {"SELF_HARM"}


def test_the_wish_not_to_wake_is_no_overslept_idiom() -> None:
    """ "didn't wake up" (overslept) bars SELF_HARM from the embedding; "if i didn't wake up"
    is the wish, and must reach it."""
    from tenor_desktop.redaction.topic_phrases import compile_category, look_alike_names

    active = [compile_category(category) for category in BUILTIN_CATEGORIES]
    assert "SELF_HARM" in look_alike_names(active, "my alarm broke and i didn't wake up.")
    wish = "i'd just go to sleep and not mind if i didn't wake up."
    assert "SELF_HARM" not in look_alike_names(active, wish)
