"""Indirect disclosures (no word names the act) reach the embedding; look-alikes stay."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector
from tenor_desktop.redaction.topic_gate import worth_embedding

# Written for these tests: none is an example sentence or a benchmark sentence.
INDIRECT = {
    "we spent the night at her place and didn't get any sleep, if you know what i mean.": (
        "SEXUAL_CONTENT"
    ),
    "my family would be relieved if i just wasn't around anymore.": "SELF_HARM",
    "he'd put his hands on me whenever dinner was late.": "ABUSE",
    "my parents can't visit home because they'd never be let back in.": "IMMIGRATION",
    "my sister was born here but i wasn't, so i could be sent away any time.": "IMMIGRATION",
    "my boss pays us cash because none of us can be on the books.": "IMMIGRATION",
    "i borrowed my sister's documents to get hired at the warehouse.": "IMMIGRATION",
    "she said nobody would believe me if i ever told anyone what he did.": "ABUSE",
}
LOOK_ALIKES = (
    "my best friend stayed the night and we watched movies until three.",
    "my son gave away his old toys to the kids next door.",
    "my husband got pulled over for speeding on the way to the game.",
    "i spent the whole weekend in the tub reading a book.",
    "i'm trying to make it to the gym three times a week.",
    "my daughter loves sitting on her grandpa's lap and hearing his stories.",
    "i lost my temper at my kids this morning and then apologized.",
    "the closet in our bedroom is a mess and it stresses me out.",
    "my boss pays us in cash on fridays and it's hard to budget.",
    "the only reason i get out of bed is to walk my dog.",
    "i keep a bottle of water in my car for the drive home.",
    "i sat in my car in the driveway for a while before i could go inside.",
    "my uncle calls when he's short on cash and it drives my mom crazy.",
    # A short statement says little on its own (SHORT_PENALTY).
    "then he took my phone.",
)


@pytest.fixture(scope="module")
def detector(models: RedactionModels) -> TopicDetector:
    return TopicDetector(models.encoder, BUILTIN_CATEGORIES)


# Sentences kept as known misses (strict, so a fix shows). 'i borrowed my sister's documents to
# get hired at the warehouse.' was one from the nearest-neighbour bank until the stop 24 retrain
# of the classifier found it.
KNOWN_MISSES: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        pytest.param(
            sentence,
            category,
            marks=pytest.mark.xfail(sentence in KNOWN_MISSES, reason="known miss", strict=True),
        )
        for sentence, category in sorted(INDIRECT.items())
    ],
)
def test_indirect_disclosures_are_found(
    detector: TopicDetector, sentence: str, category: str
) -> None:
    assert worth_embedding(sentence)
    assert [t.category for t in detector.detect(sentence)] == [category]


@pytest.mark.parametrize("sentence", LOOK_ALIKES)
def test_look_alikes_through_the_gate_are_no_topic(detector: TopicDetector, sentence: str) -> None:
    assert worth_embedding(sentence)
    assert detector.detect(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "i'm thinking about ending things with my girlfriend, it's not working.",
        "i slept with my phone under my pillow in case he called.",
        "i neglected my health for years while i took care of my mom.",
    ],
)
def test_a_look_alike_idiom_gets_no_embedding_topic(detector: TopicDetector, sentence: str) -> None:
    assert detector.detect(sentence) == []


def test_look_alikes_bar_only_their_own_category(models: RedactionModels) -> None:
    # "too hard on myself" bars self-harm, not the abuse the sentence also tells of.
    sentence = "i'm too hard on myself, but he used to hit me with a belt when i was small."
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    assert [t.category for t in detector.detect(sentence)] == ["ABUSE"]
