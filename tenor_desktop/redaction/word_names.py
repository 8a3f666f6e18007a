"""Given names that are everyday nouns, in slots only people fill: "me and river went",
"i told sky about it", "ash's place", "river said", "thanks, wren."

People are named after rivers, birds, seasons and plants. Lowercase, these names are spelled
like the words, so a name list cannot tell them and the everyday-word tests of the other
rules keep them out of most person slots. Each occurrence of such a word is read where it
stands: after a cue that takes only people ("told", "talked to", "me and", "mad at"), before
"and i", before a possessed home or relation, as the subject of a verb only people do, or
said to someone ("thanks, river."). Anywhere else it stays a word: "the river was high", "i
sat in the rain", "summer is my favourite season".

Yields ``(start, end, label, confidence)`` like the other finders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import RELATIONS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.object_cues import OBJECT_END, STRONG_OBJECT
from tenor_desktop.redaction.text_case import lower_same_length

# Everyday nouns people are named: nature, seasons, birds, plants, stones. Endearments
# ("honey", "angel", "sunshine") and device names ("echo") are left out: they are said to
# people without naming them.
WORD_NAMES = frozenset(
    "river sky skye sage ash wren brook rain storm stormy blue kit summer winter autumn june "
    "april robin raven willow ivy hazel juniper aspen cedar ember harbor haven indigo journey "
    "meadow ocean onyx phoenix scout shiloh sparrow briar clover fern lark poppy rue birch "
    "finch dove marigold misty rusty clay cash colt dawn reed rowan sunny story lake forest "
    "jade ruby amber pearl coral opal violet daisy lily iris holly heather rose hope "
    "grace faith joy honor".split()
)
_WORD = re.compile(r"\b(?:" + "|".join(sorted(WORD_NAMES)) + r")\b(?!-)")
# A cue that takes people only, right before the word ("i told sky", "mad at river").
_CUE_BEFORE = re.compile(rf"\b(?:{STRONG_OBJECT.pattern})\s+$")
_ME_AND_BEFORE = re.compile(r"\b(?:me|you|i)\s+and\s+$")
# Company only people keep: "a fight with brook", "living with wren", "lunch with june".
_WITH_BEFORE = re.compile(
    r"\b(?:fight|fights|fought|fighting|argument|arguments|argued|arguing|broke\s+up|living"
    r"|moved\s+in|hanging\s+out|hung\s+out|dinner|lunch|coffee|drinks|date|dates|dating)"
    r"\s+with\s+$"
)
# What follows a person named after such a cue: the end of the phrase, or a clause.
_AFTER_OBJECT = re.compile(
    rf"{OBJECT_END.pattern}|\s+(?:that|how|what|why|i|we|she|he|they|it|not|everything"
    r"|nothing|off|you|me|him|her)\b"
)
# After "me and X": the verb of the two of them ("me and river went", "me and sky are").
_AFTER_PAIR = re.compile(
    r"\s+(?:went|were|are|used|have|had|got|get|did|do|will|would|can|could|never|always"
    r"|just|still|both|[a-z]{2,}ed)\b"
)
# Opening a clause: the start of a line or sentence, a speaker label, a clause word.
_OPENS_CLAUSE = re.compile(
    r"(?:^|\n|[.!?:;,]\s+|\b(?:and|but|so|then|because|cause|cuz|when|like|think|guess|that"
    r"|if|until|since|after|before|while|though|honestly|yeah|well|um|uh|basically|actually)"
    r"\s+)$"
)
# A determiner or preposition before the word makes it the word: "the river", "in june".
_DETERMINED = re.compile(
    r"\b(?:a|an|the|this|that|these|those|my|your|his|her|our|their|its|some|any|every|no"
    r"|last|next|early|late|in|of|on|for|from|by|into|until|through|during|since|than"
    r"|till|past|all|whole|this|each|more|less|much)\s+$"
)
# "river and i broke up"; not "rain and i don't get along".
_AND_I_AFTER = re.compile(
    r"\s+and\s+(?:i|me)\s+(?:(?:just|both|still|never|always|finally)\s+)?(?:went|were|are"
    r"|used|broke|got|had|have|did|met|talked|hung|hang|live|lived|go|do|will|would|[a-z]{2,}ed)\b"
)
# Verbs only people do, after the name as a subject: "river said", "rowan gets it".
_PERSON_PREDICATE = re.compile(
    r"(?:\s+(?:just|really|always|never|still|even|literally|actually|finally|also))?\s+"
    r"(?:said|says|told|tells|thinks|thought|texted|texts|asked|asks|cried|yelled|screamed"
    r"|shouted|laughed|apologi[sz]ed|promised|lied|gets\s+it|got\s+it|knows|knew|wants|wanted"
    r"|called\s+(?:me|us|him|her|them)|doesn't\s+(?:get|care|understand|listen|know|want"
    r"|like)|didn't\s+(?:get|care|understand|listen|know|want|like|call|text)|never\s+listens"
    r"|(?:is|was|'s)\s+(?:doing\s+(?:better|worse|okay|ok|good|great|well|fine|alright)"
    r"|(?:so\s+|really\s+|still\s+)?(?:mad|angry|pissed|upset|jealous|pregnant|sober"
    r"|engaged|married|divorced)\b|my\s+(?:best\s+)?(?:" + RELATIONS + r")))\b"
)
# Someone's home or people: "ash's place", "river's mom".
_POSSESSED = re.compile(
    rf"'s\s+(?:(?:new|old|little|big|older|younger|own)\s+)?(?:{RELATIONS}|parents|family"
    r"|kids|place|house|apartment|room|couch|car|birthday|wedding|funeral|party|graduation)\b"
)
# Said to the person: "thanks, river.", "bye, june", "ash, you know what i mean".
_GREETING_BEFORE = re.compile(
    r"\b(?:bye|goodbye|thanks|thank\s+you(?:\s+so\s+much)?|hi|hey|hello|sorry|congrats"
    r"|love\s+you|see\s+you|night|morning),?\s+$"
)
_GREETING_AFTER = re.compile(r"\s*(?:[.!?]|,\s|$)")
_VOCATIVE_AFTER = re.compile(
    r",\s+(?:you|i|i'm|we|can|could|do|did|are|will|would|what|how|why|please|listen|look"
    r"|remember|tell|stop|wait|come|let's)\b"
)
# Words of these that a sentence can open with as themselves ("hope you're well", "may i").
_NOT_SUBJECTS = frozenset("hope".split())


def find_word_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Everyday nouns that are given names, in person-only slots (see the module docstring)."""
    low = lower_same_length(text)
    if _WORD.search(low) is None:
        return
    del lex  # the word list above is the lexicon here
    for match in _WORD.finditer(low):
        start, end = match.span()
        if start and low[start - 1] in "'@#/.-":
            continue
        before = low[max(0, start - 40) : start]
        if _reads_as_person(low, end, before, match.group()):
            yield start, end, "NAME", 0.6


def _reads_as_person(low: str, end: int, before: str, word: str) -> bool:
    if _DETERMINED.search(before):
        return False
    if _ME_AND_BEFORE.search(before):
        return _AFTER_OBJECT.match(low, end) is not None or _AFTER_PAIR.match(low, end) is not None
    if _CUE_BEFORE.search(before) or _WITH_BEFORE.search(before):
        return _AFTER_OBJECT.match(low, end) is not None
    if _POSSESSED.match(low, end):
        return True
    if _GREETING_BEFORE.search(before):
        return _GREETING_AFTER.match(low, end) is not None
    if not _OPENS_CLAUSE.search(before):
        return False
    if _VOCATIVE_AFTER.match(low, end) or _AND_I_AFTER.match(low, end):
        return True
    return word not in _NOT_SUBJECTS and _PERSON_PREDICATE.match(low, end) is not None


# After a word name listed with a found name: the end of the phrase or a verb of them all.
_AFTER_LISTED = re.compile(rf"{OBJECT_END.pattern}|{_AFTER_PAIR.pattern}|\s+(?:all|came)\b")


def listed_word_name(text: str, start: int, end: int) -> bool:
    """A word name listed with a found name ("rowan, ash and dawn", "jess and river came"),
    when the phrase ends after it or a verb follows: "jess and rain started" is weather."""
    word = text[start:end].lower()
    return (
        word in WORD_NAMES
        and word not in _NOT_SUBJECTS
        and (_AFTER_LISTED.match(text, end) is not None or text.startswith(",", end))
    )
