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
    "grace faith joy honor miracle serenity harmony melody destiny genesis legend justice "
    "royal messiah blessing precious nova liberty".split()
)
# Names of two letters, which the other rules leave to function words: "ed is my sponsor",
# "ty hit me", "i called al". Left out: chat and school words ("ty" is "thank you" only
# before "so"/"for", "ed" after "special"/"driver's").
SHORT_NAMES = frozenset("al ed ty bo jo aj cj tj jj kj rj mj ej li wu yu".split())
_NOT_SHORT_NAME_BEFORE = re.compile(r"\b(?:special|driver's|drivers|sex|phys|health|et)\s+$")
_NOT_SHORT_NAME_AFTER = re.compile(r"\s+(?:so|for|very|vm)\b")
# "ed" is an eating disorder as often as a man ("recovery from ed", "ed told me i'm fat"):
# a name only after a relation ("my uncle ed").
_RELATION_ONLY = frozenset({"ed"})
# Cues before a person object that also take things ("called the bank", "miss summer"): for
# two-letter names only.
_SHORT_CUE_BEFORE = re.compile(
    r"\b(?:called|call|calls|calling|met|saw|see|visited|miss|missed|love|loved|hate|hated"
    r"|trust|with|about|to|for|from|and)\s+$"
)
# A relation right before the name: "my brother will texted me", "my boyfriend ty hit me".
_RELATION_BEFORE = re.compile(
    rf"\b(?:my|his|her|our|their|your)\s+(?:(?:older|younger|little|big|baby|ex|step|best)"
    rf"[\s-]+)?(?:{RELATIONS})\s+$"
)
_PAST_VERB = re.compile(r"\s+(?:[a-z]{2,}ed|died|left|came|went|got|is|was|has|had)\b")
# Given names of the ambiguous list that are read as words in these slots too: adjectives
# ("young said", "long, you know"), and nouns a cue takes as things ("told art", "chance").
_NOT_WORD_NAMES = frozenset(
    "young long black white green brown rich guy chance art major rock stone wood rice hill "
    "price banks bud buck skip chip angel".split()
)
# Virtues and modals: a subject or object only before what people alone do ("faith helps me",
# "i told will i'd come" stays ambiguous).
_ABSTRACT = frozenset("hope faith grace joy will may".split())
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
    r"|called\s+(?:me|us|him|her|them)|helped\s+(?:me|us)"
    r"|(?:hit|hurt|pushed|punched|slapped|choked|grabbed)\s+(?:me|her|him|us)|(?:keeps|kept)\s+(?:calling|texting|ghosting|asking"
    r"|telling|yelling|bugging|coming|showing|saying)|(?:won't|wouldn't|can't|never)\s+(?:pay"
    r"|call|text|talk|answer|listen|leave|stop|let|give|tell|speak|admit|apologi[sz]e)"
    r"|doesn't\s+(?:get|care|understand|listen|know|want"
    r"|like)|didn't\s+(?:get|care|understand|listen|know|want|like|call|text)|never\s+listens"
    r"|(?:is|was|'s)\s+(?:doing\s+(?:better|worse|okay|ok|good|great|well|fine|alright)"
    r"|(?:so\s+|really\s+|still\s+)?(?:mad|angry|pissed|upset|jealous|pregnant|sober"
    r"|engaged|married|divorced)\b|my\s+(?:best\s+)?(?:" + RELATIONS + r")"
    r"|my\s+(?:oldest|youngest|eldest|middle\s+child|baby|firstborn)"
    r"|in\s+(?:foster\s+care|the\s+hospital|jail|prison|rehab|the\s+nicu|kindergarten)))\b"
    r"|\s+moved\s+in\s+with\b"
)
# What only people do, for virtues and modals as subjects: "may said she'd help".
_STRICT_PREDICATE = re.compile(
    r"\s+(?:said|says|told|tells|texted|texts|asked|asks|cried|yelled|screamed|apologi[sz]ed"
    r"|called\s+(?:me|us|him|her|them)|(?:is|was|'s)\s+(?:my\s+(?:best\s+)?(?:"
    + RELATIONS
    + r")|doing\s+(?:better|worse|okay|ok|good|great|well|fine|alright)))\b"
)
# An opening word and a comma before a name said to someone: "honestly, hope, i don't know".
_AFTER_WORD = re.compile(
    r"(?:^|\n|[.!?:]\s+)(?:(?:so|and|but|well)\s+)?(?:honestly|look|listen|okay|ok|so|well|yeah"
    r"|no|sorry|thanks),\s+$"
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


def find_word_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Everyday nouns that are given names, in person-only slots (see the module docstring)."""
    low = lower_same_length(text)
    words = _word_pattern(lex)
    if words.search(low) is None:
        return
    for match in words.finditer(low):
        start, end = match.span()
        if start and low[start - 1] in "'@#/.-":
            continue
        before = low[max(0, start - 40) : start]
        if _reads_as_person(low, end, before, match.group()):
            yield start, end, "NAME", 0.6


# The pattern depends on the lexicons alone; keyed by identity (hashing them reads every list).
_PATTERN_CACHE: dict[int, tuple[Lexicons, re.Pattern[str]]] = {}


def _word_pattern(lex: Lexicons) -> re.Pattern[str]:
    cached = _PATTERN_CACHE.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    words = (
        WORD_NAMES
        | SHORT_NAMES
        | {word for word in lex.ambiguous_names if word.isalpha() and word not in _NOT_WORD_NAMES}
    )
    # Factored by first letters: an alternation of 250 words tried at every position is slow.
    pattern = re.compile(r"\b" + _trie(sorted(words)) + r"\b(?!-|'(?!s\b))")
    _PATTERN_CACHE[id(lex)] = (lex, pattern)
    return pattern


def _trie(words: list[str]) -> str:
    """A regex matching exactly ``words``, letter by letter: "ash", "aspen" -> "as(?:h|pen)"."""
    groups: dict[str, list[str]] = {}
    ends = False
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
        else:
            ends = True
    branches = [re.escape(first) + _trie(rest) for first, rest in sorted(groups.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
    return body + ("?" if ends else "")


def _reads_as_person(low: str, end: int, before: str, word: str) -> bool:
    if _DETERMINED.search(before):
        return False
    if _RELATION_BEFORE.search(before):
        predicate = _STRICT_PREDICATE if word in _ABSTRACT else _PERSON_PREDICATE
        return predicate.match(low, end) is not None or (
            word not in _ABSTRACT
            and (_AFTER_OBJECT.match(low, end) or _PAST_VERB.match(low, end)) is not None
        )
    if word in SHORT_NAMES:
        if (
            word in _RELATION_ONLY
            or _NOT_SHORT_NAME_BEFORE.search(before)
            or _NOT_SHORT_NAME_AFTER.match(low, end)
        ):
            return False
        if _SHORT_CUE_BEFORE.search(before) and _AFTER_OBJECT.match(low, end):
            return True
    if word in _ABSTRACT:
        # "i hope so", "may i", "lose faith": only the plain subject of a person verb.
        if _AFTER_WORD.search(before):
            return _VOCATIVE_AFTER.match(low, end) is not None  # "honestly, hope, i don't"
        return _OPENS_CLAUSE.search(before) is not None and (
            _STRICT_PREDICATE.match(low, end) is not None
        )
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
    return _PERSON_PREDICATE.match(low, end) is not None


# After a word name listed with a found name: the end of the phrase or a verb of them all.
_AFTER_LISTED = re.compile(rf"{OBJECT_END.pattern}|{_AFTER_PAIR.pattern}|\s+(?:all|came)\b")


def listed_word_name(text: str, start: int, end: int) -> bool:
    """A word name listed with a found name ("rowan, ash and dawn", "jess and river came"),
    when the phrase ends after it or a verb follows: "jess and rain started" is weather."""
    word = text[start:end].lower()
    return (
        word in WORD_NAMES
        and word not in _ABSTRACT
        and (_AFTER_LISTED.match(text, end) is not None or text.startswith(",", end))
    )
