"""Dates said in Spanish inside English talk: "my court date is el veinte de marzo", "due el
quince de noviembre", "arrested on el doce de enero", "a letter from you by el quince".

A day and its month ("el veinte de marzo", "quince de noviembre", "el 3 de mayo de 2024") is a
date whatever comes around it, as "the twentieth of march" is ("cinco de mayo" is left to the
holiday rules). A day alone ("el quince") is one only after an English word that places a day
("by", "on", "until", "due"), as "by the fifteenth" is. Spanish numbers are read here: the
spoken-form normaliser reads English ones.

Runs on lowercased, spoken-normalised text (see :func:`date_rules.find_dates`); yields
``(start, end, confidence)``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_DAY = (
    r"(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce"
    r"|quince|diecis[eé]is|dieciseis|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|d[oó]s"
    r"|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|veinte\s+y\s+(?:uno|dos|tres|cuatro|cinco"
    r"|seis|siete|ocho|nueve)|treinta(?:\s+y\s+uno)?|[12]?\d|3[01])"
)
_MONTH = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)"
)
# "el veinte de marzo", "quince de noviembre", "el 3 de mayo del 2024".
_DAY_OF_MONTH = re.compile(
    rf"(?<![\w'-])(?:el\s+)?{_DAY}\s+de\s+{_MONTH}(?:,?\s+(?:de|del)\s+(?:19|20)\d\d)?(?![\w'-])"
)
_HOLIDAY = re.compile(r"(?:el\s+)?cinco\s+de\s+mayo")
# "by el quince", "on el doce": a day alone after a word that places one.
_DAY_ALONE = re.compile(
    rf"\b(?:on|by|until|till|before|after|since|due|from|starting)\s+(el\s+{_DAY})"
    r"(?=\s*[.,;!?]|\s*$|\s+(?:and|or|but|at|for|with|when|because|so|i|we|he|she|they)\b)"
)


def find_spanish_dates(text: str) -> Iterator[tuple[int, int, float]]:
    """Spanish days of a month, and a Spanish day alone after a placing word (docstring)."""
    if "el " not in text and " de " not in text:
        return
    taken = []
    for match in _DAY_OF_MONTH.finditer(text):
        taken.append(match.span())
        if _HOLIDAY.fullmatch(match.group()):
            continue  # the holiday rules judge when "cinco de mayo" is someone's day
        yield match.start(), match.end(), 0.8
    for match in _DAY_ALONE.finditer(text):
        if not any(s <= match.start(1) < e for s, e in taken):
            yield match.start(1), match.end(1), 0.75
