"""Rare words spoken of as a person right after, in any slot: "it's always a thing with tadhg,
he never listens", "so i called tove and she didn't pick up".

A word outside the embedding vocabulary and outside SCOWL's everyday English, that is no
compound of two everyday words, no drug, clinical or chat word, is a name far more often than
anything else in a therapy transcript (on the tunable sets, 150 of 161 such words are names
or places). Alone it is still too weak: brand and food words are rare too ("ordered sushi").
So it counts only when a third-person pronoun follows it in its sentence or just after
("he", "she'd", "her"), and no determiner comes before it ("the quinceanera").

Yields ``(start, end, label, confidence)`` like the other finders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import RELATIONS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import (
    KIN_WORDS,
    NOT_PERSON,
    chat_word,
    never_a_name,
)
from tenor_desktop.redaction.rare_words import is_compound, is_rare_word

_LOWER_WORD = re.compile(r"(?<![\w'@./#-])[a-z]{4,}(?![\w@/-]|'[a-rt-z])")
# Endings of clinical words and verb forms: "endocrinologist", "apnea", "criticizes".
_NOT_NAME_ENDINGS = (
    "ologist", "ology", "itis", "osis", "ectomy", "emia", "pathy", "gram", "grams", "scopy",
    "iatrist", "ician", "therapy", "phobia", "mania", "izes", "ises", "ized", "ised", "ism",
    "ist", "ists", "ant", "ants", "ine", "ines", "nea", "sia",
    # Abstract nouns of verbs: "naturalization", "deportation", "intermission", "sextortion".
    "tion", "ssion",
)  # fmt: skip
_PERSON_AFTER = re.compile(r"\b(?:he|she|he's|she's|he'd|she'd|he'll|she'll|him|her)\b")
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|these|those|some|any|every|no|my|your|our|their|its|his|her)\s+"
    # A colour or age between: "that green tahoe", "his old silverado".
    r"(?:(?:old|new|used|black|white|gray|grey|silver|red|blue|green|maroon|tan|gold|brown)\s+)?$"
)
# Right after its subject a word is the verb, said or spelled oddly: "i pled", "he venmos me".
_SUBJECT_BEFORE = re.compile(r"\b(?:i|he|she|we|they)\s+$")
_SENTENCE = re.compile(r"[^.!?\n]+")
# What is eaten, bought, caught or used: "ordered sushi and he loved it", "got strep".
_THING_VERB_BEFORE = re.compile(
    r"\b(?:ordered|order|ordering|ate|eat|eating|bought|buy|got|get|tried|try|watched|watch"
    r"|played|play|took|take|drank|drink|use|used|using|had|have|made|make|cooked|cook|caught"
    r"|wearing|wore|smoked|smoke|vaped|vape)\s+(?:some\s+|more\s+)?$"
)
_RELATION = re.compile(rf"\b(?:{RELATIONS})s?\b")


def find_rare_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Rare non-everyday words in sentences that speak of a person (see the module docstring)."""
    low = text.lower()
    if len(low) != len(text) or not lex.common_words:
        return
    for sentence in _SENTENCE.finditer(low):
        if _PERSON_AFTER.search(low, sentence.start(), min(len(low), sentence.end() + 40)) is None:
            continue  # no person spoken of: most sentences, and the costly part is below
        words = [
            m
            for m in _LOWER_WORD.finditer(low, sentence.start(), sentence.end())
            if _rare_name_shape(m.group(), lex)
        ]
        if not words:
            continue
        for word in words:
            # The person is spoken of after the word: "tadhg said he'd come", "with tadhg. he".
            after = _PERSON_AFTER.search(low, word.end(), min(len(low), sentence.end() + 40))
            if after is None or _RELATION.search(low, word.end(), after.start()):
                continue  # "strep from my son, he had it": the pronoun is the son
            if (
                _DETERMINER_BEFORE.search(low, max(0, word.start() - 16), word.start())
                or _THING_VERB_BEFORE.search(low, max(0, word.start() - 20), word.start())
                or _SUBJECT_BEFORE.search(low, max(0, word.start() - 6), word.start())
            ):
                continue
            yield word.start(), word.end(), "NAME", 0.45


def _rare_name_shape(word: str, lex: Lexicons) -> bool:
    return (
        is_rare_word(word, lex)
        and word not in lex.everyday_words
        and word not in NOT_PERSON
        and word not in KIN_WORDS
        and word not in lex.places
        and not never_a_name(word, lex)
        and not chat_word(word)
        and not word.endswith(_NOT_NAME_ENDINGS)
        and not is_compound(word, lex)
        and not _adjective_of_verb(word, lex)
        and any(vowel in word for vowel in "aeiouy")
    )


def _adjective_of_verb(word: str, lex: Lexicons) -> bool:
    """An everyday verb made an adjective: "doable", "fixable" (not "mable": no verb "m")."""
    if not word.endswith(("able", "ible")):
        return False
    stem = word[:-4]
    return stem in lex.everyday_words or stem + "e" in lex.everyday_words
