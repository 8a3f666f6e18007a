"""Names from the shape of speech, in any case: "odalys and I", "talked to fenwick", "zeb is".

Transcripts lose capitals, and names outside any list are common. What stays is how people
are talked about: as the subject of a person verb, the partner in "X and I" / "me and X", the
object of "talked to" or "hanging out with", a vocative ("leontyne, can I ask"), or in
apposition ("ruxandra, my coworker"; "the manager, delphina okonjo,"). In such a slot a word
counts as a name when it looks like one: a given name or surname from the lexicons, or a word
rare in everyday English (outside the embedding vocabulary; see :mod:`rare_words`).

Each finder yields ``(start, end, label, confidence)``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import (
    RELATIONS,
    STOP_WORDS,
    Hit,
    is_number_word,
    is_sentence_start,
)
from tenor_desktop.redaction.initial_names import everyday_opening
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import (
    KIN_WORDS,
    NOT_PERSON,
    chat_word,
    everyday_inflection,
    hyphenated_given_name,
    never_a_name,
    unlisted_name,
)
from tenor_desktop.redaction.named_handles import names_a_thing
from tenor_desktop.redaction.object_cues import MEDIUM_OBJECT, OBJECT_CUE, OBJECT_END, STRONG_OBJECT
from tenor_desktop.redaction.phrase_heads import everyday_phrase_head
from tenor_desktop.redaction.rare_words import is_compound, is_rare_word
from tenor_desktop.redaction.text_case import lower_same_length

# A word as names are spoken and spelled: "zoë", "chloé", "jun-ho", "o'connor", "de'shawn".
WORD = (
    r"[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ]*(?:-[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ]+"
    r"|'[A-Za-zÀ-ÖØ-öø-ÿ][a-zß-öø-ÿ]{2,})?"
)
# What opens a clause, so the next word can be a subject.
OPENER = (
    r"(?:^|\n|[.!?:;]\s+|,\s+|\b(?:and|but|so|then|since|until|when|because|that|after"
    r"|before|while|like|cause|whenever|if|once|unless|though|where|cuz|time|heard|think"
    r"|thought|guess|sure|bet|knew|realized|realised|said|says|believe|wish|swear)\s+)"
    # A filler between the opener and the subject: "so basically corinna dumped me".
    r"(?:(?:basically|honestly|literally|actually|apparently|obviously|um|uh|then|now|so|and"
    r"|but|well|even)\s+){0,2}"
)
# What follows a subject that is a person.
_SUBJECT_TAIL = re.compile(
    r"(?:'s\s+[a-z]|'ll\b|'d\b|,\s+(?:my|our|his|her|their|your)\s+[a-z]|,\s+who\b"
    # "tallis, she's always been like that", "quenby, the girl from group, reached out".
    r"|,\s+(?:she|he)\b|,\s+the\s+(?:[a-z]+\s+)?(?:girl|guy|woman|man|lady|kid|boy)\b"
    rf"|\s+(?:my|our|his|her|their)\s+(?:{RELATIONS})\b"
    r"|\s+(?:and|or)\s+(?:[iI]|me)\b|\s+from\s+(?:work|church|group|school|class|the|my|[a-z]+ing\b)"
    r"|\s+(?:is|was|were|got|gets|has|had|helped|helps|noticed|did|does|didn't|doesn't|won't"
    r"|can't|wouldn't|couldn't|isn't|wasn't|would|could|should|might|never|always|just|still"
    r"|also|really|finally|literally|keeps|kept|says|said|told|tells|texted|texts|called|calls"
    r"|wants|wanted|thinks|thought|knows|knew|came|went|left|loves|hates|likes|misses|needs"
    r"|comes|goes|drives|works|lives|stays|visits|sleeps|cries|yells|screams|drinks|picks"
    r"|hit|hurt|stole|deserves|deserved"
    r"|is\s+like|was\s+like"
    r"|[a-z]{3,}ed)\b)"
)
_SUBJECT = re.compile(rf"{OPENER}({WORD})(?:\s+({WORD}))?(?=[\s,'])")
_WORD_RE = re.compile(WORD)
# A person's home or event: "at calloway's place", "to fenna's wedding".
_POSSESSIVE_PLACE = re.compile(
    rf"\b(?:at|to|from|in|near|by|outside|over\s+at)\s+({WORD})'s\s+(?:place|house|apartment"
    r"|apt|home|party|wedding|funeral|room|car|work|office|shop|store|farm|cabin|trailer|condo"
    r"|birthday|graduation|baby\s+shower)\b"
)
# The start of a turn: a line, with or without its speaker label, or a label that a live
# segment's context joined onto the line before ("... start with Speaker 2: quill, you").
_TURN_START = (
    r"(?:(?:^|\n)(?:[^\n:]{0,20}:\s+)?|\b(?:speaker\s*\d+|client|therapist|patient|counselor"
    r"|clinician|interviewer)\s*:\s+)"
)
# A name said alone as an answer: "yeah, fenella." (rare words only; not interjections).
_ALONE = re.compile(
    rf"{_TURN_START}(?:(?:yeah|yes|um|uh|well|oh|so|okay|ok|honestly|mostly"
    rf"|probably|maybe|definitely),?\s+)?({WORD})[.?!](?=\s|$)"
)
# Words people are called by without naming them: "look man, i'm tired", "okay babe, you".
_ADDRESS_WORDS = frozenset(
    "man dude bro girl guys buddy babe baby honey sweetie dear sir mate pal boss doc kid son "
    "hun love sweetheart darling lady fam homie".split()
)
_HE_SHE = re.compile(r"\s+(?:he|she|he's|she's)\b")
_INTERJECTIONS = frozenset(
    "mhm mmhmm mm hmm hm uh-huh uh-uh ugh ew eww yep yup nope nah meh whoa wow huh aw aww "
    "oof yikes phew shh gosh jeez geez omg lol haha hahaha ouch oops whoops yay ha".split()
)


_WHO = re.compile(rf"\bwho(?:'s|\s+is|\s+was)\s+({WORD})(?=\s*[?.!,]|\s*$)")
_VOCATIVE = re.compile(
    rf"{_TURN_START}(?:(?:hey|hi|so|okay|ok|well|yeah|look|listen|sorry|thanks"
    rf"|no|wait|please|bye),?\s+)?({WORD}),\s+"
    r"(?=(?:can|could|do|did|are|is|will|would|i|you|your|you've|you're|what|how|why|please"
    r"|listen|look|thanks|thank|remember|tell|stop|wait|come|let|let's|it's|that's|we|we're"
    r"|welcome|good|nice|have|has)\b)",
)
# A listed given name that is also an everyday word ("june", "grant", "will") is the listener's
# name when a turn opens with it and a comma and then speaks to them: "june, can you say more",
# "okay grant, you said". A word that opens a turn before a comma is no verb or modal there.
_VOCATIVE_TO_YOU = re.compile(
    rf"{_TURN_START}(?:(?:hey|hi|so|okay|ok|well|yeah|alright|and|thanks),?\s+)?({WORD}),\s+"
    r"(?=(?:[a-z']+\s+){0,3}(?:you|your|you're|you've|you'd|you'll|yourself)\b)",
)
_APPOSITION = re.compile(
    rf"\bthe\s+(?:(?:new|old|other|night|day|shift|store|floor|head|assistant)\s+)?"
    rf"(?:{RELATIONS}),\s+({WORD})(?:\s+({WORD}))?(?=\s*,)",
)
# After a relation noun ("his mom yolande"), a rare word is the person's name. One space only:
# a redacted name leaves a run of blanks there, and the word after it is not a name.
_KIN = "|".join(sorted(KIN_WORDS))  # "my abuela consuelo"
_RELATION_SLOT = re.compile(
    rf"\b(?:my|his|her|our|their|your)\s+(?:[a-z']+\s+)?(?:{RELATIONS}|{_KIN}),?[ ]({WORD})\b",
)
# After a naming cue, up to two name-like words before punctuation: "his name is corwin bexley."
# Unpunctuated speech runs on into the next clause's subject: "my name is yorman i live in".
_NAMED_CUE = re.compile(
    rf"\b(?:name\s+is|name's|named|called\s+herself|called\s+himself|goes\s+by"
    rf"|(?:naming|named)\s+(?:her|him|the\s+baby))\s+({WORD})"
    rf"(?:\s+({WORD}))?(?=\s*[.,;!?]|\s*$|\s+(?:and|but|who|he|she|they|i|i'm|we|at|from|in|on"
    r"|was|is|had|has|[a-z]{3,}ed)\b)",
)
_DETERMINED = re.compile(
    r"\b(?:a|an|the|this|that|every|each|one|my|your|his|her|our|their|per|all|some|any)\s+$",
)
# Endings of abstract nouns ("mindfulness", "recovery" is everyday): never a name's.
_ABSTRACT_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ety", "ism", "ship", "ology", "ance")
_ROLE = re.compile(rf"(?:{RELATIONS})s?")
# "X and I": found from its rare tail, then the word before it is read.
_AND_I = re.compile(r"[ \t]+and\s+(?:[iI]|me)\b(?!\s*'|\s+(?:am|was|do|did|have)\b)")
# "I will and I must": a pronoun before the word makes it a verb.
_SUBJECT_BEFORE = re.compile(r"\b(?:i|you|we|they|he|she|it|who|that|this|which)\s+$")
_WORD_BEFORE = re.compile(rf"\b({WORD})$")


def is_person_word(word: str, lex: Lexicons, *, strong: bool = False) -> bool:
    """A word that, in a person slot, is a name: a listed name or a rare non-place word.

    In a ``strong`` slot ("X and I", "his mom X", "name is X") the broad many-language name
    lists count too, even for names that are everyday words elsewhere.
    """
    lower = word.lower()
    if not lower.isascii():
        # "zoë", "chloé": read without accents; "café" stays an everyday word.
        plain = unicodedata.normalize("NFKD", lower).encode("ascii", "ignore").decode()
        listed = plain in lex.first_names or plain in lex.surnames or plain in lex.broad_names
        return (
            plain != lower
            and (listed or plain not in lex.common_words)
            and is_person_word(plain, lex, strong=strong)
        )
    if "'" in lower:
        # "o'connor", "d'andre", "de'shawn"; not "y'all", "c'mon", "o'clock".
        prefix, rest = lower.split("'", 1)
        return (
            len(prefix) <= 3
            and prefix not in ("y", "c")
            and rest not in lex.everyday_words
            and is_person_word(rest, lex, strong=strong)
        )
    if (
        never_a_name(lower, lex)
        or chat_word(lower)
        or lower in STOP_WORDS
        or lower in NOT_PERSON
        or is_number_word(lower)
    ):
        return False
    if lower in lex.first_names or lower in lex.surnames:
        return True
    if _ROLE.fullmatch(lower):
        return False
    if strong and all(part in lex.broad_names for part in lower.split("-")):
        return True
    if strong and unlisted_name(lower, lex):
        return True
    if (
        lower in lex.places
        or lower.endswith(_ABSTRACT_ENDINGS)
        or everyday_inflection(lower, lex)  # "hanging out with coworkers"
        # "talked about menopause": in a weak slot an everyday word the vocabulary lacks.
        or (not strong and lower in lex.everyday_words and is_rare_word(lower, lex))
    ):
        return False
    parts = lower.split("-")
    if len(parts) > 1 and hyphenated_given_name(parts, lex):
        return True
    return all(
        is_rare_word(part, lex) or part in lex.first_names or _proper_only(part, lex)
        for part in parts
    )


def _medium_person(lower: str, cue: str, lex: Lexicons) -> bool:
    """After a cue that mostly takes people, an unlisted name that is no place or app."""
    return (
        MEDIUM_OBJECT.fullmatch(cue) is not None
        and unlisted_name(lower, lex)
        and lower not in lex.places
        and lower not in NOT_PERSON
        and not never_a_name(lower, lex)
    )


def _proper_only(word: str, lex: Lexicons) -> bool:
    """A word English writes only capitalised, and no city: a person's name in a person slot."""
    return word in lex.proper_only and word not in lex.broad_cities


def _everyday_opening(text: str, match: re.Match[str], lex: Lexicons) -> bool:
    """An everyday word opening a sentence ("Faith helps me", "Anger has been"): a subject,
    not a person's name (see :func:`initial_names.everyday_opening`)."""
    start = match.start(1)
    return is_sentence_start(text, start) and everyday_opening(
        text, match.group(1).lower(), match.end(1), lex
    )


def _overlapping(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Matches that may share text: a word taken as a subject can open the next clause too
    ("different, but cosimo, who")."""
    match = pattern.search(text)
    while match is not None:
        yield match
        match = pattern.search(text, max(match.start(1), match.start() + 1))


def find_speech_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names in person slots of speech (see the module docstring)."""
    for match in _overlapping(_SUBJECT, text):
        first, second = match.group(1), match.group(2)
        if not is_person_word(first, lex) or _everyday_opening(text, match, lex):
            continue
        end = match.end(1)
        if second and is_person_word(second, lex) and _SUBJECT_TAIL.match(text, match.end(2)):
            end = match.end(2)
        elif not _SUBJECT_TAIL.match(text, end):
            continue
        yield match.start(1), end, "NAME", 0.6
    low = lower_same_length(text)
    for match in OBJECT_CUE.finditer(low):
        word = _WORD_RE.match(text, match.end())
        if word is None:
            continue
        cue = match.group().strip()
        strong = STRONG_OBJECT.fullmatch(cue) is not None
        end = word.end()
        if is_person_word(word.group(), lex, strong=strong):
            if strong or OBJECT_END.match(text, end):
                yield word.start(), end, "NAME", 0.6
        elif _medium_person(word.group().lower(), cue, lex) and OBJECT_END.match(text, end):
            yield word.start(), end, "NAME", 0.6
    for tail in _AND_I.finditer(low):
        before = _WORD_BEFORE.search(low, max(0, tail.start() - 30), tail.start())
        if before is None or _DETERMINED.search(low[max(0, before.start() - 8) : before.start()]):
            continue
        if everyday_phrase_head(low, before.start(1), before.group(1), lex):
            continue  # "a rehab center and I", "questions about puberty and I"
        # "will and I": a name that is also a modal or a word is one before "and I".
        if is_person_word(before.group(1), lex, strong=True) or (
            before.group(1) in lex.ambiguous_names
            and before.group(1) in lex.first_names
            and not _SUBJECT_BEFORE.search(low, max(0, before.start() - 12), before.start())
        ):
            yield before.start(1), before.end(1), "NAME", 0.6
    for pattern in (_WHO, _VOCATIVE):
        for match in pattern.finditer(low):
            if match.group(1) in _ADDRESS_WORDS:
                continue  # "look man, i'm tired"
            if _DETERMINED.search(low[max(0, match.start(1) - 8) : match.start(1)]):
                continue  # "twenty times a day and I jump"
            if is_person_word(match.group(1), lex, strong=True):
                yield match.start(1), match.end(1), "NAME", 0.6
    for match in _VOCATIVE_TO_YOU.finditer(low):
        listener = match.group(1)
        if listener in lex.first_names and listener not in _ADDRESS_WORDS:
            yield match.start(1), match.end(1), "NAME", 0.6
    for match in _RELATION_SLOT.finditer(low):
        slot = match.group(1)
        if is_person_word(slot, lex, strong=True) and (
            is_rare_word(slot, lex) or slot in lex.broad_names or unlisted_name(slot, lex)
        ):
            yield match.start(1), match.end(1), "NAME", 0.65
    for match in _NAMED_CUE.finditer(low):
        if is_person_word(match.group(1), lex, strong=True) and not names_a_thing(
            low, match.start()
        ):
            second = match.group(2)
            strong_second = second and is_person_word(second, lex, strong=True)
            end = match.end(2) if strong_second else match.end(1)
            yield match.start(1), end, "NAME", 0.7
    for match in _POSSESSIVE_PLACE.finditer(low):
        if is_person_word(match.group(1), lex, strong=True):
            yield match.start(1), match.end(1), "NAME", 0.6
    for match in _ALONE.finditer(low):
        alone = match.group(1)
        if alone in _INTERJECTIONS or is_compound(alone, lex, first=4, second=4):
            continue
        if (is_rare_word(alone, lex) and is_person_word(alone, lex)) or (
            # "yeah, mateo. he got picked up": the next sentence speaks of the person.
            _HE_SHE.match(low, match.end())
            and alone not in lex.everyday_words
            and is_person_word(alone, lex, strong=True)
        ):
            yield match.start(1), match.end(1), "NAME", 0.55
    for match in _APPOSITION.finditer(low):
        if is_person_word(match.group(1), lex, strong=True):
            end = match.end(2) if match.group(2) else match.end(1)
            yield match.start(1), end, "NAME", 0.65
