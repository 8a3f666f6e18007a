"""Names in the therapist's questions and reflections: "did anselm apologize?", "how's wren doing".

A question puts its subject between the auxiliary and the verb ("has ysolde reached out",
"where is tobiah staying"); a reflection names the person after "you mentioned" or "more
about". These slots also hold everyday nouns ("what's bedtime like", "you mentioned
sobriety"), so a word counts as a name only when it reads as one and nothing else: a listed
name that is no everyday word, or a word English writes only capitalised
(:func:`name_words.is_name_like`); a word merely rare in the embedding vocabulary is not enough.

Each finder yields ``(start, end, label, confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import is_name_like, unlisted_name
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.speech_names import WORD, is_person_word
from tenor_desktop.redaction.text_case import lower_same_length

# Auxiliary, subject, then a verb form or an adverb that goes with one.
_QUESTION_SUBJECT = re.compile(
    r"\b(?:did|does|has|had|is|was|will|would|can|could|should|might|how's|what's|where's"
    rf"|hows|whats)\s+({WORD})\s+"
    r"(?=(?:[a-z]{2,}(?:ed|ing)|still|ever|really|even|already|actually|usually|always|never"
    r"|know|say|feel|think|want|come|go|get|help|mean|react|respond|apologi[sz]e|call|text"
    r"|like|seem|handle|live|stay|work|visit|see|hear|find|tell|understand|agree|care)\b)"
)
# Reflections that name the person talked about, ending the phrase or before its verb.
_REFLECTION = re.compile(
    rf"\b(?:you\s+mentioned|more\s+about|you\s+and|you\s+said|(?:see|saw|seen)\s+)\s*({WORD})"
    r"(?=\s*[.?!,]|\s+(?:was|is|were|had|has|last|yet|again|and|close|before|after|when|since"
    r"|lately|recently)\b)"
)


_HUMAN_VERB = re.compile(
    r"(?:(?:still|ever|really|even|actually|already)\s+)?(?:say|tell|know|think|react|respond"
    r"|apologi[sz]e|agree|understand|admit|forgive|reach\s+out|ask|text|call\s+you)\b"
)


def find_question_subjects(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names as the subject of a question or after a reflection cue (see the module docstring)."""
    low = lower_same_length(text)
    for pattern in (_QUESTION_SUBJECT, _REFLECTION):
        for match in pattern.finditer(low):
            word = match.group(1)
            if (
                (is_name_like(word, lex) and is_person_word(word, lex))
                or (
                    # A rare word before what only people do: "does corvin know", "did quenby say".
                    pattern is _QUESTION_SUBJECT
                    and _HUMAN_VERB.match(low, match.end())
                    and is_rare_word(word, lex)
                    and is_person_word(word, lex)
                )
                or (
                    # An embedding word SCOWL does not list as everyday ("how did dana react").
                    unlisted_name(word, lex)
                    and word not in lex.places
                    and is_person_word(word, lex, strong=True)
                )
            ):
                yield match.start(1), match.end(1), "NAME", 0.6
