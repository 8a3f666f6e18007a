"""Derive us_places.txt (US/Canadian city names) from the installed phonenumbers geodata.

Run once from the repository root: ``.venv/bin/python resources/lexicons/derive_places.py``.
The output is committed so the app never needs this script (or the network) at run time.
"""

from __future__ import annotations

import re
from pathlib import Path

from phonenumbers.geodata import GEOCODE_DATA  # type: ignore[import-untyped]

_ABBREVIATIONS = {"spgs": "springs", "hts": "heights", "jct": "junction", "mt": "mount"}
# Small towns named by everyday words that, said after "to", "in" or "from", are almost never
# the town: "back to normal", "went to many places", "moved to section 8 housing".
_EVERYDAY_NOT_TOWNS = frozenset(
    "normal many section tea post hurt luck man lead humble boring comfort supply council "
    "concrete hazard deposit helper weed media price page wall walls star winner wise circle "
    "gap assumption defiance harmony unity temperance prosperity novelty peculiar reform "
    "colon cable needles plains sells stamps".split()
)


def derive() -> list[str]:
    """City names of +1 numbering-plan regions, lowercased, abbreviations expanded."""
    places: set[str] = set()
    for prefix, names in GEOCODE_DATA.items():
        if not prefix.startswith("1") or "en" not in names:
            continue
        city = names["en"].split(",")[0].strip().lower()
        words = [_ABBREVIATIONS.get(word, word) for word in city.split()]
        city = " ".join(words)
        if re.fullmatch(r"[a-z .'-]{3,40}", city) and city not in _EVERYDAY_NOT_TOWNS:
            places.add(city)
    return sorted(places)


if __name__ == "__main__":
    target = Path(__file__).with_name("us_places.txt")
    header = "# Derived by derive_places.py from phonenumbers geodata (+1 regions).\n"
    target.write_text(header + "\n".join(derive()) + "\n", encoding="utf-8")
