"""Who issued an identifier, said right before it: a bank, insurer, device maker or app.

"my Capital One account, 3608 5519 0274", "What's your Horizon ID?", "the Dexcom, serial
SM44817201", "Tufts member 4420-9917-03", "We use the Securus app, account SEC-66170442". The
number (or serial, member id, account) is the identifier and its own rules take it; the
capitalised word before it names a company, and a company is nobody's identifier. No name list
holds "Omnipod" or "Premera", so the capitalised-name rule took them for people.

Spared only where a person cannot be meant:
- no word of the run is a place ("Kootenai Health, member ..." is the hospital the writers
  mark), nor a given name or a surname ("Chase account" stays: Chase is a name) unless the run
  ends in a company word ("Peoples Health");
- no place preposition before it ("at Navy Federal account 7701" is a branch, "a plan through
  Kootenai Health, member ..." a hospital system: the writers mark a place);
- no possessive ("Tanner's account" is Tanner's).

:func:`issuer_ranges` returns the ranges of such runs; :mod:`not_phi_names` adds them to the
ranges no name or place may overlap.
"""

from __future__ import annotations

import re

from tenor_desktop.redaction.lexicons import Lexicons

# One to four capitalised words, hyphens and "&" inside ("Capital One", "Triple-S", "AT&T",
# "Upper Peninsula Health Plan").
_RUN = r"[A-Z][A-Za-z&]*(?:-[A-Za-z]+)?(?: [A-Z][A-Za-z&]*(?:-[A-Za-z]+)?){0,3}"
# The product the identifier belongs to, said between the company and the cue.
_PRODUCT = (
    r"app|pump|plan|card|patch|loan|phone|sensor|monitor|device|transmitter|camera|insurance"
    r"|benefits|checking|savings|policy"
)
# What the number is: "account", "member ID", "serial", "IMEI", "policy", "routing".
_CUE = r"account|acct|member|membership|subscriber|id|serial|imei|policy|routing|model|ending"
_ISSUER = re.compile(
    rf"(?<![\w'&.-])(?P<run>{_RUN})"
    rf"(?i:(?:\s+(?:{_PRODUCT}))?"
    rf"(?:,\s*|\s+(?:is|was)\s+(?:still\s+)?|\s+)"
    rf"(?:(?:{_CUE})\b|number\s+(?:is|was)\b))"
    # The identifier already replaced, its cue with it ("the Dashtro, IMEI 3569..." re-read as
    # "the Dashtro,      "): the re-check sees placeholders blanked.
    r"|(?<![\w'&.-])(?P<blanked>" + _RUN + r"),\s{4,}",
)
# Company words that make a run a company even when a name is in it ("Peoples Health").
_COMPANY_WORDS = frozenset(
    "health healthplan bank federal credit care insurance mutual dental wireless energy electric"
    " financial".split()
)
_PLACE_BEFORE = re.compile(
    r"\b(?:at|in|on|near|from|to|into|through|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE
)


def issuer_ranges(text: str, lex: Lexicons) -> list[tuple[int, int]]:
    """Ranges of ``text`` that name the company behind the identifier said next."""
    found: list[tuple[int, int]] = []
    for match in _ISSUER.finditer(text):
        group = "run" if match.group("run") is not None else "blanked"
        start, end = match.span(group)
        words = [w.lower() for w in match.group(group).split()]
        if any(w in lex.places for w in words):
            continue  # "Kootenai Health", "New England Federal": the writers mark a place
        if words[-1] not in _COMPANY_WORDS and any(
            w in lex.first_names or w in lex.surnames or w in lex.broad_names for w in words
        ):
            continue
        if _PLACE_BEFORE.search(text, max(0, start - 20), start):
            continue
        found.append((start, end))
    return found
