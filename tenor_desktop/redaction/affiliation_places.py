"""Workplaces, schools and clinics said lowercase after a slot that names one.

With capitals the NER model and the capitalised-name rules find "worked at Baptist Memorial"
and "my gym, Iron Works Fitness". Speech recognition writes "worked at baptist memorial" and
"my gym, iron works fitness", and lowercased, dev loses most of its workplaces and facilities.
What still marks them is the slot: a verb or noun of affiliation ("worked at", "years at",
"pt at", "my son's school,", "the clinic,") followed by a short name that either ends in an
organisation or facility word ("... memorial", "... insurance group", "... learning center")
or opens with a word that is not everyday English ("at dunmore", "at purdue").

Runs on spoken-normalised text (lowercased here); yields ``(start, end, "LOCATION", conf)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import Hit
from tenor_desktop.redaction.facility_words import (
    DENOMINATIONS,
    FACILITY_HEADS,
    KIND_WORDS,
    SERVICE_HEADS,
)
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_context import RELATIONS
from tenor_desktop.redaction.name_words import KIN_WORDS, NOT_NAME_WORDS
from tenor_desktop.redaction.place_shapes import CHAINS
from tenor_desktop.redaction.text_case import lower_same_length

# Slots that name a workplace, school, clinic or congregation next.
_SLOT = re.compile(
    # A slot that says someone works there: any short name may follow it ("work nights at
    # prairie gold meats"), see _work_name.
    r"\b(?:(?P<work>(?:work(?:s|ed|ing)?|job)\s+(?:(?:nights|days|overnights|weekends|mornings"
    r"|evenings|doubles|part\s+time|full\s+time)\s+)?at|(?:a|my|the)\s+(?:double|shift)\s+at"
    r"|(?:nurse|teacher|manager|cook|chef|cashier|barista|bartender|server|waiter|waitress"
    r"|hostess|dishwasher|janitor|custodian|clerk|receptionist|cna|lpn|teller|mechanic"
    r"|supervisor|stocker|housekeeper|co-?workers?|boss)\s+at)"
    r"|(?:work(?:s|ed|ing)?|job|shifts?|overnights|years|months|been|hired|employed|intern"
    r"|interning|volunteer(?:s|ed|ing)?|pt|therapy|rehab|treatment|appointments?|surgery"
    r"|born|delivered|church|mass|services|classes|school|tech|driver|aide|guard|advocate"
    r"|caseworker|paralegal|secretary|student|sophomore|junior|senior"
    # Someone who serves the person there, or their file: "the vice principal at lakota east",
    # "my records at lifeskills", "a lawyer at ...".
    r"|principal|lawyer|attorney|counselor|therapist|psychiatrist|records|chart|file|billing"
    r"|freshman|room|dorm|unit|condo)\s+at"
    r"|(?:i'm|i\s+am|she's|he's|they're|we're)\s+at"
    r"|(?:let\s+go|fired|laid\s+off|graduated|transferred|discharged|released)\s+from"
    r"|(?:attends|attended|attend|enrolled\s+(?:at|in)|admitted\s+to)"
    r"|(?:school|daycare|preschool|gym|clinic|church|employer|office|job|work|hospital"
    r"|practice|pharmacy|shelter|program|college|university|company|firm|plant|factory"
    r"|warehouse|store|restaurant|center|facility|agency),)"
    r"\s+(?P<article>the\s+)?"
)
# Any place preposition: only a name that ends in an organisation word is taken after it.
# "For" after a verb of working or a business card: "drove for red river freight", "i drive for
# the ihs clinic", "the business card for golden harvest kitchen".
_PLAIN_SLOT = re.compile(
    r"\b(?:at|from|to|since|near|outside|into|by|with"
    r"|(?:work(?:s|ed|ing)?|driv(?:e|es|ing)|drove|card)\s+for)\s+(?P<article>the\s+)?"
)
# Words that end an organisation's or facility's name (a home too: "sunrise senior home").
_HEADS = FACILITY_HEADS | {"home"} | {"house", "farm", "haven"}
# Heads that are first of all someone's home or land: a name needs a word that is no kin or
# pronoun before them and no article ("staying at hope house", "meetings at dawn farm"; not
# "at grandma house", "at the farm").
_HOME_HEADS = frozenset(("house", "farm", "haven"))
_HEAD_RE = re.compile(r"\b(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")\b")
# A name runs over at most four words and stops at what follows a name.
_STOP = frozenset(
    "for since on in or but so next twice called who which that is was were are has had "
    "last this every with to until because when where now then again before after about "
    "from by as if it it's i i'm he she they we you my his her their our a an of the at into "
    "near your its this that these those some any one there here home work no be being".split()
)
_WORD = re.compile(r"[a-z][a-z0-9'&-]*")


def find_affiliation_places(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Organisations and facilities named lowercase after an affiliation slot."""
    low = lower_same_length(text)
    heads = _HEAD_RE.search(low) is not None
    taken: set[int] = set()
    for strong, pattern in ((True, _SLOT), (False, _PLAIN_SLOT)):
        if not strong and not heads:
            continue
        for slot in pattern.finditer(low):
            if slot.end() in taken or "   " in low[slot.start() : slot.end()]:
                # A blank run is a redacted name: what follows it is not that name.
                continue
            words = _name_words(low, slot.end())
            if not words:
                continue
            article = slot.group("article") is not None
            names = [w.group() for w in words]
            end = _end_of_name(names, lex, strong=strong, article=article)
            if strong and not article and slot.group("work"):
                end = max(end, _work_name(names, lex))
            if end:
                taken.add(slot.end())
                yield words[0].start(), words[end - 1].end(), "LOCATION", 0.7


def _name_words(low: str, start: int) -> list[re.Match[str]]:
    """Up to four words from ``start``, stopping at punctuation or a word that ends a name."""
    words: list[re.Match[str]] = []
    position = start
    while len(words) < 4:
        match = _WORD.match(low, position)
        if match is None or match.group() in _STOP or match.group().endswith("'s"):
            break
        words.append(match)
        gap = re.match(r"[ \t]+", low[match.end() :])
        if gap is None:
            break
        position = match.end() + gap.end()
    return words


def _end_of_name(words: list[str], lex: Lexicons, *, strong: bool, article: bool) -> int:
    """How many of ``words`` make the name (0: not a name)."""
    # The longest run that ends in an organisation word, past words that name it.
    for size in range(len(words), 1, -1):
        head, modifiers = words[size - 1], words[: size - 1]
        if head not in _HEADS or not _named(modifiers, lex, article=article):
            continue
        if any(w in _DOING for w in modifiers):
            continue  # "at the lab doing plumbing": a place, then what one does there
        if head in SERVICE_HEADS and all(w in lex.everyday_words for w in modifiers):
            continue
        if head in _ALSO_EVERYDAY and len(modifiers) == 1 and modifiers[0] in lex.everyday_words:
            continue
        if head in _HOME_HEADS and (article or not all(_home_name_word(w) for w in modifiers)):
            continue
        return size
    if not strong or article:
        return 0
    # After a strong slot, a first word that is not everyday English: "at dunmore"; the rare
    # words said with it, joined by a particle, are its name too ("at casa do porco").
    first = words[0]
    contraction = "'" in first and not first.endswith("'s")
    if (
        _rare(first, lex)
        and not contraction
        and first not in lex.first_names
        and not first.isdigit()
        and len(first) > 3
    ):
        size = 1
        while size < len(words):
            if _rare(words[size], lex) and len(words[size]) > 2:
                size += 1
            elif (
                words[size] in _PARTICLES
                and size + 1 < len(words)
                and (_rare(words[size + 1], lex) or size + 2 == len(words))
            ):
                size += 2
            elif words[size] in _DIRECTIONS:
                size += 1  # "lakota east", "putnam city west": one school of several
                break
            else:
                break
        return size
    return 0


# Heads that are also what one does or a room ("want to finish nursing", "home nursing", "at
# soup kitchen"): after one everyday word they name nothing; a name is a rare word or two
# words ("lakeside nursing", "south shore nursing", "golden harvest kitchen").
_ALSO_EVERYDAY = frozenset({"nursing", "kitchen"})


_DIRECTIONS = frozenset("north south east west".split())


_RELATION = re.compile(rf"(?:{RELATIONS})s?")
_NOT_HOME_NAME = frozenset(
    "safe frat half halfway full open white green big tiny small whole fun haunted tree"
    " boat guest dog ranch beach lake country dairy horse pig chicken family".split()
)


def _home_name_word(word: str) -> bool:
    """Whether ``word`` may name a house or farm said without an article: not kin, a
    pronoun or a word of kind ("hope", "dawn", "rail"; not "grandma", "whose", "safe")."""
    return not (
        word in KIN_WORDS
        or word in NOT_NAME_WORDS
        or word in KIND_WORDS
        or word in _GENERIC
        or word in _NOT_HOME_NAME
        or _RELATION.fullmatch(word) is not None
    )


def _rare(word: str, lex: Lexicons) -> bool:
    return word not in lex.common_words and word not in lex.everyday_words


# Particles inside a name in Spanish, Portuguese, Italian and French ("pupuseria la ceiba");
# the last word after one is the name's, even an everyday one ("panaderia del sol").
_PARTICLES = frozenset("de do da del della di du des la le el dos das".split())


# Verbs in -ing that no organisation's name holds: the sentence went on past the place ("at
# the lab doing plumbing", "at the shop fixing roofing"); trades ("learning", "nursing",
# "cleaning") are not here.
_DOING = frozenset(
    "doing making getting taking going having being working fixing helping trying putting"
    " picking loading unloading selling buying hauling watching waiting sitting standing"
    " talking pulling carrying covering filling handling".split()
)


_GENERIC = frozenset("new old big little local same other public private whole".split())


def _named(words: list[str], lex: Lexicons, *, article: bool) -> bool:
    """Whether the words before an organisation word name it ("riverside", not "the new").

    English says "at the hospital" of a hospital that is no name, so after "the" a single
    everyday word ("the night school") is a kind, not a name; without it one is enough.
    """
    if words[0] == "and" or (article and words[0] in _GENERIC) or all(w in _HEADS for w in words):
        return False
    if all(w in KIND_WORDS or w in _HEADS or w == "and" for w in words):
        return False
    if article and all(w in DENOMINATIONS for w in words):
        return False
    if not article:
        return True
    return len(words) >= 2 or words[0] not in lex.everyday_words


# Words that say how or when one works rather than where ("work at odd jobs", "at full
# speed", "nights at different places").
_NOT_WORKPLACE = frozenset(
    "odd jobs job hours times pace speed capacity level rate risk full random different various"
    " several two three four five six few many all least most first last night nights day days"
    " weekend weekends morning mornings evening evenings home work school church lunch dinner"
    " breakfast it this that once wage wages price prices minimum reduced"
    # A kind of site after a company's name: "at delta headquarters" is Delta's.
    " headquarters hq office offices campus branch location store warehouse plant"
    # Verbs: the sentence went on after the name ("my boss at acme says ...").
    " says said told asks asked wants wanted keeps kept thinks thought knows knew gives gave"
    " gets got is was has had does did makes made lets calls called".split()
)


# Words that follow a name: "at delta out by the airport" ("and" may be inside one: "barnes
# and noble").
_AFTER_NAME = frozenset(
    "out up down over there here back right just still too again anyway".split()
)


def _work_name(words: list[str], lex: Lexicons) -> int:
    """After "work at" with no article, a run of two or three words that ends the phrase is a
    workplace's name, everyday words or not ("work nights at prairie gold meats", "work at
    boba guys for now"): English says "at the" or "at a" before a place that has no name."""
    for index, word in enumerate(words):
        if word in _AFTER_NAME or (word == "and" and words[0] in CHAINS):
            # "at delta out by the airport", "a cashier at walgreens and hates it": a chain's
            # name is whole by itself.
            words = words[:index]
            break
    if not 2 <= len(words) <= 3:
        return 0  # four words: the phrase runs on past a name
    if any(
        w in _NOT_WORKPLACE
        or w in KIND_WORDS
        or w in lex.medications
        or w.endswith("ly")
        # "work at getting better", "at guelaguetza keeps joking": a clause, not a name.
        or w.endswith("ing")
        or not w.isalpha()  # "mesa rim they're"
        for w in words
    ):
        return 0
    return len(words)
