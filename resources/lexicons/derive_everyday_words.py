"""Derive everyday_words.txt: the lowercase words of SCOWL's most common levels (10 to 40).

The name rules ask whether a capitalised word that opens a sentence is an everyday word
("Anger has been my default", "Faith helps me") or reads as a name ("Skyler hasn't spoken
to me", "Paisley cried"). The embedding vocabulary cannot tell: it holds famous names and
places too ("jordan", "paisley"). SCOWL's lowercase entries of levels 40 and below are the
words everyone writes in lowercase: "faith", "anger", "biscuit" are among them, "paisley"
(level 50), "jordan" (80) and "skyler" (a capitalised entry only) are not.

Only the variety-neutral "english-words" lists are read (see derive_scowl_names.py for the
licence of each level); the output repeats SCOWL's permissive notice. Run once, with Debian's
``scowl`` package installed (the app does not need it), from the repository root:

    apt-get install -y scowl
    .venv/bin/python resources/lexicons/derive_everyday_words.py
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from derive_scowl_names import SCOWL_LICENCE  # the sibling script (run from this folder)

HERE = Path(__file__).parent
SCOWL_DIR = Path(os.environ.get("SCOWL_DIR", "/usr/share/dict/scowl"))
SCOWL_VERSION = "2020.12.07"  # Debian bookworm's scowl package
LEVELS = (10, 20, 35, 40)
_LOWER_WORD = re.compile(r"[a-z]{3,}")


def derive() -> list[str]:
    """Lowercase words of three letters or more in english-words levels 10 to 40."""
    words: set[str] = set()
    for level in LEVELS:
        text = (SCOWL_DIR / f"english-words.{level}").read_text(encoding="utf-8", errors="replace")
        words.update(line.strip() for line in text.splitlines())
    return sorted(word for word in words if _LOWER_WORD.fullmatch(word))


def main() -> None:
    """Write everyday_words.txt next to this script."""
    words = derive()
    header = (
        f"# Derived by derive_everyday_words.py from SCOWL {SCOWL_VERSION} (Debian package"
        " scowl): lowercase words of english-words levels 10-40.\n"
    )
    body = "\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12))
    (HERE / "everyday_words.txt").write_text(header + SCOWL_LICENCE + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
