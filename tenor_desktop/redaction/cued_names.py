"""A name right after its cue: a title ("doctor nakamura", "ms. reyes"), a relation ("my
sister natalie", "his lawyer, dana kim") or a naming phrase ("her name is odile").

Split from :mod:`entity_rules`, whose :func:`~entity_rules.find_names` finds the cues.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_context import NAME_VERBS, RELATIONS, WORD, Hit, clean_word
from tenor_desktop.redaction.name_words import (
    EVERYDAY_ADVERBS,
    NOT_NAME_WORDS,
    ROLE_WORDS,
    STOP_WORDS,
    TITLE_WORDS,
    is_number_word,
)
from tenor_desktop.redaction.rare_words import rare_word_before_break

# The cues: a title, a relation with its owner ("my older sister"), a naming phrase.
TITLE = re.compile(
    r"\b(?:dr|doctor|mr|mrs|ms|miss|mister|officer|detective|professor|prof|judge|coach"
    r"|pastor|reverend|rev|father|sister|brother|nurse|sergeant|sgt|captain|lieutenant"
    r"|grandma|grandpa|granny|nana|aunt|auntie|uncle|cousin|mamaw|papaw|meemaw|mawmaw|pawpaw"
    r"|abuela|abuelo|abuelita|abuelito|nonna|nonno|bubbe|zayde|tia|tio|t\u00eda|t\u00edo|titi)"
    r"\.?\s(?=[A-Za-z])",
    re.IGNORECASE,
)
RELATION = re.compile(
    rf"\b(?:my|his|her|our|their|your)\s+(?:(?:older|younger|little|big|baby|best|old|new|"
    rf"oldest|youngest|middle|twin|late|ex|charge|union|former|current|step|other)\s+)*"
    rf"(?:{RELATIONS})s?(?:\s+and\s+(?:best\s+)?friend)?,?\s(?=[A-Za-z])",
    re.IGNORECASE,
)
NAMED = re.compile(
    r"\b(?:named|name\s+is|name's|called\s+(?=[A-Z])|goes\s+by|this\s+is|it's\s+me,)\s+",
    re.IGNORECASE,
)
_PHRASE_END = re.compile(r"\s*(?:[,.;!?]|$)", re.MULTILINE)
ARTICLE_BEFORE = re.compile(
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
    " say tell ask know think mean want need"
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
    rf"(?:\s+[a-z]+(?=[\s,']))?(?:'s\b|\s*,|\s+(?:{NAME_VERBS})\b)|\s+[a-z]{{2,}}ed\b"
    # "grandma ida would tell her", "my roommate jade took me", "my roommate rain makes me
    # walk", "my cousin pa houa saw the bruises": a verb of what a person does.
    r"|\s+(?:would|will|could|can|should|took|gave|makes|made|saw|sees|helps|helped|takes"
    r"|needs|tries|tried|knows|knew|brings|drives|picks|pays|paid|sends|checks)\b"
    # Said again as a pronoun, as speech does: "my tio chuy he finally got his date".
    r"|\s+(?:he|she)\s+(?:[a-z]+ly\s+)?[a-z]{2,}\b"
)
# The apostrophe of an Irish, French or Italian surname: "o'connell", "d'angelo".
_APOSTROPHE_NAME = re.compile(r"(?<=^[a-z])'(?=[a-z]{3})", re.I)


def name_at(
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
        return name_at(text, after.end(), lex, strong=strong, relation=relation) if after else None
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
        and (lower in lex.common_words or lower[:-1] in lex.everyday_words)
    ):
        # "my mom smokes cigarettes": a verb after the relation, not a name ("my husband taras
        # is", whose "tara" is a listed word but no everyday one, is).
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
        surname = re.match(r" ([a-z]+)(?=\s*,|\s+(?:" + NAME_VERBS + r")\b)", text[end : end + 40])
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
        rf"\b(?:{RELATIONS}),?\s+\S+$", text[max(0, end - 40) : end], re.IGNORECASE
    ):
        return True
    tail = text[end : end + 40].lower()
    return _NAME_TAIL.match(tail) is not None


def honorific_name(text: str, match: re.Match[str], lex: Lexicons) -> Hit | None:
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
