"""The person a turn opens by addressing, said without a comma: "Therapist: earl how was the
run", "hey faith how was the first week back", "tou you said it's been rough".

Speech recognition drops the comma of a vocative, so the vocative rule of
:mod:`speech_names` ("leontyne, can I ask") does not see these. A turn's first word (after
"hey", "so", "okay") followed by a question or the listener ("how", "what's", "you") is the
listener's name when it looks like one:

- a word rare in everyday English, or a listed name that is no everyday word, before any of
  the opening words ("tou you said", "sione last time");
- a listed name that is also an everyday word ("faith", "earl", "river", "hope") only before
  a question word or "last"/"tell": before "you" it is a verb ("hope you slept", "will you").

Yields ``(start, end, "NAME", confidence)`` on any case of text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import EVERYDAY_ADVERBS, STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import KIN_WORDS, NOT_PERSON, chat_word, never_a_name
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.speech_names import WORD
from tenor_desktop.redaction.text_case import lower_same_length

_OPENING = re.compile(
    r"(?m)^[^\S\n]*[^\n:]{1,20}:[^\S\n]+"
    r"(?:(?:hey|hi|hello|so|okay|ok|well|alright|and|morning|good\s+morning),?\s+)?"
    rf"({WORD}),?\s+({WORD}|how's|what's|it's|let's|you're|you've|i'm|i've)\b(\s+[a-z']+)?"
)
# "mark what you noticed", "crystal what a night": a verb's object or an exclamation.
_WHAT_CLAUSE = frozenset("you i a an it he she they we the your that this".split())
# After an everyday word that is also a name: only a question ("faith how was").
_QUESTION = frozenset("how how's what what's where when why last tell welcome".split())
# After an everyday word that is also a name, "you" and what the listener said or did before
# ("so rose you said", "so jade you mentioned").
_YOU_REPORTED = frozenset("said mentioned told talked brought shared wrote".split())
# Verbs that open a turn before "you" with their subject left out: "hope you said yes".
_YOU_VERBS = frozenset("hope wish trust bet guess mean swear glad sure".split())
# After a rare word or a name that is no everyday word: the listener too ("tou you said").
_ADDRESSED = _QUESTION | frozenset(
    "you you're you've your i i'm i've it's thanks thank let's did do are can could would have"
    " is so".split()
)
# Words one is called by without a name ("hey man how was it"), and days said first.
_NOT_ADDRESS = frozenset(
    "man dude bro girl guys buddy babe baby honey sweetie dear sir mate pal boss doc kid son"
    " hun love sweetheart darling lady fam homie everyone everybody folks team today tonight"
    " monday tuesday wednesday thursday friday saturday sunday first second finally tomorrow"
    " yesterday anyway though again still already recently".split()
)


def find_turn_vocatives(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names of the shape in the module docstring."""
    if ":" not in text:
        return
    lowered = lower_same_length(text)
    unlisted: dict[str, list[int]] = {}
    for match in _OPENING.finditer(lowered):
        word, following = match.group(1), match.group(2)
        if following not in _ADDRESSED or _not_a_name(word, lex):
            continue
        third = (match.group(3) or "").strip()
        if following == "what" and third in _WHAT_CLAUSE:
            continue
        listed = word in lex.first_names or word in lex.broad_names
        everyday = word in lex.everyday_words or word in lex.common_words
        if is_rare_word(word, lex) or (listed and not everyday):
            yield match.start(1), match.end(1), "NAME", 0.6
        elif (listed or word in lex.ambiguous_names) and (
            following in _QUESTION
            or (following == "you" and third in _YOU_REPORTED and word not in _YOU_VERBS)
        ):
            yield match.start(1), match.end(1), "NAME", 0.55
        elif following in _QUESTION and word not in EVERYDAY_ADVERBS and word[-2:] != "ly":
            unlisted.setdefault(word, []).append(match.start(1))
    if unlisted:
        yield from _addressed_twice(lowered, unlisted)
    yield from _checked_in(lowered, lex)
    yield from _greeted(lowered, lex)


# A check on the line or on the person names the listener after it, as the turn ends or a new
# clause starts: "can you hear me okay mercy", "how are you doing hunter", "can you hear me
# frank you're kinda quiet" ("how are you feeling", "how are you doing today" name no one).
_CHECK_IN = re.compile(
    r"\b(?:can\s+you\s+hear\s+me|how\s+are\s+you(?:\s+doing)?|are\s+you\s+there"
    r"|(?:good|nice|great)\s+to\s+see\s+you|how\s+have\s+you\s+been|how's\s+it\s+going)"
    r"(?:\s+(?:okay|ok|alright|all\s+right))?,?[^\S\n]+"
    rf"({WORD})(?=[^\S\n]*(?:[.?!,|]|\n|$)|[^\S\n]+(?:you|you're|i|i'm|we|it's|how|how's)\b)"
)
# Words said after such a check that are no listener: "how are you doing lately", "how have
# you been since?" (a conjunction or preposition goes on with the question).
_CHECK_IN_TAILS = frozenset(
    "lately recently overall really honestly otherwise then though tonight anyway yet there"
    " here today now right alright okay ok again too both all over back these this at in with"
    " since after before during about for from while when until till because so and but or"
    " lol yeah yes no".split()
)


def _checked_in(lowered: str, lex: Lexicons) -> Iterator[Hit]:
    """The listener named after a check on the line or on them (see :data:`_CHECK_IN`).

    After the check a name that is also an everyday word ("frank", "mercy", "bear") is still
    the listener: the check has no object to take.
    """
    for match in _CHECK_IN.finditer(lowered):
        word = match.group(1)
        if (
            _not_a_name(word, lex)
            or word in _CHECK_IN_TAILS
            or word in EVERYDAY_ADVERBS
            or word.endswith(("ing", "ly"))
        ):
            continue
        yield match.start(1), match.end(1), "NAME", 0.6


# A greeting that opens a turn, then the listener, then what is said to them: "hey dale good
# to see you", "hi autumn you look tired". Only after a greeting: "okay frank you're" may be
# "okay, frank(ly)"; a verb that takes "you" ("hey will you", "hi hope you") is no name.
_GREETED = re.compile(
    r"(?m)^[^\S\n]*[^\n:]{1,20}:[^\S\n]+(?:hey|hi|hello|hiya|morning|good\s+morning"
    r"|good\s+afternoon|good\s+evening),?[^\S\n]+"
    rf"({WORD}),?[^\S\n]+(good|nice|great|welcome|thanks|thank|you|you're|you've)\b"
)
_VERBS_BEFORE_YOU = _YOU_VERBS | frozenset(
    "will can may could would should did do miss love see mind bless got get let tell ask"
    " thank need want".split()
)


def _greeted(lowered: str, lex: Lexicons) -> Iterator[Hit]:
    """The listener named between a greeting and what is said to them (see :data:`_GREETED`)."""
    for match in _GREETED.finditer(lowered):
        word = match.group(1)
        if _not_a_name(word, lex) or word in EVERYDAY_ADVERBS or word in _VERBS_BEFORE_YOU:
            continue
        listed = word in lex.first_names or word in lex.broad_names or word in lex.ambiguous_names
        if listed or is_rare_word(word, lex):
            yield match.start(1), match.end(1), "NAME", 0.6


# A word said after a comma at the end of a sentence: "that's not okay, colt.", "how are your
# spirits, dot".
_CLOSING = re.compile(rf",[^\S\n]+({WORD})(?=[^\S\n]*(?:[.?!]|\n|$))")


def _addressed_twice(lowered: str, openings: dict[str, list[int]]) -> Iterator[Hit]:
    """An everyday word no list has as a name ("dot", "colt") that opens a turn before a
    question and also closes a sentence after a comma is the listener's name, both times."""
    closings: dict[str, list[int]] = {}
    for match in _CLOSING.finditer(lowered):
        if match.group(1) in openings:
            closings.setdefault(match.group(1), []).append(match.start(1))
    for word, starts in closings.items():
        for start in sorted({*openings[word], *starts}):
            yield start, start + len(word), "NAME", 0.55


def not_addressed(word: str, lex: Lexicons) -> bool:
    """Whether ``word`` said where a listener is named cannot be that name (no name, a stop
    word, kin, or a word one calls anybody: "man", "everyone")."""
    return _not_a_name(word, lex)


def _not_a_name(word: str, lex: Lexicons) -> bool:
    return (
        never_a_name(word, lex)
        or chat_word(word)
        or word in STOP_WORDS
        or word in NOT_PERSON
        or word in KIN_WORDS
        or word in _NOT_ADDRESS
    )
