"""Codes spelled out letter by letter or read in digit groups (plates, serials, member IDs).

Split from :mod:`identifier_rules`; runs on spoken-normalised text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tenor_desktop.redaction.code_context import context_label

Hit = tuple[int, int, str, float]

# A letter after an apostrophe ("it's") is part of a word, never of a code.
_CODE_TOKEN = re.compile(r"(?<!['\u2019])(?:[Xx]-ray|[A-Za-z]+)|\d+")
_CODE_GAP = re.compile(r"\s+|\s*-\s*|,\s+|\s+(?:dash|hyphen)\s+")
# A letter spelled with an example word: "b as in boy 7712", "m as in mary, 4 4".
_AS_IN = re.compile(r"\s+as\s+in\s+[A-Za-z][A-Za-z-]*,?\s+")
# Letters in the phonetic alphabet, as people read codes over the phone: "kilo tango 4471".
# Most are words or names too ("mike", "golf", "november"), so they make a code only after a
# context word, and one alone only right after it.
_PHONETIC = frozenset(
    "alpha bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima mike november"
    " oscar papa quebec romeo sierra tango uniform victor whiskey x-ray yankee zulu".split()
)
# Single letters that are words on their own ("I", "a"): they do not make a spoken code.
_WORD_LETTERS = frozenset("aAI")


def find_spoken_codes(text: str) -> Iterator[Hit]:
    """Codes spelled out letter by letter: "R S 9 dash 114827", "7 h x r 221", "A 214, 556, 901".

    Runs on normalised text (number words are digits by now). A run of single letters and
    digit groups, joined by spaces, commas or "dash", with a letter and 3+ digits, is a code;
    its label comes from the nearest context word ("plate", "member id"), else it is an ID.
    """
    tokens = _without_spelling_words(text, list(_CODE_TOKEN.finditer(text)))
    index = 0
    while index < len(tokens):
        if not _is_plain_part(tokens[index].group()):
            # Most tokens are words: a code run can only begin at a letter or digit group.
            index += 1
            continue
        # Phonetic-alphabet letters just before it open the run ("kilo tango 4471"); they are
        # looked up only next to a run, never for every word.
        first = index
        while first > 0 and _is_phonetic(tokens[first - 1].group()):
            if not _CODE_GAP.fullmatch(text, tokens[first - 1].end(), tokens[first].start()):
                break
            first -= 1
        if first >= 2 and _letters_between_dashes(tokens, first - 2, opening=True):
            first -= 2  # "cw dash 2024 dash 118": a letter group opens the code
        run = tokens[first : index + 1]
        index += 1
        while index < len(tokens):
            nxt = tokens[index]
            word = nxt.group()
            if not (
                _is_plain_part(word)
                or _is_phonetic(word)
                or word.lower() in ("dash", "hyphen")
                or _letters_between_dashes(tokens, index)
            ):
                break
            if not _CODE_GAP.fullmatch(text, run[-1].end(), nxt.start()) and not (
                len(run[-1].group()) == 1 and _AS_IN.fullmatch(text, run[-1].end(), nxt.start())
            ):
                break
            run.append(nxt)
            index += 1
        while not (_is_plain_part(run[-1].group()) or _is_phonetic(run[-1].group())):
            run.pop()
        hit = _spoken_code_hit(text, run)
        if hit is not None:
            yield hit


def _without_spelling_words(text: str, tokens: list[re.Match[str]]) -> list[re.Match[str]]:
    """Drop the "as in boy" after a spelled letter so the letter joins the code around it."""
    if " as in " not in text.lower():
        return tokens
    kept: list[re.Match[str]] = []
    skip_until = -1
    for token in tokens:
        if token.start() < skip_until:
            continue
        kept.append(token)
        if len(token.group()) == 1 and token.group().isalpha():
            spelled = _AS_IN.match(text, token.end())
            if spelled is not None:
                skip_until = spelled.end()
    return kept


def _letters_between_dashes(
    tokens: list[re.Match[str]], index: int, *, opening: bool = False
) -> bool:
    """A letter group said between two dashes ("2024 dash cv dash 1183"), or before one
    opening a code (``opening``: "cw dash 2024")."""
    word = tokens[index].group()
    if not (word.isalpha() and 2 <= len(word) <= 3) or index + 1 >= len(tokens):
        return False
    dashes = ("dash", "hyphen")
    after = tokens[index + 1].group().lower() in dashes
    return after and (opening or tokens[index - 1].group().lower() in dashes)


def _is_plain_part(token: str) -> bool:
    return token.isdigit() or (len(token) == 1 and token.isalpha())


def _is_phonetic(token: str) -> bool:
    return 3 < len(token) < 9 and token.lower() in _PHONETIC


def _phonetic_letters_hold(text: str, run: list[re.Match[str]], count: int) -> bool:
    """Whether the phonetic words of ``run`` are letters: after a cue, two or more of them or
    one right after it ("employee id is tango 773392"; not "expired november 2019")."""
    if not any(m.group().isdigit() for m in run):
        return False
    label, distance = context_label(text, run[0].start())
    if label is None or distance > 60:
        return False
    if count >= 2:
        return True
    word = next(m.group().lower() for m in run if m.group().lower() in _PHONETIC)
    return distance <= 25 and word != "november"


def _trimmed(run: list[re.Match[str]]) -> list[re.Match[str]]:
    while run and not (run[0].group().isdigit() or len(run[0].group()) == 1):
        run = run[1:]
    return run


def _spoken_code_hit(text: str, run: list[re.Match[str]]) -> Hit | None:
    if not run:
        return None
    phonetic = [i for i, m in enumerate(run) if m.group().lower() in _PHONETIC]
    if phonetic and not _phonetic_letters_hold(text, run, len(phonetic)):
        # Words, not letters: what follows the last of them may still be a code.
        return _spoken_code_hit(text, _trimmed(run[phonetic[-1] + 1 :]))
    letters = [
        m.group()
        for m in run
        if (m.group().isalpha() and len(m.group()) == 1) or m.group().lower() in _PHONETIC
    ]
    digits = sum(len(m.group()) for m in run if m.group().isdigit())
    start, end = run[0].start(), run[-1].end()
    if not letters:
        # Digit groups joined by "dash" after a context word: "claim number is 441 dash 2998".
        dashed = len(run) > 1 and re.search(r"-|\b(?:dash|hyphen)\b", text[start:end], re.I)
        # Digits read one at a time and written apart: "patron number is 2 2 7 7 1 0 4".
        spaced = len(run) >= 5 and all(len(m.group()) == 1 for m in run)
        if not (dashed or spaced) or digits < (5 if spaced else 6):
            return None
        label, distance = context_label(text, start)
        if label is None or distance > 40:
            return None
        return start, end, label, 0.8
    # "the confirmation code is x k 9 q 2": letters and digits mixed, right after a cue. Most
    # short runs are a lone "I" or "a": tested before the (costlier) look for a cue.
    mixed = len(letters) >= 2 and digits >= 2 and len(letters) + digits >= 5
    if digits < 3 and not mixed:
        return None
    label, distance = context_label(text, start)
    near = label is not None and distance <= 60
    if digits < 3:
        if not (near and distance <= 25 and any(ch not in "aAI" for ch in letters)):
            return None
        return start, end, str(label), 0.75
    if all(letter in _WORD_LETTERS for letter in letters):
        # "A 214, 556, 901" after "A-number is", but not "I 100 percent agree".
        if near and digits >= 6:
            return start, end, str(label), 0.8
        # "my d i n is 19 a 2273": an "a" read between two digit groups is a letter of the
        # code, never the article (which a digit group does not follow).
        if digits >= 5 and _letter_between_digits(run):
            return start, end, "ID", 0.7
        return None
    if near:
        return start, end, str(label), 0.85
    if digits >= 5:
        return start, end, "ID", 0.7
    # Three letters spelled one by one before digits read a code out even without a cue: "the
    # blue jetta, u v x, 2940" (a plate).
    spelled = [letter for letter in letters if len(letter) == 1 and letter not in _WORD_LETTERS]
    if len(spelled) >= 3 and digits >= 3:
        return start, end, "ID", 0.65
    return None


def _letter_between_digits(run: list[re.Match[str]]) -> bool:
    """Whether a single letter of ``run`` stands between two digit groups."""
    return any(
        len(run[i].group()) == 1
        and run[i].group().isalpha()
        and run[i - 1].group().isdigit()
        and run[i + 1].group().isdigit()
        for i in range(1, len(run) - 1)
    )
