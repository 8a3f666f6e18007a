"""Names from context words, titles and the given-name lexicon.

These rules complement spaCy NER, which misses lowercase speech ("my sister natalie") and
names that are also words ("hope"). Each finder yields ``(start, end, label, confidence)``.
The name after a cue is read by :mod:`cued_names`; what the name rules share about the words
around a name is in :mod:`name_context` and :mod:`name_words`, re-exported here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.cued_names import (
    ARTICLE_BEFORE,
    NAMED,
    RELATION,
    TITLE,
    honorific_name,
    name_at,
)
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_context import (
    AMBIGUOUS_NAME_CONTEXT as AMBIGUOUS_NAME_CONTEXT,
)
from tenor_desktop.redaction.name_context import PLACE_PREP as PLACE_PREP
from tenor_desktop.redaction.name_context import RELATIONS as RELATIONS
from tenor_desktop.redaction.name_context import WORD as WORD
from tenor_desktop.redaction.name_context import Hit as Hit
from tenor_desktop.redaction.name_context import clean_word as clean_word
from tenor_desktop.redaction.name_context import (
    followed_by_name_verb as followed_by_name_verb,
)
from tenor_desktop.redaction.name_context import (
    followed_by_past_person_verb as followed_by_past_person_verb,
)
from tenor_desktop.redaction.name_context import is_sentence_start as is_sentence_start
from tenor_desktop.redaction.name_words import EVERYDAY_ADVERBS as EVERYDAY_ADVERBS
from tenor_desktop.redaction.name_words import NOT_NAME_WORDS as NOT_NAME_WORDS
from tenor_desktop.redaction.name_words import NUMBER_WORDS as NUMBER_WORDS
from tenor_desktop.redaction.name_words import ROLE_WORDS as ROLE_WORDS
from tenor_desktop.redaction.name_words import STOP_WORDS as STOP_WORDS
from tenor_desktop.redaction.name_words import TITLE_WORDS as TITLE_WORDS
from tenor_desktop.redaction.name_words import is_number_word as is_number_word
from tenor_desktop.redaction.named_handles import NOT_A_NAME_START, names_a_thing
from tenor_desktop.redaction.noun_modifiers import (
    modified_noun,
    title_said_as_modifier,
    title_said_as_verb,
)

# Capitalised at the start of a sentence, these are far more often words than names.
_COMMON_WORD_NAMES = frozenset(
    "hope will may grace faith joy mark bill art rose sue pat rob ray jack frank guy chase grant "
    "dean drew max lance sandy rich young long black white green brown price banks rice hill "
    "stone wood cook baker page chance summer june april dawn major sky river rock".split()
)
_MONTHS = frozenset("april may june july august".split())
_TIME_PREP = re.compile(r"\b(?:in|since|by|until|till|during|of)\s+$", re.IGNORECASE)


def find_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names found from titles, relationship words, 'named X' and the given-name lexicon."""
    for pattern in (TITLE, RELATION, NAMED):
        for match in pattern.finditer(text):
            if pattern is NAMED and (
                names_a_thing(text, match.start())
                or text[match.end() :].split(" ", 1)[0].strip(".,!?").lower() in NOT_A_NAME_START
            ):
                continue
            if pattern is TITLE and title_said_as_verb(text, match.start()):
                continue  # "I coach youth soccer"
            if pattern is not NAMED and title_said_as_modifier(text, match.end(), lex):
                continue  # "call the nurse line", "my officer certification"
            hit = name_at(text, match.end(), lex, strong=True, relation=pattern is RELATION)
            if hit is None and pattern is TITLE:
                hit = honorific_name(text, match, lex)
            if hit is not None:
                yield hit
    for match in WORD.finditer(text):
        word = clean_word(match.group())
        lower = word.lower()
        if lower not in lex.first_names or lower in lex.not_phi_places:
            continue
        if lower in NOT_NAME_WORDS and not (
            lower in lex.ambiguous_names and AMBIGUOUS_NAME_CONTEXT.match(text, match.end())
        ):
            continue
        if lower in lex.places and PLACE_PREP.search(
            text[max(0, match.start() - 14) : match.start()]
        ):
            continue
        if lower in _MONTHS and _TIME_PREP.search(text, max(0, match.start() - 7), match.start()):
            continue  # "texas in august is too hot": the month, not august the person
        if re.match(
            r"\s+(?:county|city|street|avenue|road|park|valley|heights)\b",
            text[match.end() :],
            re.I,
        ):
            continue
        ambiguous = lower in lex.ambiguous_names
        sentence_start = is_sentence_start(text, match.start())
        if word[0].isupper() and not sentence_start and not ambiguous:
            hit = name_at(text, match.start(), lex, strong=False)
            if hit is not None:
                yield hit[0], hit[1], "NAME", 0.85
        elif word[0].isupper() and not sentence_start and ambiguous:
            yield match.start(), match.start() + len(word), "NAME", 0.7
        elif word[0].isupper() and sentence_start and not ambiguous:
            yield match.start(), match.start() + len(word), "NAME", 0.75
        elif (
            word[0].isupper()
            and lower not in _COMMON_WORD_NAMES
            and re.match(
                r"(?:'s\b|,|\s+(?:is|was|has|had|said|says|told|and|who)\b)",
                text[match.start() + len(word) :],
            )
        ):
            yield match.start(), match.start() + len(word), "NAME", 0.6
        elif word.islower() and ambiguous and AMBIGUOUS_NAME_CONTEXT.match(text, match.end()):
            before = text[max(0, match.start() - 7) : match.start()].lower()
            if not re.search(
                r"\b(?:i|we|you|they|he|she|it|who|the|a|an|this|that|my|your|his|her|our)\s+$",
                before,
            ):
                yield match.start(), match.end(), "NAME", 0.6
        elif (
            word.islower()
            and not ambiguous
            and not ARTICLE_BEFORE.search(text, max(0, match.start() - 9), match.start())
            and not modified_noun(text, match.start(), lower, lex)
        ):
            # After an article a lowercase given name is the noun: "a charity", "the marina";
            # after a modifier too: "criminal justice", "a fake charity".
            hit = name_at(text, match.start(), lex, strong=False)
            if hit is not None:
                yield hit[0], hit[1], "NAME", 0.7
