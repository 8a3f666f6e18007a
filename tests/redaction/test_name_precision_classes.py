"""Classes of false names, each paired with a real name said in the same shape.

Probe sentences written for these tests (stop 18): a verb after its subject, an abstract
noun, a weekday, an adverb or a present-tense verb after a relation or title, a car model in
the plural or after a demonstrative and a colour, a messaging app, an agency said by its
letters, and a name that is also a word said again as the word ("pay the bill", "May I").
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import found_names, unfound_names


@pytest.mark.parametrize(
    "text",
    [
        # A rare word right after its subject pronoun is the verb.
        "in court i pled to the lesser charge and he said thank you to the judge",
        "he venmos me every friday and she thinks that's fine",
        # Abstract nouns are no names however rare the word.
        "we went to my friend's naturalization ceremony and she cried",
        "the deportation hearing took forever and he was so annoyed",
        # A weekday in a naming slot.
        "your mom called me friday. she said you were out late",
        # An adverb or a present-tense verb after a relation or a title.
        "i'd like us to call your daughter together.",
        "what did your probation officer say about the missed test",
        # Car models in the plural, or after a demonstrative and a colour.
        "the thief took mostly Priuses, and he sold the parts",
        "he still drives past in that green Tahoe, and he waves",
        # Messaging apps and agencies.
        "we'd been flirting over Slack for months, and she finally called",
        "did anyone call acs after that? she asked me twice",
        # Written with stray capitals: a noun after its determiner, a gerund.
        "Work has been a nightmare. My Manager keeps piling stuff on.",
        "I keep a Gratitude journal now, three things a night.",
        "What helps? Music, and sometimes Journaling before bed.",
    ],
)
def test_everyday_word_is_no_name(redactor: Redactor, text: str) -> None:
    assert found_names(redactor, text) == []


@pytest.mark.parametrize(
    "marked",
    [
        # The same slots with names in them.
        "in court [[tadhg]] said he was sorry",
        "my friend [[wendolyn]] cried at the ceremony, she was so happy",
        "your mom called [[oksana]] and she came over",
        "i'd like us to call your daughter [[temperance]].",
        "what did your probation officer [[pruitt]] say",
        "my cousin [[Priya]] drives a green Tahoe",
        "[[Ingrid]] started a challenge on Slack",
        "Work has been a nightmare. My manager [[Odalys]] keeps piling stuff on.",
        "I keep a journal for [[Channing]] now.",
    ],
)
def test_name_in_the_same_shape_is_found(redactor: Redactor, marked: str) -> None:
    assert unfound_names(redactor, marked) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("my brother bill called. i told him someone has to pay the bill.", "the bill"),
        ("My aunt May said she would call. May I show you her text?", "May I"),
        ("my son hunter took the guns. i'm a hunter my whole life.", "a hunter"),
        ("my cousin angel stole my car. she's an angel to me anyway.", "an angel"),
    ],
)
def test_name_said_again_as_its_word_is_not_redacted(
    redactor: Redactor, text: str, word: str
) -> None:
    spans = redactor.redact(text).spans
    name = word.split()[-1] if word.split()[-1] not in ("I",) else word.split()[0]
    first = text.index(name)
    again = text.index(word) + word.index(name)
    found = {(s.start, s.end) for s in spans if s.label == "NAME"}
    assert (first, first + len(name)) in found  # the person is still redacted
    assert (again, again + len(name)) not in found  # the word is not
