"""How people say digits and letters aloud, and how speech recognition writes them down.

The building blocks of :mod:`tests.redaction.spoken_identifier_grammar`: a digit group read
digit by digit ("five two nine"), with "oh" for zero, with "double"/"triple" for repeats, or
in pairs as people read years and street numbers ("five twenty nine", "eighteen seventy
three"); a letter said alone ("k"), capitalised ("K"), spelled with an example word ("k as in
kite") or in the phonetic alphabet ("kilo").
"""

from __future__ import annotations

DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = (
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
)  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EXAMPLES = {
    "a": "apple", "b": "boy", "c": "cat", "d": "david", "e": "edward", "f": "frank",
    "g": "george", "h": "henry", "j": "john", "k": "kite", "l": "lincoln", "m": "mary",
    "n": "nancy", "p": "peter", "r": "robert", "s": "sam", "t": "tom", "v": "victor",
    "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra",
}  # fmt: skip
_PHONETIC = {
    "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
    "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
    "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "v": "victor",
    "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu",
}  # fmt: skip
# Letters that code writers avoid in plates and serials (they look like digits).
CODE_LETTERS = "abcdefghjklmnprstvwxyz"

# How a digit group is read: the family names used in the result table.
DIGIT_STYLES = ("digits", "words_zero", "words_oh", "repeats", "pairs")
LETTER_STYLES = ("plain", "upper", "as_in", "phonetic")


def say_digit_group(group: str, style: str) -> str:
    """One group of digits as said in ``style`` (see :data:`DIGIT_STYLES`)."""
    if style == "digits":
        return group
    if style == "pairs":
        paired = _say_in_pairs(group)
        if paired is not None:
            return paired
        style = "words_oh"
    zero = "oh" if style in ("words_oh", "repeats") else "zero"
    words: list[str] = []
    index = 0
    while index < len(group):
        run = 1
        while style == "repeats" and index + run < len(group) and run < 3:
            if group[index + run] != group[index]:
                break
            run += 1
        name = zero if group[index] == "0" else DIGIT_WORDS[int(group[index])]
        if run >= 2:
            words.append(("double " if run == 2 else "triple ") + name)
        else:
            words.append(name)
        index += run
    return " ".join(words)


def _say_pair(pair: str) -> str:
    if pair[0] == "0":
        return "oh " + DIGIT_WORDS[int(pair[1])]
    if pair[0] == "1":
        return _TEENS[int(pair[1])]
    tens = _TENS[int(pair[0])]
    return tens if pair[1] == "0" else f"{tens} {DIGIT_WORDS[int(pair[1])]}"


def _say_in_pairs(group: str) -> str | None:
    """'529' -> 'five twenty nine', '1873' -> 'eighteen seventy three'; None if unsayable."""
    if len(group) == 2 and group[0] != "0":
        return _say_pair(group)
    if len(group) == 3 and group[0] != "0":
        return f"{DIGIT_WORDS[int(group[0])]} {_say_pair(group[1:])}"
    if len(group) == 4 and group[0] != "0":
        if group[2:] == "00":
            return f"{_say_pair(group[:2])} hundred"
        return f"{_say_pair(group[:2])} {_say_pair(group[2:])}"
    return None


def say_letter(letter: str, style: str) -> str:
    """One letter said in ``style`` (see :data:`LETTER_STYLES`)."""
    low = letter.lower()
    if style == "upper":
        return letter.upper()
    if style == "as_in":
        return f"{low} as in {_EXAMPLES[low]}"
    if style == "phonetic":
        return _PHONETIC[low]
    return low


def say_code(code: str, digit_style: str, letter_style: str, joiner: str) -> str:
    """A code of letters and digit groups ("KTR 4471"), each part said, parts joined.

    Letters are said one by one; a run of digits is one group. ``joiner`` goes between parts
    (" ", ", ", " dash ").
    """
    parts: list[str] = []
    for chunk in code.split():
        run = ""
        for char in chunk:
            if char.isdigit():
                run += char
                continue
            if run:
                parts.append(say_digit_group(run, digit_style))
                run = ""
            parts.append(say_letter(char, letter_style))
        if run:
            parts.append(say_digit_group(run, digit_style))
    return joiner.join(parts)
