"""Gazetteer files of listed names (``resources/lexicons``), indexed by their first word.

A line is one lowercase name; a leading '!' marks a name that is also an everyday word, a
person's name or a place, which its finder treats more strictly; '#' starts a comment line. A
name with a number word is also indexed as the spoken-number normaliser writes it ("five
guys" as "5 guys"), since the finders read normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from tenor_desktop.redaction.lexicons import default_lexicon_dir
from tenor_desktop.redaction.spoken_forms import spoken_number_forms

# A word of a listed name or of the text it is looked for in.
TOKEN = re.compile(r"(?<![a-z0-9])[a-z0-9]+")

EntryT = TypeVar("EntryT")


@dataclass(frozen=True, slots=True)
class ListedLine:
    """One line of a gazetteer file."""

    name: str  # without '!' and a leading "the "
    said: str  # without '!', as written ("the 405")
    strict: bool


def read_listed(filename: str) -> Iterator[ListedLine]:
    """The names of a gazetteer file, in file order."""
    path = default_lexicon_dir() / filename
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip().lower()
        if not line or line.startswith("#"):
            continue
        said = line.lstrip("!")
        yield ListedLine(said.removeprefix("the "), said, line.startswith("!"))


def index_by_first_word(
    filename: str, make: Callable[[str, ListedLine], EntryT]
) -> dict[str, tuple[EntryT, ...]]:
    """First word of each listed name (and of its normalised form) -> ``make(form, line)``,
    longest forms first, file order among equals."""
    entries: dict[str, list[tuple[int, EntryT]]] = {}
    for line in read_listed(filename):
        for form in (line.name, *spoken_number_forms(line.name)):
            first = TOKEN.search(form)
            if first is not None:
                entries.setdefault(first.group(), []).append((len(form), make(form, line)))
    return {
        word: tuple(entry for _, entry in sorted(found, key=lambda pair: -pair[0]))
        for word, found in entries.items()
    }
