"""Case changes that keep every offset: lowercasing for rules, truecasing names for NER.

A case-insensitive alternation of many words is several times slower in Python's ``re`` than
the same pattern on lowercased text; offsets found in the lowered copy are offsets into the
original because no character changes length. The same holds for capitalising a word.
"""

from __future__ import annotations

import re
import unicodedata

from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NOT_PERSON

# Latin letters NFD does not split into a base letter and a mark.
_PLAIN_LETTER = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "\u0131": "i"}


_ACCENTED_WORD = re.compile(r"[^\W\d_]*[^\x00-\x7f][^\W\d_]*")


def fold_accents(text: str, common_words: frozenset[str] = frozenset()) -> str:
    """``text`` with accented Latin letters written plain ("Efraín" -> "Efrain"), character for
    character, so every offset stays where it was; other scripts are kept as they are. A
    lowercase word whose plain form is in ``common_words`` keeps its accents ("café",
    "fiancé"): a loanword, which some rules would read as an unknown name once plain."""
    if text.isascii():
        return text

    def plain(match: re.Match[str]) -> str:
        word = match.group()
        folded = "".join(_plain(ch) for ch in word)
        return word if word[0].islower() and folded in common_words else folded

    return _ACCENTED_WORD.sub(plain, text)


def _plain(ch: str) -> str:
    if ch in _PLAIN_LETTER:
        return _PLAIN_LETTER[ch]
    parts = unicodedata.normalize("NFD", ch)
    if len(parts) > 1 and parts[0].isascii() and all(unicodedata.combining(c) for c in parts[1:]):
        return parts[0]
    return ch


def lower_same_length(text: str) -> str:
    """``text`` lowercased character by character, so every offset stays where it was."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


_LOWER_WORD = re.compile(r"(?<![\w'@./-])[a-z]+(?![\w@/-]|'[a-z]{2})")


def truecase_words(text: str, words: frozenset[str]) -> str:
    """``text`` with each lowercase word of ``words`` capitalised; offsets stay where they were.

    Transcripts arrive lowercase, and the NER model finds people almost only by their capital
    letter: "then ernie called" reads to it like "then Ernie called" once ``words`` (names no
    everyday word spells) are written the way English writes them.
    """
    # Most segments hold none of the words: one C-level scan finds that out.
    present = words.intersection(_LOWER_WORD.findall(text))
    if not present:
        return text
    return _LOWER_WORD.sub(
        lambda match: match.group().capitalize() if match.group() in present else match.group(),
        text,
    )


def truecase_set(lex: Lexicons) -> frozenset[str]:
    """Names no everyday word spells: SCOWL's capital-only words and unlisted given names."""
    listed = lex.first_names | lex.surnames | lex.broad_names
    names = lex.proper_only | (listed - lex.everyday_names - lex.ambiguous_names)
    # Apps, drugs and states are capitalised too, but a capital makes the model read a person
    # ("Siri"); two letters are mostly units and abbreviations ("mg", "ml").
    not_people = NOT_PERSON | lex.medications | lex.not_phi_places
    return frozenset(name for name in names - not_people if len(name) >= 3)
