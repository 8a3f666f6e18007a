"""Name-shaped words that identify nobody in the session: famous names, brands, fiction, pets.

"I read Harry Potter to my son", "he compared my dad to Hitler", "we built lego all weekend"
and "my Fitbit says" name no client, relative or clinician, yet a capital or a name list makes
the name rules take them. The curated list ``not_phi_names.txt`` (famous people, brands and
products, fictional characters and franchises) is matched as whole words in any case. A pet's
name is not a person's identifier either: "our dog Biscuit", "my cat luna", "a puppy named
Waffles"; the name is spared wherever else the segment says it. Nor is a drug's street name
("we were on tina", see :mod:`drug_slang_names`), nor the company said before an identifier
("my Capital One account, ...", see :mod:`identifier_issuers`).

:func:`find_not_phi` returns the ranges no name or place may overlap.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.drug_slang_names import drug_slang_ranges
from tenor_desktop.redaction.employer_names import employed_at, find_employers
from tenor_desktop.redaction.employer_plants import find_employer_plants
from tenor_desktop.redaction.entity_rules import RELATIONS
from tenor_desktop.redaction.identifier_issuers import issuer_ranges
from tenor_desktop.redaction.known_businesses import find_known_businesses
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.text_case import lower_same_length
from tenor_desktop.redaction.vehicle_models import vehicle_model_ranges

# Words as the list is matched: "spider-man", "o'connell" and "grey" of "grey's" are one each.
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:'(?!s\b)[a-z]+)?")
_PET_NOUNS = (
    r"dog|dogs|doggo|cat|cats|puppy|pup|kitten|kitty|hamster|bunny|rabbit|parrot|bird|budgie"
    r"|guinea\s+pig|horse|pony|goldfish|fish|turtle|tortoise|lizard|gecko|snake|ferret|pet"
    r"|chihuahua|labrador|pitbull|pit\s+bull|terrier|poodle|beagle|retriever|husky|corgi"
    r"|dachshund|shepherd|labradoodle|goldendoodle|cockapoo|bulldog|rottweiler|boxer"
)
# A capitalised word right after a listed name makes a real person's full name: "Oprah
# Jenkins" (a listed full name, "Oprah Winfrey", is matched whole before this is asked).
_SURNAME_AFTER = re.compile(r" [A-Z][a-z]+\b(?!')")
# A relation or title before a listed name makes it a real person: "my uncle Elvis",
# "Dr. Freud", "my cousin Taylor Swift" ("miss" is left out: "i miss oreos").
_PERSON_SLOT_BEFORE = re.compile(
    rf"(?:\b(?:my|his|her|our|their|your)\s+(?:[a-z]+\s+)?(?:{RELATIONS})|\b(?:dr|doctor|mr|mrs"
    r"|ms|mister|coach|officer|professor|pastor|nurse|aunt|uncle|grandma|grandpa|cousin))"
    r"[.,]?\s+$"
)
_STREET_AFTER = re.compile(
    r"(?:'s)?\s+(?:on|off|near|at)\s+(?:the\s+)?(?:[a-z0-9]+\s+){0,2}?(?:street|st|avenue|ave"
    r"|road|rd|boulevard|blvd|drive|lane|highway|hwy|route|pike|parkway|way|plaza|mall"
    r"|\d+(?:st|nd|rd|th)?)\b"
)
_TOWN_AFTER = re.compile(r"(?:'s)?\s+(?:in|near|outside|by)\s+([a-z]+)")
_PET_WORD = re.compile(rf"\b(?:{_PET_NOUNS})\b")
# A pet's name: after "my dog" (owner first: "the dog Jen brought" names the person), after
# "a cat named", in "named the puppy X", "the dog's name is X", "got a kitten and named her X".
_PET_NAME = re.compile(
    rf"\b(?:(?:my|our|his|her|their|your|[a-z]+'s)\s+(?:[a-z]+\s+){{0,2}}?(?:{_PET_NOUNS})"
    rf"(?:\s+(?:named|called))?"
    rf"|(?:{_PET_NOUNS})s?\s+(?:named|called)"
    rf"|named\s+(?:the|our|my|his|her|their)\s+(?:{_PET_NOUNS})"
    rf"|(?:{_PET_NOUNS})'s\s+name\s+(?:is|was)"
    rf"|(?:{_PET_NOUNS})\b[^.!?\n]{{0,30}}?\bnamed\s+(?:her|him|it))"
    r",?\s+([a-z][a-z'-]*)"
)
# A pet name that starts with a title takes the next word too: "our cat mr. whiskers".
_PET_TITLE = re.compile(
    r"(?:mr|mrs|miss|ms|sir|lady|captain|princess|prince|king|queen|dr|doctor|professor"
    r"|general|sergeant|officer|little|big|baby)\.?\s+[a-z][a-z'-]*"
)
_NOT_A_PET_NAME = frozenset(
    "is was has had and or but who that which when the a an to of in on at for with from "
    "just always never still really also even again so too i me my he she it they we you "
    "walker sitter food bowl bed hair park groomer vet crate leash toy toys".split()
)


def find_not_phi(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Ranges of ``text`` that are famous, branded, fictional or pet names."""
    index = _index_of(lex)
    low = lower_same_length(text)
    found: list[tuple[int, int]] = []
    # One C-level scan: most segments hold no listed word at all.
    if not index.keys().isdisjoint(_TOKEN.findall(low)):
        # A listed chain or employer where it locates someone ("came home from chipotle",
        # "the amazon warehouse in joliet") is a place (known_businesses), not a brand; so is
        # a brand's plant or factory ("parked at the nike factory": employer_plants), and so
        # is a workplace whose name ends in a listed word ("my boss at sunrise tomato packers").
        sites = [
            (s, e)
            for finder in (find_known_businesses, find_employer_plants, find_employers)
            for s, e, _, _ in finder(text, lex)
        ]
        found += [
            (start, end)
            for start, end in _listed_phrases(low, index)
            if not any(s < end and start < e for s, e in sites)
            and not _SURNAME_AFTER.match(text, end)
            and not _PERSON_SLOT_BEFORE.search(low, max(0, start - 40), start)
            and not _located(low, end, lex)
            and not employed_at(low, start)
            and not (low[end - 2 : end] == "'s" and _persons(low, start, end))
            and not _KIN_AFTER.match(low, end)
        ]
    if _PET_WORD.search(low) is not None:
        found += _pet_names(low)
    if "alexa" in low or "siri" in low:
        found += _assistants(low)
    if "protective services" in low:
        found += [match.span() for match in _PROTECTIVE_SERVICES.finditer(low)]
    if "social" in low or "medicare" in low:
        found += [match.span() for match in _BENEFIT_WORDS.finditer(low)]
    # The company behind an identifier said next: "my Capital One account", "the Dexcom, serial".
    found += issuer_ranges(text, lex)
    found += vehicle_model_ranges(low)
    found += drug_slang_ranges(low)
    if "nan" in low or "pop" in low:
        found += [match.span(match.lastindex or 0) for match in _KIN_SAID_AS_NAME.finditer(low)]
    return found


# What a grandparent is called in the family is no name: "after my nan.", "it's my nan's
# voice", "when it's Pop.", "Pop is ninety-four now". Spared only where no name follows
# ("pop pop ignatius", "nan rose" keep the name after the kin word).
_KIN_FOLLOWS = (
    r"(?='s\b|\s*[.,!?;:]|\s*$|\s+(?:is|was|has|had|said|says|and|who|would|will|used|always"
    r"|never|still|just|lives|lived|died|passed|can|could|does|did|got|went|called|told)\b)"
)
_KIN_SAID_AS_NAME = re.compile(
    rf"\b(?:my|our|his|her|their|your)\s+(nan){_KIN_FOLLOWS}|\b(pops?){_KIN_FOLLOWS}"
)


# A voice assistant is also a given name ("alexa"): it is the device unless the sentence
# speaks of a person ("i yelled at alexa" is the device; "alexa said she'd come" a person).
_ASSISTANT = re.compile(r"\b(?:alexa|siri)\b(?!-)")
_PERSON_AROUND = re.compile(
    r"[^.!?\n]{0,80}?\b(?:she|she's|her|hers|herself|he|he's|him|his|himself)\b"
    r"|'s\s+(?:(?:new|old|little|big)\s+)?(?:" + RELATIONS + r"|place|house|apartment|party"
    r"|birthday|wedding|kids|family|parents|boyfriend|girlfriend)\b|\s+and\s+(?:i|me)\b"
    r"|\s+[a-z]+(?:son|ez|ski|sky|stein|berg|ton|ley|man)\b"
)
_PERSON_BEFORE = re.compile(
    r"\b(?:me\s+and|texted|called|hugged|kissed|dating|dated|married|met|friends\s+with"
    r"|named|cousin|sister|friend|daughter|niece|girlfriend|wife|mom)\s+$"
)


def _assistants(low: str) -> list[tuple[int, int]]:
    found = []
    for match in _ASSISTANT.finditer(low):
        start, end = match.span()
        if _PERSON_SLOT_BEFORE.search(low, max(0, start - 40), start) or _PERSON_BEFORE.search(
            low, max(0, start - 20), start
        ):
            continue
        if _PERSON_AROUND.match(low, end):
            continue
        found.append((start, end))
    return found


# A listed name said to be someone's relative is that person: "Elvis is my uncle".
_KIN_AFTER = re.compile(
    rf"(?:'s|\s+is|\s+was)\s+(?:my|our|his|her|their)\s+(?:[a-z]+\s+)?(?:{RELATIONS})\b"
)


# A chain named after a person ("wendy's", "denny's") is the person's again before what a
# person has: "at wendy's house", "denny's mom".
_PERSONAL_AFTER = re.compile(
    rf"\s+(?:(?:new|old|little|big)\s+)?(?:{RELATIONS}|place|house|apartment|room|party"
    r"|birthday|wedding|funeral|car|kids|family|parents)\b"
)


# Where a chain is said: "lunch at wendy's", "i work at macy's", "ordered denny's".
_CHAIN_BEFORE = re.compile(
    r"\b(?:at|to|from|near|by|into|outside|inside|of|for|ate|eat|eating|order|ordered|get|got"
    r"|love|like|went|go|going|work|works|worked|working|shop|shopped|shopping)\s+(?:the\s+)?$"
)


def _persons(low: str, start: int, end: int) -> bool:
    """A listed chain named after a person is the person's: "wendy's been great", "at
    wendy's house"; unless said where a chain is and not before a person's things."""
    return (
        _PERSONAL_AFTER.match(low, end) is not None
        or _CHAIN_BEFORE.search(low, max(0, start - 20), start) is None
    )


# The state's protective services named by their kind ("we can report it to adult protective
# services", "I'm going to need to talk to Child Protective Services"): an agency every state
# has, no place of the person's (a named one, "Tri-County Family Services", is).
_PROTECTIVE_SERVICES = re.compile(r"\b(?:adult|child|children's|elder)\s+protective\s+services\b")
# A benefit said by its short name: "Mom's Social, 527-18-3360" (the Social Security number)
# and the kind of a Medicare plan ("my Medicare Advantage number"), capitalised or not.
_BENEFIT_WORDS = re.compile(
    r"\bsocial(?=,?\s*(?:\d|security\b|number\b|card\b)"
    r"|\s+(?:is|was)\s+(?:\d|zero|oh|one|two|three|four|five|six|seven|eight|nine)\b"
    # The number already replaced: a placeholder is blanked before the re-check.
    r"|(?:,|\s+is|\s+was)?\s{4,})"
    r"|\bmedicare\s+(?:advantage|supplement|part\s+[a-d])\b"
)
_ON_THE_WAY = re.compile(r"(?:'s)?\s+on\s+(?:the|my|our|his|her|their)\s+way\b")


def _located(low: str, end: int, lex: Lexicons) -> bool:
    """A chain or park said with its street or town locates someone: "the Chipotle on Fifth
    Street", "Six Flags in Valencia" (the README's "Kroger on Ridgeway Avenue")."""
    if _STREET_AFTER.match(low, end) and not _ON_THE_WAY.match(low, end):
        return True
    town = _TOWN_AFTER.match(low, end)
    return town is not None and (town.group(1) in lex.places or town.group(1) in lex.broad_cities)


def _listed_phrases(
    low: str, index: dict[str, list[tuple[int, list[str]]]]
) -> list[tuple[int, int]]:
    tokens = list(_TOKEN.finditer(low))
    found = []
    for j, token in enumerate(tokens):
        for anchor, phrase in index.get(token.group(), ()):
            first, last = j - anchor, j - anchor + len(phrase) - 1
            if first >= 0 and last < len(tokens) and _phrase_at(low, tokens, first, phrase):
                found.append((tokens[first].start(), tokens[last].end()))
                break
    return found


def _phrase_at(low: str, tokens: list[re.Match[str]], first: int, phrase: list[str]) -> bool:
    """True when ``phrase`` is said at token ``first``, its words apart by blanks or periods."""
    return all(
        tokens[first + k].group() == word
        and (
            k == 0
            or low[tokens[first + k - 1].end() : tokens[first + k].start()].strip(" .\t") == ""
            # A listed possessive: "wendy's" is the tokens "wendy" and "s".
            or (word == "s" and low[tokens[first + k - 1].end() : tokens[first + k].start()] == "'")
        )
        for k, word in enumerate(phrase)
    )


def _pet_names(low: str) -> list[tuple[int, int]]:
    found = []
    names = set()
    for match in _PET_NAME.finditer(low):
        start = match.start(1)
        if match.group(1) in _NOT_A_PET_NAME:
            continue
        titled = _PET_TITLE.match(low, start)
        end = titled.end() if titled else match.end(1)
        found.append((start, end))
        names.add(low[start:end].removesuffix("'s"))
    for name in names:
        # The pet's other mentions in the segment: "Biscuit sleeps on my bed".
        found += [m.span() for m in re.finditer(rf"(?<![\w'-]){re.escape(name)}(?![\w-])", low)]
    return found


# The index depends on the lexicons alone; keyed by identity (hashing them would read every list).
_INDEX_CACHE: dict[int, tuple[Lexicons, dict[str, list[tuple[int, list[str]]]]]] = {}


def _index_of(lex: Lexicons) -> dict[str, list[tuple[int, list[str]]]]:
    """Anchor word -> (its position, the phrase's words), longest phrases first.

    A phrase is looked up by its longest word ("dr. phil" by "phil", "the grinch" by "grinch"):
    short words such as "the" or "dr" are in almost every segment.
    """
    cached = _INDEX_CACHE.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    index: dict[str, list[tuple[int, list[str]]]] = {}
    for phrase in lex.not_phi_names:
        words = _TOKEN.findall(phrase)
        if words:
            anchor = max(range(len(words)), key=lambda k: (len(words[k]), k))
            index.setdefault(words[anchor], []).append((anchor, words))
        if len(words) == 1 and not words[0].endswith("s"):
            # A one-word brand counted: "a couple of Nyquils", "two pairs of Nikes".
            index.setdefault(words[0] + "s", []).append((0, [words[0] + "s"]))
    for phrases in index.values():
        phrases.sort(key=lambda entry: len(entry[1]), reverse=True)
    _INDEX_CACHE[id(lex)] = (lex, index)
    return index
