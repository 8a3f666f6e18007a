"""The rest of a full name after a found given name: "maria de la cruz", "mary k. smith",
"kwame asante-mensah", "linda mcallister", "jim o'rourke".

A judged name counts as found only when most of it is redacted, so "maria" alone of "maria de
la cruz" is a miss. After a found name this reads on through what full names are made of: a
middle initial, a surname particle ("de la", "van der", "st.", "al-"), a hyphenated surname,
or one word shaped like a surname (a listed surname or a rare word with a surname's prefix or
ending). Each finder yields ``(start, end, label, confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from tenor_desktop.redaction.entity_rules import STOP_WORDS, Hit
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NOT_PERSON, never_a_name
from tenor_desktop.redaction.rare_words import is_rare_word
from tenor_desktop.redaction.text_case import lower_same_length

_PART = r"[a-z][a-z]*(?:'[a-z]+)?"
# A middle initial, then the surname: "mary k. smith", "Thaddeus J. Whitmore".
_INITIAL = re.compile(rf" ([a-z])(\.?) ({_PART}(?:-{_PART})?)\b")
# A surname particle, then the surname: "de la cruz", "van der berg", "st. john".
_PARTICLE = re.compile(
    r" (?:de la|de los|de las|del|de|da|di|du|dos|das|van der|van den|van de|van|von der|von"
    rf"|st\.?|saint|bin|ibn|al|el|abu) ({_PART}(?:-{_PART})?)\b"
)
# A hyphenated surname or one with a prefix: "asante-mensah", "al-sayed", "o'rourke".
_NEXT_WORD = re.compile(rf" ({_PART}(?:-{_PART})*)\b")
_SURNAME_PREFIXES = ("mc", "mac", "o'", "fitz", "al-", "el-", "van", "von", "de")
_SURNAME_ENDINGS = (
    "son", "sen", "sson", "ez", "ski", "sky", "wicz", "vich", "vic", "stein", "berg", "man",
    "mann", "ton", "ley", "ford", "field", "wood", "worth", "more", "well", "ington", "ova",
    "ov", "ev", "enko", "yan", "ian", "poulos", "akis", "escu", "oglu", "ucci", "hardt",
    "berger", "baum", "feld", "thal", "wick", "shaw", "dale", "ridge", "brook", "mond", "ault",
)  # fmt: skip


def more_name_parts(text: str, names: Iterable[tuple[int, int]], lex: Lexicons) -> Iterator[Hit]:
    """Spans from each found name's end through the rest of its full name."""
    low = lower_same_length(text)
    for start, end in names:
        rest = _rest_of_name(text, low, start, end, lex)
        if rest > end:
            # From the next word, so the two spans merge into one name ("maria de la cruz").
            yield end + 1, rest, "NAME", 0.6


def _rest_of_name(text: str, low: str, start: int, end: int, lex: Lexicons) -> int:
    if low[end - 2 : end - 1] == " " and low[end - 1].isalpha():
        # A found name ending in an initial ("thaddeus j"): the surname after its period.
        after = re.compile(rf"\.? ({_PART}(?:-{_PART})?)\b").match(low, end)
        return after.end(1) if after and _surname(after.group(1), lex, strict=False) else end
    initial = _INITIAL.match(low, end)
    # An initial has its period or its capital: "jess a lot" is no initial.
    if (
        initial is not None
        and (
            initial.group(2) or (text[initial.start(1)].isupper() and initial.group(1) not in "ai")
        )
        and _surname(initial.group(3), lex, strict=False)
    ):
        return initial.end()
    particle = _PARTICLE.match(low, end)
    if particle is not None and _surname(particle.group(1), lex, strict=False):
        return particle.end()
    if " " in low[start:end]:
        return end  # a found full name: only initials and particles continue it
    match = _NEXT_WORD.match(low, end)
    if match is not None and _surname(match.group(1), lex, strict=True):
        return match.end()
    return end


def _surname(word: str, lex: Lexicons, *, strict: bool) -> bool:
    """A word that can be a surname; ``strict`` after a bare given name, where the next word
    is usually not part of the name ("told kav pilates is great")."""
    parts = word.split("-")
    if any(
        never_a_name(part, lex) or part in STOP_WORDS or part in NOT_PERSON for part in parts
    ) and not word.startswith(("al-", "el-")):
        return False
    if not strict:
        return True
    if word in lex.surnames:
        return word not in lex.everyday_words
    if word.startswith(("al-", "el-")):
        return len(parts[1]) >= 3 and parts[1] not in lex.everyday_words
    if len(parts) > 1:
        return all(
            part in lex.surnames or is_rare_word(part, lex) for part in parts if len(part) > 2
        )
    return (
        len(word) >= 5
        and is_rare_word(word.replace("'", ""), lex)
        and (word.startswith(_SURNAME_PREFIXES) or word.endswith(_SURNAME_ENDINGS))
    )
