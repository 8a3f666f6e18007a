"""Well-known institutions named in speech: "six years at green haven", "my surgeon at mass
general", "she's a sophomore at ohio state", "stationed at fort cavazos", "the vfw on gum
branch road", "a party at the kappa delta rho house".

A university, prison, base, hospital, service organisation's hall, park or stadium is a place
people are at, and the transcripts' writers mark it as one wherever it is named (164 of 171
mentions of the gazetteer's names in the tunable sets; the rest are a "chop shop", a food bank
and a hall named by its kind). The names come from ``known_institutions.txt``, written from
general knowledge, not from any set. They are found in any case and spelling of their
separators ("barnes-jewish", "barnes jewish"; "st. jude", "st jude"; "a&m", "a and m").

A name of several words that are not all everyday words or all people's names is found
wherever it is said. A name that is one word, or only everyday words ("green haven", "red
rocks"), or only given names and surnames ("george mason") needs a place word before it ("at",
"from", "out of", "stationed at the"), so "my ex cornell called" and "red rocks sold out" stay.
So does a university named without "university" or "college": it is its teams' name too ("we
watched penn state lose").

Fraternity and sorority houses are found by their shape, two or three Greek letter words
("kappa delta rho", "lambda chi house"), not by a list; "alpha beta" and the honour society
"phi beta kappa" are no houses.

Runs on spoken-normalised text; yields ``(start, end, "LOCATION", confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from tenor_desktop.redaction.entity_rules import Hit
from tenor_desktop.redaction.lexicons import Lexicons, default_lexicon_dir
from tenor_desktop.redaction.spoken_forms import spoken_number_forms

_SEPARATOR = r"[\s-]+"
_WORD_START = re.compile(r"(?<![\w'-])[A-Za-z0-9]+")
# Words before a one-word or everyday-word name that make it the place a person is at.
_CUE_BEFORE = re.compile(
    r"(?<![\w'-])(?:at|from|in|into|to|out\s+of|near|outside(?:\s+of)?|inside|visit|visited"
    r"|visiting|attend|attends|attended|attending)"
    r"(?:\s+the)?\s+$",
    re.IGNORECASE,
)
# Words before "at", "from" or "to" that make the name after them a person: "mad at grady",
# "a text from emory", "i talked to cornell".
_PERSON_CUE_BEFORE = re.compile(
    r"(?<![\w'-])(?:mad|angry|upset|pissed|annoyed|yell(?:ed|ing)?|look(?:ed|ing)?|laugh(?:ed|ing)?"
    r"|star(?:e|ed|ing)|smil(?:e|ed|ing)|point(?:ed|ing)?|glar(?:e|ed|ing)|shout(?:ed|ing)?"
    r"|scream(?:ed|ing)?|snap(?:ped)?|text|texts|message|messages|letter|email|card|gift|note"
    r"|heard|hear|hearing|talk(?:ed|ing)?|said|say|says|told|tell|married|engaged|listen(?:ed)?"
    r"|wrote|write|text(?:ed)?|lied|replied|sent|send|gave|give|showed|introduced|apologi[sz]ed)"
    r"\s+(?:at|from|to)\s+$",
    re.IGNORECASE,
)
# A title before the name makes it a person: "Mrs. Delgado", "coach grady".
_TITLE_BEFORE = re.compile(
    r"(?<![\w'-])(?:mr|mrs|ms|miss|dr|doctor|coach|professor|prof|officer|pastor|father|sister"
    r"|uncle|aunt|auntie)\.?\s+$",
    re.IGNORECASE,
)
_GREEK = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho"
    " sigma tau upsilon phi chi psi omega"
)
_GREEK_WORD = "|".join(_GREEK.split())
_GREEK_NAME = re.compile(
    rf"(?<![\w'-])((?:{_GREEK_WORD})(?:\s+(?:{_GREEK_WORD})){{1,2}})(\s+house)?(?![\w'-])",
    re.IGNORECASE,
)
_NOT_HOUSES = frozenset({"alpha beta", "beta alpha", "phi beta kappa"})
_NUMBER_WORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty"
    r"|fifty|sixty|seventy|eighty|ninety|hundred|oh|zero)"
)
# "post 891", "post eight nine one", "number 12" after a veterans' hall (group 1: "post" said
# after the name).
_POST_NUMBER = re.compile(
    rf"(\s+post)?\s+(?:number\s+|no\.?\s*|#\s*)?(?:\d{{1,5}}|{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD}){{0,3}})"
    r"(?![\w'-])",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][a-z]+)(?![\w'-])")
# Group headers of the gazetteer whose names are also sports teams' names, and the words that
# make such a name the school's.
_TEAM_GROUP = re.compile(r"^#\s*(?:universities|canada)")
_SCHOOL_WORDS = frozenset("university college institute school academy".split())


def find_institutions(text: str, lex: Lexicons) -> Iterator[Hit]:
    """Named institutions and Greek-letter houses, of the shapes in the module docstring."""
    gazetteer = _gazetteer(lex)
    cued = gazetteer.cued
    resume = 0
    # The alternation is tried only where a listed name's first word starts, and only with the
    # names that can start there (fast).
    for word in _WORD_START.finditer(text):
        head = word.group().lower()
        if word.start() < resume or head not in gazetteer.heads:
            continue
        after = text[word.end() : word.end() + 1]
        # A letter outside ASCII after the word may match a listed letter in any case (the
        # Kelvin sign is a "k"): the whole list is tried there.
        pattern = gazetteer.whole() if not after.isascii() else gazetteer.starting(head)
        match = pattern.match(text, word.start())
        if match is None:
            continue
        start, end = match.span()
        resume = end
        before = text[max(0, start - 40) : start]
        if _TITLE_BEFORE.search(before) or _PERSON_CUE_BEFORE.search(before):
            continue
        key = _key(match.group())
        if key in cued and not _CUE_BEFORE.search(before):
            continue
        yield start, _extended_end(text, end, key, lex), "LOCATION", 0.9
    for match in _GREEK_NAME.finditer(text):
        if " ".join(match.group(1).lower().split()) in _NOT_HOUSES:
            continue
        yield match.start(), match.end(), "LOCATION", 0.6


def _extended_end(text: str, end: int, key: str, lex: Lexicons) -> int:
    """The end of the name with its post's number ("vfw post 891") or its campus's town
    ("mount sinai queens"): both are part of what was said to locate someone."""
    number = _POST_NUMBER.match(text, end)
    if number is not None and (key.endswith(" post") or number.group(1)):
        return number.end()
    campus = _NEXT_WORD.match(text, end)
    if campus is not None:
        word = campus.group(1)
        low = word.lower()
        if low in lex.places and (word[0].isupper() or low not in lex.everyday_words):
            return campus.end()
    return end


def _key(surface: str) -> str:
    """One spelling of a name: lowercase, periods gone, '&' as 'and', one space between words."""
    low = surface.lower().replace(".", "").replace("&", " and ")
    return " ".join(re.split(_SEPARATOR, low)).strip()


def _entry_pattern(entry: str) -> str:
    words = re.split(_SEPARATOR, entry)
    return _SEPARATOR.join(
        r"\s*(?:&|and)\s*".join(re.escape(part).replace(r"\.", r"\.?") for part in w.split("&"))
        for w in words
    )


class _Gazetteer:
    """The listed names' patterns (all of them, or only those a given word can start), the
    names that need a place word before them, and the names' first words."""

    def __init__(self, lex: Lexicons) -> None:
        grouped = _read_entries()
        entries = [entry for entry, _team in grouped]
        # Longest first: the alternation takes the first name that matches.
        self._ordered = [_entry_pattern(e) for e in sorted(entries, key=len, reverse=True)]
        # Built once: a union per entry (the everyday list holds ~44,000 words) cost ~1.2 s.
        everyday = lex.everyday_words | {"and", "of"}
        people = lex.first_names | lex.surnames
        self.cued = frozenset(
            _key(e) for e, team in grouped if _needs_cue(e, team, everyday, people)
        )
        self._by_head: dict[str | None, list[int]] = {}
        for index, entry in enumerate(sorted(entries, key=len, reverse=True)):
            first = _WORD_START.match(entry)
            self._by_head.setdefault(first.group() if first else None, []).append(index)
        self.heads = frozenset(h for h in self._by_head if h is not None)
        self._starting: dict[str, re.Pattern[str]] = {}
        self._whole: re.Pattern[str] | None = None

    def whole(self) -> re.Pattern[str]:
        """The pattern of every listed name (compiled on first use)."""
        if self._whole is None:
            self._whole = _names_pattern(self._ordered)
        return self._whole

    def starting(self, word: str) -> re.Pattern[str]:
        """The names that can match where a text word ``word`` (lowercase ASCII) starts.

        A name matches only if its own first word is ``word`` or a prefix of it ("st" of
        "st.jude" in "stjude"); the order of the whole list is kept, so ``match`` finds the
        same name as the whole list's pattern does. Compiled on first use of each word.
        """
        pattern = self._starting.get(word)
        if pattern is None:
            indices = list(self._by_head.get(None, ()))
            for size in range(1, len(word) + 1):
                indices += self._by_head.get(word[:size], ())
            pattern = _names_pattern([self._ordered[i] for i in sorted(indices)])
            self._starting[word] = pattern
        return pattern


def _names_pattern(alternatives: list[str]) -> re.Pattern[str]:
    return re.compile(
        r"(?<![\w'-])(?:" + "|".join(alternatives) + r")(?![\w-]|'\w\w)", re.IGNORECASE
    )


@lru_cache(maxsize=4)
def _gazetteer(lex: Lexicons) -> _Gazetteer:
    """The gazetteer of ``known_institutions.txt`` read for ``lex``."""
    return _Gazetteer(lex)


def _needs_cue(entry: str, team: bool, everyday: frozenset[str], people: frozenset[str]) -> bool:
    words = [w for w in _key(entry).split() if w != "the"]
    if len(words) < 2 or (team and not _SCHOOL_WORDS.intersection(words)):
        return True
    return all(w in everyday for w in words) or all(w in people for w in words)


def _read_entries() -> list[tuple[str, bool]]:
    """Each listed name, and whether its group is the universities' (whose names are teams')."""
    path = default_lexicon_dir() / "known_institutions.txt"
    entries: list[tuple[str, bool]] = []
    team = False
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip().lower()
        if line.startswith("#"):
            team = _TEAM_GROUP.search(line) is not None if len(line) > 1 else team
        elif line:
            entries += [(form, team) for form in (line, *spoken_number_forms(line))]
    return entries
