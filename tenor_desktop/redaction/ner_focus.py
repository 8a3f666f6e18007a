"""Where the NER model needs to read: stretches around words that could belong to a name or place.

Why: the spaCy model is most of redaction's CPU time, yet most of a transcript is lowercase
talk in which it finds nothing the redactor keeps (person entities need a capital letter, and
a capitalised word opening a sentence is kept only when it is a known name). The model's view
of a token is local: its tok2vec layers read 4 tokens either side and the entity state machine
looks one token back, so reading a stretch with ``MARGIN`` words each side of every "focus"
word gives the same entities there as reading the whole text. Words that are no focus: no
capital letter, the pronoun "I" and its contractions, a role speaker label ("Therapist:"), and
an everyday word opening a sentence that no name or place list holds and no person verb
follows ("Honestly,", "Then"). Text with no capitalised word at all is read whole: there the
model tags everyday words as places ("el" before a redacted "salvador"), which the redactor
keeps. Checked on every PHI and topic set: identical redactions, standalone and in sessions.

Limit: an entity made only of everyday lowercase words in cased text ("the park" as a place)
has no focus word; it is found only when it lies inside a window, and near a window's edge
the model may read it differently. On the PHI sets' raw texts one such place (held-out set)
is read differently; the rules find it first, so the redactions are identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tenor_desktop.redaction import entity_rules
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.rare_words import is_rare_word

# Words of context each side of a focus word. The model reads 5 tokens around a token and a
# word is at least one token; entities reaching left of their focus word ("the old mill in
# Tucson") need more: at 6 one entity changed at a window edge (in raw text of the PHI sets),
# at 7 none did, on every set.
MARGIN = 7
_WORD = re.compile(r"\S+")
_APOSTROPHES = "'\u2019"
_LETTERS = re.compile(rf"[^\W\d_]+(?:[{_APOSTROPHES}][^\W\d_]+)*")
_PRONOUN_I = re.compile(rf"I(?:[{_APOSTROPHES}](?:m|d|ll|ve))?")
_CLITIC = re.compile(rf"(?:[{_APOSTROPHES}](?:s|m|d|ll|ve|re)|n[{_APOSTROPHES}]t)$")
_CACHE_LIMIT = 50_000
# Pronouns, demonstratives and question words opening a sentence, often before a verb or "'s".
_PRONOUNS = frozenset(
    "i you he she we they it that this these those there here what who how where when why let"
    " one".split()
)
# Function and discourse words that open spoken sentences (with the everyday vocabulary).
SENTENCE_OPENERS = frozenset(
    "i and but so the it it's what that this there then well yeah yes no okay ok we you he she"
    " they my our your his her their when if because or like just um uh oh how why where who"
    " which do did does is was are were have has had can could would should not maybe also now"
    " right sure honestly actually anyway a an at in on for to from of with about after before"
    " still even only really sometimes".split()
)
_SENTENCE_ENDS = frozenset('.!?:"')


@dataclass(frozen=True, slots=True)
class FocusWords:
    """Lowercase word sets that decide which capitalised words need the model."""

    # Everyday words: opening a sentence, they are capitalised only for that.
    openers: frozenset[str]
    # Names and places (also everyday words like "will" or "hope"): a focus when capitalised.
    names: frozenset[str]
    # Places and names: a focus even in lowercase (the redactor keeps lowercase places the
    # model finds, "st. jude's" among them).
    lowercase: frozenset[str]
    # Speaker labels that are roles ("Therapist:"), never names.
    roles: frozenset[str]
    # For rare words: outside the everyday vocabulary, so possibly a name or place.
    lexicons: Lexicons
    # Decisions for words without a capital letter, which depend on the word alone.
    lowercase_focus: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def is_capitalised_word(self, word: re.Match[str]) -> bool:
        """A capital letter in a word that is no "I" and no role speaker label: cased text."""
        letters = _LETTERS.search(word.group())
        if letters is None or letters.group().islower():
            return False
        core = letters.group()
        if _PRONOUN_I.fullmatch(core):
            return False
        return not (word.group().endswith(":") and core.lower() in self.roles)

    def is_focus(self, text: str, word: re.Match[str], sentence_start: bool) -> bool:
        """Whether ``word`` (a match of ``\\S+`` in ``text``) could be part of a kept entity."""
        letters = _LETTERS.search(word.group())
        if letters is None:
            return False
        core = letters.group()
        lower = core.lower()
        # "that's" -> "that": the vocabulary holds whole words without clitics.
        stem = _CLITIC.sub("", lower)
        if core == lower:
            # Lowercase talk ("we moved to tucson"): a person needs a capital letter, a place
            # does not; an unlisted word outside the everyday vocabulary may be either.
            return stem in self.lowercase or is_rare_word(stem, self.lexicons)
        if _PRONOUN_I.fullmatch(core):
            return False
        if word.group().endswith(":") and lower in self.roles:
            return False
        if sentence_start and core[0].isupper() and core[1:] == core[1:].lower():
            # The redactor drops a one-word entity opening a sentence unless it is a listed
            # name or place or a person verb follows ("Feldman thinks"), as ner_entities does.
            end = word.start() + letters.start() + len(stem)
            if stem in _PRONOUNS:
                # "He called", "That's it": the model tags no pronoun as a person.
                return False
            return not (
                stem in self.openers
                and stem not in self.names
                and not entity_rules.followed_by_name_verb(text, end)
            )
        return True


def focus_windows(text: str, words: FocusWords, margin: int = MARGIN) -> list[tuple[int, int]]:
    """Sorted, disjoint character ranges of ``text`` the model must read (may be empty)."""
    spans: list[tuple[int, int]] = []
    focus: list[int] = []
    sentence_start = True
    previous_end = 0
    lowercase = words.lowercase_focus
    cased = False
    for match in _WORD.finditer(text):
        token = match.group()
        gap = text[previous_end : match.start()]
        index = len(spans)
        if "\n" in gap or not index:
            sentence_start = True
        elif "  " in gap:
            sentence_start = False
        spans.append((match.start(), match.end()))
        previous_end = match.end()
        if token.islower() or not any(ch.isupper() for ch in token):
            is_focus = lowercase.get(token)
            if is_focus is None:
                if len(lowercase) > _CACHE_LIMIT:
                    lowercase.clear()
                is_focus = lowercase[token] = words.is_focus(text, match, False)
        else:
            is_focus = words.is_focus(text, match, sentence_start)
            cased = cased or is_focus or words.is_capitalised_word(match)
        if is_focus:
            focus.append(index)
        sentence_start = token[-1] in _SENTENCE_ENDS
    if spans and not cased:
        # Lowercase text: the model tags everyday words as places there ("el" before a
        # redacted "salvador"), so it reads everything.
        return [(spans[0][0], spans[-1][1])]
    ranges: list[tuple[int, int]] = []
    for index in focus:
        low, high = max(0, index - margin), min(len(spans) - 1, index + margin)
        if ranges and low <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], high)
        else:
            ranges.append((low, high))
    return [(spans[low][0], spans[high][1]) for low, high in ranges]


def focus_words_from(lexicons: Lexicons) -> FocusWords:
    """The focus word sets from the redaction lexicons (names and places from every list)."""
    # Single-word places of the main lists, and every word of a place that is no everyday
    # word ("york", not "new"; the broad city lists hold everyday words like "lot").
    places = frozenset(place for place in lexicons.places if " " not in place) | frozenset(
        word
        for place in lexicons.places | lexicons.broad_cities
        for word in place.split()
        if word not in lexicons.common_words
    )
    names = (
        lexicons.first_names
        | lexicons.surnames
        | lexicons.ambiguous_names
        | lexicons.broad_names
        | places
    )
    # Lowercase names matter inside lowercase places ("st. jude's"); names that are everyday
    # words ("will", "long") would open a window in every sentence.
    names_not_words = (lexicons.first_names | lexicons.surnames) - lexicons.common_words
    lowercase = places | names_not_words
    return FocusWords(
        SENTENCE_OPENERS | lexicons.common_words,
        names,
        lowercase,
        entity_rules.ROLE_WORDS,
        lexicons,
    )
