"""Derive broad_given_names.txt, broad_surnames.txt and broad_cities.txt from Faker's lists.

Faker (MIT licence) ships given names and surnames for ~90 locales. Only names written in
Latin letters are kept (accents folded), lowercased, and only those that at least two locales
list (a single locale's list holds transliteration debris such as "among" or "add").
Run once, with the Faker wheel unpacked (it is not a dependency of the app), from the
repository root:

    pip download faker==40.54.0 --no-deps -d /tmp/faker
    python -m zipfile -e /tmp/faker/faker-40.54.0-py3-none-any.whl /tmp/faker/src
    FAKER_PATH=/tmp/faker/src .venv/bin/python resources/lexicons/derive_broad_names.py

City names come from the address providers' city lists (real places), one a line.
The output is committed, so the app never needs Faker (or the network) at run time.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
FAKER_VERSION = "40.54.0"
_LATIN = re.compile(r"[a-z][a-z'-]{1,24}")


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().strip()


def _names(value: Any) -> Iterable[str]:
    if isinstance(value, dict):
        return [str(key) for key in value]
    if isinstance(value, (list, tuple)):
        return [str(item) for item in value]
    return []


def derive() -> tuple[list[str], list[str]]:
    """Given names and surnames of every Faker locale, Latin letters only."""
    import faker.providers.person as person

    given: Counter[str] = Counter()
    family: Counter[str] = Counter()
    english_given: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        seen: dict[str, set[str]] = {"first": set(), "last": set()}
        for attribute in dir(provider):
            kind = attribute.split("_")[0]
            if attribute.startswith(("first_names", "last_names")):
                for name in _names(getattr(provider, attribute)):
                    for part in _fold(name).split():
                        if _LATIN.fullmatch(part):
                            seen[kind].add(part)
        given.update(seen["first"])
        family.update(seen["last"])
        if module.name.startswith("en_"):
            english_given |= seen["first"]
    return (
        # English-speaking locales' given names are clean lists (census-style), kept even when
        # one locale alone lists them ("percival").
        sorted(name for name, count in given.items() if count >= 2 or name in english_given),
        sorted(name for name, count in family.items() if count >= 2),
    )


_CITY_LISTS = ("cities", "city_names", "real_city_names", "metropolitan_cities")
_CITY = re.compile(r"[a-z][a-z' .-]{2,40}")


def derive_cities() -> list[str]:
    """Real city names of every Faker address locale, Latin letters only."""
    import faker.providers.address as address

    cities: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        provider = importlib.import_module(f"faker.providers.address.{module.name}").Provider
        for attribute in _CITY_LISTS:
            for name in _names(getattr(provider, attribute, ())):
                city = " ".join(_fold(name).split())
                if _CITY.fullmatch(city):
                    cities.add(city)
    return sorted(cities)


def main() -> None:
    """Write the word lists next to this script."""
    sys.path.insert(0, os.environ.get("FAKER_PATH", ""))
    cities = derive_cities()
    (HERE / "broad_cities.txt").write_text(
        f"# Derived by derive_broad_names.py from Faker {FAKER_VERSION} (MIT licence): city"
        " names of its address locales, Latin letters only, one a line.\n"
        + "\n".join(cities)
        + "\n",
        encoding="utf-8",
    )
    given, family = derive()
    header = f"# Derived by derive_broad_names.py from Faker {FAKER_VERSION} (MIT licence): "
    for name, words, kind in (
        ("broad_given_names.txt", given, "given names"),
        ("broad_surnames.txt", family, "surnames"),
    ):
        text = header + f"{kind} listed by two or more of its locales"
        text += " (given names: or by an English-speaking one)" if kind == "given names" else ""
        text += ", Latin letters only.\n"
        text += "\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12)) + "\n"
        (HERE / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
