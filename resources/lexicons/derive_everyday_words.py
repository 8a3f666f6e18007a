"""Derive everyday_words.txt: the lowercase words of SCOWL's most common levels (10 to 40).

The name rules ask whether a capitalised word that opens a sentence is an everyday word
("Anger has been my default", "Faith helps me") or reads as a name ("Skyler hasn't spoken
to me", "Paisley cried"). The embedding vocabulary cannot tell: it holds famous names and
places too ("jordan", "paisley"). SCOWL's lowercase entries of levels 40 and below are the
words everyone writes in lowercase: "faith", "anger", "biscuit" are among them, "paisley"
(level 50), "jordan" (80) and "skyler" (a capitalised entry only) are not.

The variety-neutral "english-words" lists are read with the "american-words" lists of the same
levels, which hold the American spellings ("honor", "color", "center", "favorite"): without
them "she made honor roll" read as the town of Honor. The output repeats SCOWL's permissive
notice (see derive_scowl_names.py for the licence of each level) and, since VARCON made the
American lists from Ispell's, Ispell's BSD notice. Run once, with Debian's ``scowl`` package
installed (the app does not need it; ``apt-get download scowl`` and ``dpkg-deb -x`` with
``SCOWL_DIR`` pointing into it work as well), from the repository root:

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
VARIETIES = ("english", "american")
ISPELL_LICENCE = (
    "# American spellings (SCOWL's american-words, made with VARCON from Ispell's lists):"
    " Copyright 1993, Geoff Kuenning, Granada Hills, CA. All rights reserved. Redistribution"
    " and use in source and binary forms, with or without modification, are permitted provided"
    " that the following conditions are met: 1. Redistributions of source code must retain the"
    " above copyright notice, this list of conditions and the following disclaimer."
    " 2. Redistributions in binary form must reproduce the above copyright notice, this list of"
    " conditions and the following disclaimer in the documentation and/or other materials"
    " provided with the distribution. 3. All modifications to the source code must be clearly"
    " marked as such. Binary redistributions based on modified source code must be clearly"
    " marked as modified versions in the documentation and/or other materials provided with the"
    " distribution. (clause 4 removed with permission from Geoff Kuenning) 5. The name of Geoff"
    " Kuenning may not be used to endorse or promote products derived from this software"
    " without specific prior written permission. THIS SOFTWARE IS PROVIDED BY GEOFF KUENNING"
    " AND CONTRIBUTORS ``AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT"
    " LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR"
    " PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL GEOFF KUENNING OR CONTRIBUTORS BE LIABLE FOR"
    " ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES"
    " (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,"
    " DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF"
    " LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR"
    " OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED OF THE"
    " POSSIBILITY OF SUCH DAMAGE.\n"
)
_LOWER_WORD = re.compile(r"[a-z]{3,}")


def derive() -> list[str]:
    """Lowercase words of three letters or more in english- and american-words levels 10-40."""
    words: set[str] = set()
    for variety in VARIETIES:
        for level in LEVELS:
            path = SCOWL_DIR / f"{variety}-words.{level}"
            text = path.read_text(encoding="utf-8", errors="replace")
            words.update(line.strip() for line in text.splitlines())
    return sorted(word for word in words if _LOWER_WORD.fullmatch(word))


def main() -> None:
    """Write everyday_words.txt next to this script."""
    words = derive()
    header = (
        f"# Derived by derive_everyday_words.py from SCOWL {SCOWL_VERSION} (Debian package"
        " scowl): lowercase words of english-words and american-words levels 10-40.\n"
    )
    body = "\n".join(" ".join(words[i : i + 12]) for i in range(0, len(words), 12))
    (HERE / "everyday_words.txt").write_text(
        header + SCOWL_LICENCE + ISPELL_LICENCE + body + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
