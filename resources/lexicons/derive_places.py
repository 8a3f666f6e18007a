"""Derive us_places.txt (US/Canadian city names) from the installed phonenumbers geodata.

Run once from the repository root: ``.venv/bin/python resources/lexicons/derive_places.py``.
The output is committed so the app never needs this script (or the network) at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

from phonenumbers.geodata import GEOCODE_DATA  # type: ignore[import-untyped]

_ABBREVIATIONS = {"spgs": "springs", "hts": "heights", "jct": "junction", "mt": "mount"}


def derive() -> list[str]:
    """City names of +1 numbering-plan regions, lowercased, abbreviations expanded."""
    places: set[str] = set()
    for prefix, names in GEOCODE_DATA.items():
        if not prefix.startswith("1") or "en" not in names:
            continue
        city = names["en"].split(",")[0].strip().lower()
        words = [_ABBREVIATIONS.get(word, word) for word in city.split()]
        city = " ".join(words)
        if re.fullmatch(r"[a-z .'-]{3,40}", city):
            places.add(city)
    return sorted(places)


if __name__ == "__main__":
    target = Path(__file__).with_name("us_places.txt")
    header = "# Derived by derive_places.py from phonenumbers geodata (+1 regions).\n"
    target.write_text(header + "\n".join(derive()) + "\n", encoding="utf-8")
