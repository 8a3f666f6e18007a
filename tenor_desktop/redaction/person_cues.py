"""Person slots strong enough for names that are also everyday words or places.

- A possessive before a relation or a home: "ferris's mom called", "went to dale's place".
  Any listed name, broad name, rare word or town fills it; a word after a determiner ("the
  dog's mom") or a role word ("my mom's sister") does not.
- A naming cue closing its clause: "some guy named cash.", "her boyfriend's name is colt.",
  "we named the baby wren." Here even an everyday word is the name, unless it describes the
  name ("his name is weird") or the cue names a thing ("the wifi name is").
- A facility after a clinician and the word "at": "doctor nakamura at beth israel said".

Towns count as names here: a town said in a person slot is still an identifier, so the
redaction is right even when the label is not. Each finder yields ``(start, end, label, conf)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from tenor_desktop.redaction.entity_rules import (
    EVERYDAY_ADVERBS,
    NOT_NAME_WORDS,
    RELATIONS,
    ROLE_WORDS,
    STOP_WORDS,
    TITLE_WORDS,
    Hit,
    is_number_word,
)
from tenor_desktop.redaction.full_names import more_name_parts
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import KIN_WORDS, NOT_PERSON, WEEKDAYS
from tenor_desktop.redaction.named_handles import NOT_A_NAME_START, names_a_thing
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.slot_places import CARE_KINDS
from tenor_desktop.redaction.speech_names import is_person_word
from tenor_desktop.redaction.text_case import lower_same_length

_WORD = r"[a-z][a-z]*(?:-[a-z][a-z]+)?"
_POSSESSIVE = re.compile(
    rf"\b({_WORD})'s\s+(?:(?:older|younger|little|big|baby|new|old|ex|step)[\s-]+)?"
    rf"(?:{RELATIONS}|parents|family|kids|place|house|apartment|home|party|wedding|funeral"
    r"|birthday|graduation|basement|couch|car|truck)s?\b"
)
_DETERMINER = re.compile(
    r"\b(?:a|an|the|this|that|these|those|every|each|my|your|his|her|our|their|some|any|no"
    r"|other|one|whose|somebody|someone|everybody|everyone|nobody|anybody)\s+$"
)
_NAMING = re.compile(
    rf"\b(?:named|name\s+is|name\s+was|name's|goes\s+by|went\s+by|go\s+by"
    rf"|(?:calls|call|called)\s+(?:me|him|her|them)|nickname\s+is|nickname\s+was|nickname's)"
    rf"\s+(?:(?:the\s+(?:baby|dog|cat|puppy|kid)|him|her|it)\s+)?({_WORD})"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|but|who|which|or|because|so|now|here)\b)"
)
# Words that, after "named", are not a name: "named after", "named it", "named in".
_NOT_AFTER_NAMING = frozenset(
    "after it in on by for as something nothing anything everything one him her them me "
    "us you after".split()
)
# Things "named" that are not people (babies are; pets are spared by not_phi_names).
_THING_NAMED = re.compile(
    r"\b(?:street|road|town|city|place|bar|restaurant|store|shop|company|band|app|game|show"
    r"|book|song|movie|drug|pill|medication|boat|file|folder|account|network|wifi|channel)(?:\s+(?:is|was|were|got|gets))?\s+$"
)
_CLINICIAN = (
    r"(?:doctor|dr\.?|nurse|therapist|psychiatrist|counselor|surgeon|oncologist|cardiologist"
    r"|neurologist|pediatrician|midwife|specialist|social\s+worker|case\s+manager)"
)
_FACILITY = re.compile(
    rf"\b{_CLINICIAN}(?:\s+{_WORD})?\s+(?:at|from|over\s+at)\s+({_WORD}(?:\s+{_WORD}){{0,2}}?)"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:said|says|told|tells|wants|wanted|thinks|thought|put|gave"
    r"|prescribed|recommended|called|is|was|and|but|who)\b)"
)
_NOT_FACILITY = CARE_KINDS | frozenset(
    "work home school church the a an my his her our their your this that all first least "
    "night noon lunch last once times some one it least most".split()
)


_KIN = (
    r"(?:my|his|her|our|their|your)\s+(?:(?:older|younger|little|big|baby|oldest|youngest|middle"
    r"|twin|best|ex|step)[\s-]+)?"
)
# "my daughter sunny starts school": relation, one word, then a verb only a person does.
_KIN_THEN_VERB = re.compile(
    rf"\b{_KIN}(?:{RELATIONS})\s+({_WORD})(?=\s+(?:is|was|has|had|starts|started|turned|turns"
    r"|just\s+turned|says|thinks|wants|needs|keeps|gets|goes|comes|lives|works|and\s+i\b"
    r"|and\s+me\b|[a-z]+ed\b))"
)
# The answer to "how's your daughter?" or "how are the kids?" opening with a name: "honor is
# doing better.", "lily is okay, but".
_ANSWER_NAME = re.compile(
    rf"\b(?:your\s+(?:[a-z]+\s+)?(?:{RELATIONS})|(?:the|your)\s+(?:kids|children|boys|girls"
    rf"|twins))\b[^\n]*\n(?:[^\n:]{{0,20}}:\s+)?({_WORD})(?:'s|\s+is"
    r"|\s+was)\s+(?:doing|still|with|at|home|back|living|staying|okay|ok|fine|alright|struggling"
    r"|having|in\s+(?:the\s+)?(?:hospital|school|college|jail|rehab))\b"
)
_PLACE_NAMED = re.compile(
    rf"\b(?:town|city|village|suburb|neighbou?rhood|place|area|county|street|road)\s+(?:called"
    rf"|named)\s+({_WORD}(?:\s+{_WORD})?)(?=\s*[.,;!?]|\s*$|\s+(?:and|but|in|near|outside)\b)"
)
# A clause opening with a broad-list name and a verb only a person does: "then rocco said".
# Found from its verb (a long opener alternation tried at every position is slow).
_PERSON_VERB = re.compile(
    r"[ \t]+(?:said|says|told|tells|texted|texts|called|calls|asked|asks|yelled|yells|screamed"
    r"|cried|laughed|showed\s+up|picked\s+me\s+up|drove|thinks|wants|knows|came\s+over"
    r"|comes\s+over|moved\s+out|broke\s+up|hugged)\b"
)
_CLAUSE_START_WORD = re.compile(
    rf"(?:^|\n|[.!?:;,]\s+|\b(?:and|but|so|then|when|because|that|after|before|while|like|if"
    rf"|until|since|whenever|time|cause)\s+)({_WORD})$"
)
# Lists of people: "me, soraya and her cousin", "my mom and leocadia", "two roommates, kenna
# and sol".
_LISTED_PERSON = re.compile(
    rf"\b(?:me,\s+|(?:{RELATIONS}|kids|parents|twins|family|roommates|friends|cousins)s?"
    rf"(?:,\s+|\s+and\s+))({_WORD})(?:\s+and\s+({_WORD}))?(?=\s*[.,;!?]|\s*$|\s+(?:and|are"
    r"|were|is|was|don't|didn't|have|had|went|came|got)\b)"
)
# A family by its surname: "dinner at the okonkwos' house", "the smiths next door".
_FAMILY = re.compile(
    rf"\bthe\s+({_WORD})s'?\s+(?:house|place|home|next\s+door|across\s+the\s+street"
    r"|down\s+the\s+street|upstairs|downstairs|farm|cabin)\b"
)
# "how's ottoline doing?": asked after as a person.
_HOW_IS = re.compile(
    rf"\bhow(?:'s|\s+is|\s+was|\s+are)\s+({_WORD})\s+(?:doing|holding\s+up|feeling|taking\s+it"
    r"|getting\s+on|handling)\b"
    # "how does xee feel about the casino", "how did hamza take it".
    rf"|\bhow\s+(?:does|did|do|will|would)\s+({_WORD})\s+(?:feel|think|take|react|handle|deal"
    r"|see|respond|cope)\b"
)
# "ray and his brother fixed the car": a person beside a relative of theirs.
_AND_THEIR_KIN = re.compile(
    rf"\b({_WORD})\s+and\s+(?:his|her|their)\s+(?:(?:older|younger|little|big|twin|new)\s+)?"
    rf"(?:{RELATIONS})s?\b"
)
_RELATION_WORD = re.compile(rf"(?:{RELATIONS})s?")


def find_person_cues(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names and facilities from the slots in the module docstring."""
    low = lower_same_length(text)
    for verb in _PERSON_VERB.finditer(low):
        match = _CLAUSE_START_WORD.search(low, max(0, verb.start() - 40), verb.start())
        if match is None:
            continue
        word = match.group(1)
        listed = word in lex.broad_names or word in lex.ambiguous_names
        if listed and word not in EVERYDAY_ADVERBS and _can_be_name(word, lex):
            yield match.start(1), match.end(1), "NAME", 0.55
    if "the " in low and _has_any(low, _FAMILY_TAILS):
        for match in _FAMILY.finditer(low):
            stem = match.group(1)
            if (
                stem in lex.surnames
                or stem in lex.broad_names
                or (is_person_word(stem, lex) and stem not in lex.common_words)
            ):
                yield match.start(1), match.end(1) + 1, "NAME", 0.6
    kin_pairs = " and his " in low or " and her " in low or " and their " in low
    for match in _AND_THEIR_KIN.finditer(low) if kin_pairs else ():
        word = match.group(1)
        if _fills_strong_slot(word, lex) or (
            word in lex.ambiguous_names and _can_be_name(word, lex)
        ):
            yield match.start(1), match.end(1), "NAME", 0.6
    if "how" in low:
        for match in _HOW_IS.finditer(low):
            group = 1 if match.group(1) else 2
            if is_person_word(match.group(group), lex, strong=True):
                yield match.start(group), match.end(group), "NAME", 0.6
    for match in _LISTED_PERSON.finditer(low):
        for group in (1, 2):
            if match.group(group) and is_person_word(match.group(group), lex, strong=True):
                yield match.start(group), match.end(group), "NAME", 0.6
    for match in _KIN_THEN_VERB.finditer(low):
        if _everyday_name(match.group(1), lex):
            yield match.start(1), match.end(1), "NAME", 0.55
    for match in _ANSWER_NAME.finditer(low) if "\n" in low else ():
        # Looser than a relation slot ("life is doing its thing"): an everyday word only if
        # some list has it as a name or town.
        word = match.group(1)
        if _everyday_name(word, lex) and (
            word not in lex.common_words or _fills_strong_slot(word, lex)
        ):
            yield match.start(1), match.end(1), "NAME", 0.55
    if "called" in low or "named" in low:
        for match in _PLACE_NAMED.finditer(low):
            if all(_can_be_name(w, lex) for w in match.group(1).split()):
                yield match.start(1), match.end(1), "LOCATION", 0.6
    if "'s " in low:
        for match in _POSSESSIVE.finditer(low):
            if _DETERMINER.search(low, max(0, match.start() - 10), match.start(1)):
                continue
            if _fills_strong_slot(match.group(1), lex):
                yield match.start(1), match.end(1), "NAME", 0.6
    naming = "name" in low or " by " in low or "call" in low
    for match in _NAMING.finditer(low) if naming else ():
        word = match.group(1)
        if (
            word in _NOT_AFTER_NAMING
            or word in NOT_A_NAME_START
            or names_a_thing(low, match.start())
            or _THING_NAMED.search(low, max(0, match.start() - 16), match.start())
            or not _can_be_name(word, lex)
            # "he called me lazy", "call me crazy": after "me" an everyday word is what one
            # is called, not a name ("my friends call me ziggy").
            or (
                low[match.start() : match.start(1)]
                .rstrip()
                .endswith((" me", " him", " her", " them"))
                and word in lex.everyday_words
            )
        ):
            continue
        yield match.start(1), match.end(1), "NAME", 0.65
    if (" at " in low or " from " in low) and _has_any(low, _CLINICIAN_WORDS):
        for match in _FACILITY.finditer(low):
            words = match.group(1).split()
            if words[0] in _NOT_FACILITY or not all(
                _can_be_name(w, lex) or (len(words) > 1 and w in lex.not_phi_places) for w in words
            ):
                continue
            yield match.start(1), match.end(1), "LOCATION", 0.6


_FAMILY_TAILS = (
    "house",
    "place",
    "home",
    "next door",
    "across the",
    "down the",
    "stairs",
    "farm",
    "cabin",
)
_CLINICIAN_WORDS = (
    "doctor",
    "dr",
    "nurse",
    "therapist",
    "psychiatrist",
    "counselor",
    "surgeon",
    "ologist",
    "pediatrician",
    "midwife",
    "specialist",
    "social worker",
    "case manager",
)


def _has_any(low: str, needles: tuple[str, ...]) -> bool:
    """A cheap substring test that lets a finder skip texts its pattern cannot match."""
    return any(needle in low for needle in needles)


def _can_be_name(word: str, lex: Lexicons) -> bool:
    """Not a function word, role, title, number or medication (any other word may be a name)."""
    return not (
        len(word) < 2
        or word in NOT_NAME_WORDS
        or word in STOP_WORDS
        or word in ROLE_WORDS
        or word in TITLE_WORDS
        or word in NOT_PERSON
        or word in WEEKDAYS
        or word in lex.medications
        or word in lex.not_phi_places
        or is_number_word(word)
    )


def _everyday_name(word: str, lex: Lexicons) -> bool:
    """In a slot only a person fills, any word but a function word, adverb or verb form."""
    return (
        len(word) >= 3
        and _can_be_name(word, lex)
        and word not in EVERYDAY_ADVERBS
        and _RELATION_WORD.fullmatch(word) is None
        and not word.endswith(("ly", "ing", "ed", "s"))
    )


def _fills_strong_slot(word: str, lex: Lexicons) -> bool:
    if is_person_word(word, lex, strong=True):
        return True
    return len(word) >= 3 and word in lex.places and _can_be_name(word, lex)


_WORD_BEFORE = re.compile(rf"(?:^|[^a-z'-])({_WORD}) $")
_WORD_AFTER = re.compile(rf" ({_WORD})(?=[^a-z'-]|$)")


def adjacent_name_parts(
    text: str, names: Iterable[tuple[int, int]], lex: Lexicons
) -> Iterator[Hit]:
    """The rest of a full name beside a found part: "scared of kyle brennan" (a listed given
    name before a found surname, or a listed surname after a found given name)."""
    low = lower_same_length(text)
    for start, end in names:
        before = _WORD_BEFORE.search(low, max(0, start - 20), start)
        if before is not None and (
            _full_name_part(before.group(1), lex, lex.first_names)
            or _given_before_surname(low, before.start(1), before.group(1), low[start:end], lex)
            or _nickname_prefix(low, before.start(1), before.group(1), low[start:end], lex)
        ):
            yield before.start(1), before.end(1), "NAME", 0.6
        after = _WORD_AFTER.match(low, end)
        if after is not None and (
            _full_name_part(after.group(1), lex, lex.surnames)
            or _surname_after_given(after.group(1), low[start:end], lex)
        ):
            yield after.start(1), after.end(1), "NAME", 0.6
    yield from more_name_parts(text, names, lex)


# "my sponsor big mike", "lil terrell calls from angola": a nickname's size word is its own
# (not "a big mike fan": a determiner makes it an adjective). "little" stays out: "little
# sophie" is as often a child's name with an endearment before it.
_NICKNAME_PREFIXES = frozenset(("big", "lil"))
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|my|his|her|our|their|your|this|that|so|too|very|such)\s+$"
)


def _nickname_prefix(low: str, at: int, word: str, found: str, lex: Lexicons) -> bool:
    """Whether ``word`` at ``at`` is a size word said as part of the nickname ``found``."""
    return (
        word in _NICKNAME_PREFIXES
        and found in lex.first_names
        and _DETERMINER_BEFORE.search(low, max(0, at - 8), at) is None
    )


def _given_before_surname(low: str, at: int, word: str, found: str, lex: Lexicons) -> bool:
    """A given name that is also a word before a found surname: "texted will castillo",
    "honey petrov", "dawn brennan's"; not after a subject or modal ("i hope castillo calls")."""
    surname = found.removesuffix("'s")
    if " " in surname or not (
        surname in lex.surnames or (surname in lex.broad_names and surname not in lex.first_names)
    ):
        return False
    listed = word in lex.first_names or word in lex.ambiguous_names
    rare = is_rare_word(word, lex) and word not in lex.places
    if not (listed or rare or (word in lex.broad_names and word not in lex.everyday_words)):
        return False
    if _RELATION_WORD.fullmatch(word) is not None or word in KIN_WORDS or word in TITLE_WORDS:
        return False
    # "will" is a modal as well as a given name: before a listed surname it is the name.
    if not (_can_be_name(word, lex) or word in lex.ambiguous_names) or word in EVERYDAY_ADVERBS:
        return False
    return _SUBJECT_BEFORE.search(low, max(0, at - 12), at) is None


def _surname_after_given(word: str, found: str, lex: Lexicons) -> bool:
    """A listed surname after a found given name ("rosalind lindqvist"), everyday or not,
    unless it is a function word or adverb ("maria stone" is taken; "maria still" is not)."""
    if " " in found or found not in lex.first_names:
        return False
    broad = word in lex.broad_names and word not in lex.first_names
    rare = is_rare_word(word, lex) and word not in lex.places
    listed = word in lex.surnames or ((broad or rare) and word not in lex.everyday_words)
    return len(word) > 2 and listed and _can_be_name(word, lex) and word not in EVERYDAY_ADVERBS


_SUBJECT_BEFORE = re.compile(
    r"\b(?:i|you|we|they|he|she|it|who|that|and|to|would|will|can|could|should|must|might"
    r"|do|does|did|don't|didn't|i'll|we'll|you'll)\s+$"
)


def _full_name_part(word: str, lex: Lexicons, listed: frozenset[str]) -> bool:
    return (
        word in listed
        and word not in lex.ambiguous_names
        and word not in EVERYDAY_ADVERBS
        and _can_be_name(word, lex)
        and _RELATION_WORD.fullmatch(word) is None
    )
