"""Names and places from context words, titles, lexicons and street/facility shapes.

These rules complement spaCy NER, which misses lowercase speech ("my sister natalie") and
names that are also words ("hope"). Each finder yields ``(start, end, label, confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import (
    EVERYDAY_ADVERBS as EVERYDAY_ADVERBS,
)
from tenor_desktop.redaction.name_words import (
    NOT_NAME_WORDS as NOT_NAME_WORDS,
)
from tenor_desktop.redaction.name_words import (
    NUMBER_WORDS as NUMBER_WORDS,
)
from tenor_desktop.redaction.name_words import (
    ROLE_WORDS as ROLE_WORDS,
)
from tenor_desktop.redaction.name_words import (
    STOP_WORDS as STOP_WORDS,
)
from tenor_desktop.redaction.name_words import (
    TITLE_WORDS as TITLE_WORDS,
)
from tenor_desktop.redaction.name_words import (
    is_number_word as is_number_word,
)
from tenor_desktop.redaction.named_handles import NOT_A_NAME_START, names_a_thing
from tenor_desktop.redaction.noun_modifiers import modified_noun, title_said_as_verb
from tenor_desktop.redaction.rare_words import rare_word_before_break

Hit = tuple[int, int, str, float]

# Capitalised at the start of a sentence, these are far more often words than names.
_COMMON_WORD_NAMES = frozenset(
    "hope will may grace faith joy mark bill art rose sue pat rob ray jack frank guy chase grant "
    "dean drew max lance sandy rich young long black white green brown price banks rice hill "
    "stone wood cook baker page chance summer june april dawn major sky river rock".split()
)
_NAME_VERBS = (
    r"said|says|told|tells|is|was|has|had|who|got|went|came|wants|wanted|lives|lived|works|worked"
    r"|called|calls|texted|texts|moved|died|left|thinks|thought|asked|asks|emailed|drove|picked"
    r"|and|keeps|kept|never|just|always"
)
# After a name that is also a word ("will", "grant"), a past-tense person verb shows it is the
# name: "my brother will texted me", "grant came". Modal or noun readings take other forms.
AMBIGUOUS_NAME_CONTEXT = re.compile(
    r"\s(?:called|texted|emailed|messaged|told|asked|came|picked\s+me|drove|said|left|yelled"
    r"|screamed|cried|laughed|showed\s+up|brought|sent|gave|wanted|moved|died|passed\s+away"
    r"|kept|got\s+(?:mad|angry|upset|home|back)|went|stopped|started|hugged|invited)\b"
)
_RELATIONS = (
    r"wife|husband|son|daughter|sister|brother|mom|mother|dad|father|friend|boyfriend|girlfriend"
    r"|partner|fianc[eé]e?|ex|ex-wife|ex-husband|ex-boyfriend|ex-girlfriend|boss|manager"
    r"|supervisor|co-?worker|roommate|sponsor|cousin|niece|nephew|aunt|uncle|grandma|grandmother"
    r"|grandpa|grandfather|step-?dad|step-?mom|stepson|stepdaughter|sister-in-law"
    r"|brother-in-law|mother-in-law|father-in-law|baby|kid|child|neighbou?r|landlord|lawyer"
    r"|attorney|therapist|psychiatrist|doctor|counselor|caseworker|case worker|teacher|coach"
    r"|pastor|advisor|adviser|labmate|classmate|nurse|dietitian|endocrinologist|rep"
    r"|colleague|buddy|pal|bestie|twin|stepbrother|stepsister|grandson|granddaughter|aide"
    r"|principal|officer|detective|investigator|nanny|babysitter|tutor|mentor|ob|pcp|surgeon"
    r"|physical therapist|social worker|probation officer|parole officer|caseworker|tenant"
    # Grandparents and kin as families say them, and godparents, trainers, co-parents.
    r"|mamaw|papaw|meemaw|mawmaw|granny|nana|grandmom|granddad|grandad|abuela|abuelo|abuelita"
    r"|abuelito|nonna|nonno|lola|lolo|bubbe|zayde|auntie|godmother|godfather|stepmother"
    r"|stepfather|trainer|comadre|compadre"
)
# Relationship nouns that introduce a person ("my sister", "the manager"), as a regex alternation.
RELATIONS = _RELATIONS
_TITLE = re.compile(
    r"\b(?:dr|doctor|mr|mrs|ms|miss|mister|officer|detective|professor|prof|judge|coach"
    r"|pastor|reverend|rev|father|sister|brother|nurse|sergeant|sgt|captain|lieutenant"
    r"|grandma|grandpa|granny|nana|aunt|auntie|uncle|cousin|mamaw|papaw|meemaw|mawmaw|pawpaw"
    r"|abuela|abuelo|abuelita|abuelito|nonna|nonno|bubbe|zayde|tia|tio|t\u00eda|t\u00edo|titi)"
    r"\.?\s(?=[A-Za-z])",
    re.IGNORECASE,
)
_RELATION = re.compile(
    rf"\b(?:my|his|her|our|their|your)\s+(?:(?:older|younger|little|big|baby|best|old|new|"
    rf"oldest|youngest|middle|twin|late|ex|charge|union|former|current|step|other)\s+)*"
    rf"(?:{_RELATIONS})s?(?:\s+and\s+(?:best\s+)?friend)?,?\s(?=[A-Za-z])",
    re.IGNORECASE,
)
_NAMED = re.compile(
    r"\b(?:named|name\s+is|name's|called\s+(?=[A-Z])|goes\s+by|this\s+is|it's\s+me,)\s+",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_PHRASE_END = re.compile(r"\s*(?:[,.;!?]|$)", re.MULTILINE)
_ARTICLE_BEFORE = re.compile(
    r"\b(?:a|an|the|this|that|these|those|every|each|some|any|another|no)\s+$"
)
_CONTRACTION = re.compile(r"(?:n't|'ll|'re|'ve|'d|'m)$")
# Irregular past tenses, words of time and of groups: what follows "my mom" or "pastor" when no
# name does.
_NOT_AFTER_RELATION = frozenset(
    "sent told said got went came made took gave kept let put ran saw thought felt knew found"
    " bought brought caught taught paid met lost won sold wrote drove rode ate drank sat stood"
    " slept woke broke spoke stole threw fell hit hurt quit left heard held fought forgot read"
    " led fed dealt meant spent lent built dug hung shot shut struck stuck swore tore wore bit"
    " hid lit grew drew flew blew shook forgave rang sang began became did does"
    " last next this every goodnight group groups crew squad circle chat side".split()
)
_HONORIFIC = re.compile(
    r"dr|doctor|mr|mrs|ms|mister|officer|detective|professor|prof|pastor|reverend|rev|nurse"
    r"|sergeant|sgt|captain|lieutenant|coach",
    re.IGNORECASE,
)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|my|our|your|his|her|their|this|that|every|any|no|new|other)\s+$", re.I
)
# Nouns and verbs that follow a title used as a noun without a determiner ("doctor visits").
_NOT_AFTER_HONORIFIC = frozenset(
    "appointment appointments office offices visit visits note notes bills bill orders order "
    "says thinks wants gives gave told tells asked asks wrote writes put puts recommended "
    "prescribed shopping friend friends stuff report reports practitioner assistant aide "
    "station shift shifts clinic hospital who whom about because since first second next last "
    "once twice again thing things kind sort type person people team staff".split()
)
# After a lowercase word in a person slot: a verb, a comma or "'s" (a surname may come first);
# or a past verb right after it ("grandma bea raised me"; "-ly" words are turned away before).
_NAME_TAIL = re.compile(
    rf"(?:\s+[a-z]+(?=[\s,']))?(?:'s\b|\s*,|\s+(?:{_NAME_VERBS})\b)|\s+[a-z]{{2,}}ed\b"
    # "grandma ida would tell her", "my roommate jade took me".
    r"|\s+(?:would|will|could|can|should|took|gave)\b"
)
# The apostrophe of an Irish, French or Italian surname: "o'connell", "d'angelo".
_APOSTROPHE_NAME = re.compile(r"(?<=^[a-z])'(?=[a-z]{3})", re.I)
PLACE_PREP = re.compile(
    r"\b(?:in|from|to|near|outside|outside of|at|around|of|moved to|lives in|visit|visiting)\s+$",
    re.IGNORECASE,
)


def clean_word(word: str) -> str:
    return word[:-2] if word.lower().endswith("'s") else word


def _name_at(
    text: str, start: int, lex: Lexicons, *, strong: bool, relation: bool = False
) -> Hit | None:
    """A one- or two-word name starting at ``start``; ``strong`` context accepts unknown words."""
    first = WORD.match(text, start)
    if first is None:
        return None
    word = clean_word(first.group())
    lower = word.lower()
    if lower.rstrip(".") in TITLE_WORDS:
        # One space: a run of blanks is a redacted name, and the word after it is not one.
        after = re.compile(r"\.?\s(?=\S)").match(text, first.end())
        return _name_at(text, after.end(), lex, strong=strong, relation=relation) if after else None
    if (
        lower in NOT_NAME_WORDS
        or lower in ROLE_WORDS
        or lower in lex.medications
        or is_number_word(lower)
    ):
        return None
    known = lower in lex.first_names or lower in lex.surnames
    if word.islower() and not known and (lower in STOP_WORDS or lower in EVERYDAY_ADVERBS):
        # "my therapist before you was nice": a preposition, not a name.
        return None
    if (
        word.islower()
        and not known
        and lower.endswith("s")
        and (lower in lex.common_words or lower[:-1] in lex.common_words)
    ):
        # "my mom smokes cigarettes": a verb after the relation, not a name.
        return None
    if word.islower() and _CONTRACTION.search(lower):
        return None  # "my mom doesn't", "grandpa can't visit"
    if strong and word.islower() and not known and lower in _NOT_AFTER_RELATION:
        # "my friend group", "my grandmother last week", "the youth pastor sent": a verb, a
        # time or a group after the relation, not a name ("-ed" verbs are left already).
        return None
    if not (
        word[0].isupper()
        or known
        or (strong and _looks_like_name_after(text, start + len(word)))
        or (strong and rare_word_before_break(text, start, word, lex))
    ):
        return None
    end = start + len(word)
    if strong and word.islower():
        surname = re.match(r" ([a-z]+)(?=\s*,|\s+(?:" + _NAME_VERBS + r")\b)", text[end : end + 40])
        if (
            surname is not None
            and surname.group(1) not in NOT_NAME_WORDS
            and (surname.group(1) in lex.surnames or not surname.group(1).endswith(("ed", "ing")))
        ):
            # "doctor szymanski prescribed, thirty a day": a verb, not the second name.
            return start, end + surname.end(), "NAME", 0.75
    second = re.compile(r"[ ]([A-Za-z][A-Za-z'\-]*)").match(text, end)
    if second is not None:
        candidate = clean_word(second.group(1))
        low = candidate.lower()
        if low not in NOT_NAME_WORDS and (
            (candidate[0].isupper() and word[0].isupper() and low not in ROLE_WORDS)
            or (low in lex.surnames and word[0].islower())
            or (
                strong
                and word.islower()
                and known
                and _unlisted_surname(low, lex)
                and _PHRASE_END.match(text, second.start(1) + len(second.group(1))) is not None
            )
        ):
            end = second.start(1) + len(candidate)
    return start, end, "NAME", 0.9 if known or word[0].isupper() else 0.75


def _unlisted_surname(word: str, lex: Lexicons) -> bool:
    """A word no English speaker uses, after a title or relation and a given name: the
    surname the lists lack ("my grandma lorena begay's")."""
    return (
        len(word) > 3
        and word.isalpha()
        and word not in lex.common_words
        and word not in lex.everyday_words
        and word not in lex.medications
    )


def _looks_like_name_after(text: str, end: int) -> bool:
    """After an unknown lowercase word, a name is usually followed by punctuation or a verb."""
    word = text[:end].rsplit(None, 1)[-1].lower()
    if word.endswith(("ing", "ed", "ly")):
        return False
    # "my nephew dario." : a relation noun then a word ending the sentence.
    if re.match(r"\.(?:\s|$)", text[end : end + 2]) and re.search(
        rf"\b(?:{_RELATIONS}),?\s+\S+$", text[max(0, end - 40) : end], re.IGNORECASE
    ):
        return True
    tail = text[end : end + 40].lower()
    return _NAME_TAIL.match(tail) is not None


def _honorific_name(text: str, match: re.Match[str], lex: Lexicons) -> Hit | None:
    """A lowercase surname after an honorific used as one: "doctor nakamura at the clinic".

    "the doctor said" or "my nurse gave" use the title as a noun (a determiner comes first);
    without one, the next word is the person's name unless it is a function word or verb.
    """
    if not _HONORIFIC.fullmatch(match.group().strip().rstrip(".")):
        return None
    if _DETERMINER_BEFORE.search(text[max(0, match.start() - 8) : match.start()]):
        return None
    word_match = WORD.match(text, match.end())
    if word_match is None:
        return None
    word = clean_word(word_match.group())
    lower = word.lower()
    if (
        len(word) < 3
        or not _APOSTROPHE_NAME.sub("", word).replace("-", "").isalpha()
        or lower in STOP_WORDS
        or lower in ROLE_WORDS
        or lower in TITLE_WORDS
        or lower in _NOT_AFTER_HONORIFIC
        or lower in _NOT_AFTER_RELATION
        or lower in lex.medications
        or is_number_word(lower)
        or lower.endswith(("ing", "ed", "ly"))
    ):
        return None
    return match.end(), match.end() + len(word), "NAME", 0.75


_MONTHS = frozenset("april may june july august".split())
_TIME_PREP = re.compile(r"\b(?:in|since|by|until|till|during|of)\s+$", re.IGNORECASE)


def find_names(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Names found from titles, relationship words, 'named X' and the given-name lexicon."""
    for pattern in (_TITLE, _RELATION, _NAMED):
        for match in pattern.finditer(text):
            if pattern is _NAMED and (
                names_a_thing(text, match.start())
                or text[match.end() :].split(" ", 1)[0].strip(".,!?").lower() in NOT_A_NAME_START
            ):
                continue
            if pattern is _TITLE and title_said_as_verb(text, match.start()):
                continue  # "I coach youth soccer"
            hit = _name_at(text, match.end(), lex, strong=True, relation=pattern is _RELATION)
            if hit is None and pattern is _TITLE:
                hit = _honorific_name(text, match, lex)
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
            hit = _name_at(text, match.start(), lex, strong=False)
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
            and not _ARTICLE_BEFORE.search(text, max(0, match.start() - 9), match.start())
            and not modified_noun(text, match.start(), lower, lex)
        ):
            # After an article a lowercase given name is the noun: "a charity", "the marina";
            # after a modifier too: "criminal justice", "a fake charity".
            hit = _name_at(text, match.start(), lex, strong=False)
            if hit is not None:
                yield hit[0], hit[1], "NAME", 0.7


def followed_by_past_person_verb(text: str, end: int) -> bool:
    """True when a past-tense person verb ('called', 'came', 'said') follows ``end``."""
    return AMBIGUOUS_NAME_CONTEXT.match(text, end) is not None


def followed_by_name_verb(text: str, end: int) -> bool:
    """True when a person-like verb ('said', 'shoved', "'s") follows position ``end``."""
    # One space only: across a run of blanks (a redacted identifier) the verb is not its.
    return bool(re.match(rf"(?:'s\b|,|\s(?:{_NAME_VERBS}|[a-z]+ed)\b)", text[end : end + 20]))


def is_sentence_start(text: str, index: int) -> bool:
    """True when ``index`` opens a sentence or a speaker turn."""
    before = text[max(0, index - 3) : index]
    return index == 0 or bool(re.search(r"(?:[.!?:\"]\s*|\n\s*|^\s*)$", before))
