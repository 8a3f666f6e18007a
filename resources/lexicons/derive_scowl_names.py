"""Derive scowl_names.txt and everyday_names.txt from SCOWL's English word lists.

scowl_names.txt: words English spells only with a capital. everyday_names.txt: the words of
the name lists (first_names, surnames, broad_given_names, broad_surnames) that are everyday
English words too ("beer", "will", "lane") or proper words everyone says ("santa", "venus"),
which only a person slot makes names.

SCOWL (Spell Checker Oriented Word Lists, Kevin Atkinson; permissive licence, quoted in the
output's header) sorts English words by size level (10 = most common ... 95 = obscure) and
keeps capitalised words (names of people, places, brands) apart from lowercase ones.

A word is kept when SCOWL lists it capitalised at level 50 to 70 and no lowercase entry of
level 70 or below spells it: "geoff", "ernie", "bessie" are kept, "bill", "rose" or "hazel"
(also everyday words) are not. Capitalised entries of level 40 or below are the proper words
everyone says (weekdays, months, holidays, faiths, nationalities: "friday", "easter",
"buddhism") and are dropped with every word that is one of them plus a suffix ("americans",
"buddhists"); so are demonyms formed from a kept place ("albania" -> "albanian").
Possessives are folded into their word; only plain ASCII letters are kept.

Licence: levels 50-70 come from public-domain sources (the 1990 US Census name lists, Moby
Words, 12Dicts, Brian Kelk's UK word list) collected under Kevin Atkinson's permissive notice,
which the output repeats. Level 80 also draws on the UK Advanced Cryptics Dictionary, whose
notice must be displayed in full, so it is not used; nor are the American-only lists (made
with VARCON from Ispell's lists): the output takes the capitalised words from the
variety-neutral "english-" lists only (lowercase words of both only decide what to drop).

Run once, with Debian's ``scowl`` package installed (it is not needed by the app), from the
repository root:

    apt-get install -y scowl
    .venv/bin/python resources/lexicons/derive_scowl_names.py

The output is committed, so the app never needs SCOWL at run time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).parent
SCOWL_DIR = Path(os.environ.get("SCOWL_DIR", "/usr/share/dict/scowl"))
SCOWL_VERSION = "2020.12.07"  # Debian bookworm's scowl package
# Spellings common to every variety; American ones only to drop everyday words.
_VARIETIES = ("english", "american")
_PROPER_KINDS = ("proper-names", "upper")
_ASCII_WORD = re.compile(r"[A-Za-z][a-z]+")
# Suffixes that turn a proper word into a demonym, plural or follower ("albania" -> "albanian").
_NAME_LISTS = ("first_names.txt", "surnames.txt", "broad_given_names.txt", "broad_surnames.txt")
_DERIVING_SUFFIXES = ("s", "es", "n", "an", "ian", "ese", "ish", "i", "ic", "ism", "ist", "ite")


def _entries(
    kinds: Iterable[str], low: int, high: int, varieties: Iterable[str] = _VARIETIES
) -> Iterable[str]:
    for variety in varieties:
        for kind in kinds:
            for path in sorted(SCOWL_DIR.glob(f"{variety}-{kind}.*")):
                level = int(path.suffix[1:])
                if low <= level <= high:
                    text = path.read_text(encoding="utf-8", errors="replace")
                    for line in text.splitlines():
                        word = line.strip().removesuffix("'s")
                        if _ASCII_WORD.fullmatch(word):
                            yield word


def derive() -> list[str]:
    """Lowercased words SCOWL spells only capitalised, levels 50-70 (see the module docstring)."""
    everyday = _everyday()
    common_proper = {word.lower() for word in _entries(_PROPER_KINDS, 0, 40)}
    proper = {
        word.lower()
        for word in _entries(_PROPER_KINDS, 50, 70, varieties=("english",))
        if word[0].isupper()
    }
    kept = proper - everyday - common_proper
    return sorted(word for word in kept if not _derived(word, kept | common_proper))


def _everyday() -> set[str]:
    """Lowercase words of levels 70 and below: everyday English, inflections included."""
    return {word for word in _entries(("words",), 0, 70) if word.islower()}


def derive_everyday_names() -> list[str]:
    """Words of the bundled name lists that SCOWL also lists as lowercase everyday words, or as
    proper words everyone says (level 40 or below: "america", "oscar", "santa", "venus")."""
    names: set[str] = set()
    for list_name in _NAME_LISTS:
        for line in (HERE / list_name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                names.update(line.lower().split())
    common_proper = {word.lower() for word in _entries(_PROPER_KINDS, 0, 40)}
    return sorted(names & (_everyday() | common_proper))


def _derived(word: str, proper: set[str]) -> bool:
    for suffix in _DERIVING_SUFFIXES:
        stem = word.removesuffix(suffix)
        if stem != word and len(stem) >= 3 and (stem in proper or stem + "a" in proper):
            return True
    return False


SCOWL_LICENCE = (
    "# SCOWL: Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy, modify,"
    " distribute and sell these word lists, the associated scripts, the output created from"
    " the scripts, and its documentation for any purpose is hereby granted without fee,"
    " provided that the above copyright notice appears in all copies and that both that"
    " copyright notice and this permission notice appear in supporting documentation."
    " Kevin Atkinson makes no representations about the suitability of this array for any"
    ' purpose. It is provided "as is" without express or implied warranty.\n'
)


def _write(name: str, description: str, words: list[str]) -> None:
    header = (
        f"# Derived by derive_scowl_names.py from SCOWL {SCOWL_VERSION} (Debian package scowl):"
        f" {description}\n"
    )
    body = "\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12))
    (HERE / name).write_text(header + SCOWL_LICENCE + body + "\n", encoding="utf-8")


def main() -> None:
    """Write scowl_names.txt and everyday_names.txt next to this script."""
    _write(
        "scowl_names.txt",
        "words spelled only capitalised, levels 50-70, none an everyday word.",
        derive(),
    )
    _write(
        "everyday_names.txt",
        "words of the name lists that are lowercase everyday words of levels 70 and below,"
        " or capitalised words of levels 40 and below.",
        derive_everyday_names(),
    )


if __name__ == "__main__":
    main()
