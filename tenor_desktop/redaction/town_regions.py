"""A town said with its state or country after it: "my cousin from ibb in yemen", "we lived
in tuzla, bosnia", "she's from gary, indiana".

The state or country alone is no identifier, but it says the word before it is a place in it.
After a place preposition, one to three words before ", <region>" or " in <region>" are a
town when they are a listed town or words that can only be names (rare, or spelled only with
a capital), never everyday words ("grew up in poverty in mexico", "a trailer in ohio") or a
given name ("a text from maria in texas"). Runs on lowercased, spoken-normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.entity_rules import NOT_NAME_WORDS, STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.rare_words import is_rare_word

_REGION_AFTER = re.compile(r"(?:,\s+|\s+in\s+)([a-z]+(?:\s+[a-z]+)?)\b")
_PREP_BEFORE = re.compile(
    r"\b(?:from|in|to|near|outside|outside\s+of|around|back\s+to|back\s+in)\s+"
    r"((?:[a-z][a-z'-]+\s+){0,2}[a-z][a-z'-]+)$"
)


def find_towns_before_regions(low: str, lex: Lexicons) -> Iterator[Hit]:
    """Towns said before their state or country (see the module docstring)."""
    if ", " not in low and " in " not in low:
        return
    for match in _REGION_AFTER.finditer(low):
        region = _region(match.group(1), lex)
        if region is None:
            continue
        before = _PREP_BEFORE.search(low, max(0, match.start() - 50), match.start())
        if before is None:
            continue
        words = before.group(1).split()
        phrase = " ".join(words)
        if phrase in lex.not_phi_places:
            continue
        comma = match.group().startswith(",")
        if _town_words(phrase, words, lex) or (comma and _envelope_town(words, lex)):
            yield before.start(1), before.end(1), "LOCATION", 0.7


def _region(words: str, lex: Lexicons) -> str | None:
    """The state or country the words open with ("yemen", "new mexico"), if any."""
    parts = words.split()
    for length in (2, 1):
        candidate = " ".join(parts[:length])
        if len(parts) >= length and candidate in lex.not_phi_places:
            return candidate
    return None


def _envelope_town(words: list[str], lex: Lexicons) -> bool:
    """Written as on an envelope ("from ponce, puerto rico"), a surname-like word will do."""
    return all(
        w not in STOP_WORDS
        and w not in NOT_NAME_WORDS
        and w not in lex.everyday_words
        and w not in lex.first_names
        and w not in lex.medications
        and w not in lex.not_phi_names
        for w in words
    )


def _town_words(phrase: str, words: list[str], lex: Lexicons) -> bool:
    if any(w in STOP_WORDS or w in NOT_NAME_WORDS for w in words):
        return False
    if phrase in lex.places or phrase in lex.broad_cities:
        return len(words) > 1 or phrase not in lex.everyday_words
    return all(
        w not in lex.everyday_words
        and w not in lex.first_names
        and w not in lex.medications
        and w not in lex.not_phi_names
        and (is_rare_word(w, lex) or w in lex.proper_only)
        for w in words
    )
