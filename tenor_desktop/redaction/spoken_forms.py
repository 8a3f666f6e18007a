"""Normalise spoken numbers ("six one seven", "twenty twenty four", "the fifth") to digits.

Detection runs on the normalised text; every normalised character remembers the span of the
original text it came from, so matches map back to offsets in what the transcriber produced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_UNITS = {
    "zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_MULTIPLIERS = {"hundred": 100, "thousand": 1000}
_NUMBER_WORDS = {
    **_UNITS,
    **_TEENS,
    **_TENS,
    **_ORDINALS,
    **_MULTIPLIERS,
    "double": -1,
    "triple": -1,
}
_REPEATS = {"double": 2, "triple": 3}
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"))
_WORD_RE = re.compile(r"[A-Za-z]+")
# Words joined by a space or hyphen belong to one spoken number; a comma starts a new group.
_JOINER_RE = re.compile(r"[ \t-]+")


def _suffix(value: int) -> str:
    if 10 <= value % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


def _render(words: list[str]) -> str | None:
    """Digits for a run of number words, or None when the run is not a number."""
    lowered = [word.lower() for word in words]
    if lowered in (["o"], ["oh"]):
        return None
    ordinal = lowered[-1] in _ORDINALS
    if any(word in _MULTIPLIERS for word in lowered):
        dialled = _render_dialled(lowered)
        return dialled if dialled is not None else _render_arithmetic(lowered, ordinal)
    parts: list[str] = []
    index = 0
    while index < len(lowered):
        word = lowered[index]
        if word in _REPEATS and index + 1 < len(lowered) and lowered[index + 1] in _UNITS:
            parts.append(str(_UNITS[lowered[index + 1]]) * _REPEATS[word])
            index += 2
            continue
        if word in _TENS:
            value = _TENS[word]
            nxt = lowered[index + 1] if index + 1 < len(lowered) else ""
            if nxt in _UNITS and nxt not in ("oh", "o", "zero"):
                value += _UNITS[nxt]
                index += 1
            elif nxt in _ORDINALS and _ORDINALS[nxt] < 10:
                value += _ORDINALS[nxt]
                index += 1
            parts.append(str(value))
        elif word in _MULTIPLIERS:
            if parts and parts[-1].isdigit():
                parts[-1] = str(int(parts[-1]) * _MULTIPLIERS[word])
            else:
                parts.append(str(_MULTIPLIERS[word]))
        elif word in _ORDINALS:
            parts.append(str(_ORDINALS[word]))
        elif word in _TEENS:
            parts.append(str(_TEENS[word]))
        elif word in _UNITS:
            parts.append(str(_UNITS[word]))
        else:
            return None
        index += 1
    # "nineteen eighty seven" and "twenty twenty four" are years: two-digit groups concatenate.
    digits = "".join(parts)
    if ordinal:
        return digits + _suffix(int(digits[-2:]) if len(digits) > 1 else int(digits))
    return digits


def _render_dialled(lowered: list[str]) -> str | None:
    """'(one) eight hundred five five five oh one nine two' -> 18005550192: a toll-free
    prefix said in hundreds, then digits one by one (three or more), is a number dialled, not
    a sum ("eight hundred five" is still 805)."""
    at = lowered.index("hundred") if "hundred" in lowered else -1
    head, rest = lowered[:at], lowered[at + 1 :]
    if at < 1 or len(rest) < 3 or any(word not in _UNITS for word in head + rest):
        return None
    if len(head) > 2 or (len(head) == 2 and head[0] != "one"):
        return None
    prefix = "".join(str(_UNITS[word]) for word in head[:-1])
    return prefix + str(_UNITS[head[-1]] * 100) + "".join(str(_UNITS[word]) for word in rest)


def _render_arithmetic(lowered: list[str], ordinal: bool) -> str | None:
    """'two thousand nineteen' -> 2019, 'three hundred and five' -> 305."""
    total = 0
    current = 0
    for word in lowered:
        if word in _MULTIPLIERS:
            current = max(current, 1) * _MULTIPLIERS[word]
            if word == "thousand":
                total += current
                current = 0
        elif word == "and":
            continue
        elif word in _UNITS or word in _TEENS or word in _TENS or word in _ORDINALS:
            current += {**_UNITS, **_TEENS, **_TENS, **_ORDINALS}[word]
        else:
            return None
    value = total + current
    return f"{value}{_suffix(value)}" if ordinal else str(value)


def _cardinal_complete(run: list[re.Match[str]]) -> bool:
    """Whether no ordinal can extend the run: it then starts a new number.

    An ordinal continues a tens word ("twenty third") or a bare hundred ("one hundred first"),
    but "twelve hundred fourth street" and "fourteen ten third street" are a house number
    then an ordinal street, and "one first" is no 11th.
    """
    lowered = [word.group().lower() for word in run]
    last = lowered[-1]
    if last in _TENS or last == "and":
        return False
    if last in _MULTIPLIERS:
        # "twelve hundred", "twenty one hundred": a house number said in hundreds.
        return any(word in _TEENS or word in _TENS for word in lowered[:-1])
    return True


@dataclass(frozen=True, slots=True)
class NormalisedText:
    """Normalised text plus, per character, the original span it stands for."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the normalised range [start, end)."""
        if end <= start:
            return self.starts[start], self.starts[start]
        return self.starts[start], self.ends[end - 1]


def _copy(
    text: str, low: int, high: int, out: list[str], starts: list[int], ends: list[int]
) -> None:
    """Copy text[low:high] unchanged: each character stands for itself."""
    out.append(text[low:high])
    starts.extend(range(low, high))
    ends.extend(range(low + 1, high + 1))


def normalise_spoken(text: str) -> NormalisedText:
    """Replace runs of spoken number words by digits, keeping an offset map."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    words = list(_WORD_RE.finditer(text))
    index = 0
    while index < len(words):
        match = words[index]
        if match.group().lower() not in _NUMBER_WORDS:
            index += 1
            continue
        run = [match]
        # An ordinal ends a spoken number: "march fifth nineteen eighty" is a day then a year.
        while index + len(run) < len(words) and run[-1].group().lower() not in _ORDINALS:
            candidate = words[index + len(run)]
            gap = text[run[-1].end() : candidate.start()]
            # "one hundred and one": "and" joins only between a multiplier and a number word.
            if (
                candidate.group().lower() == "and"
                and run[-1].group().lower() in _MULTIPLIERS
                and gap == " "
                and index + len(run) + 1 < len(words)
                and words[index + len(run) + 1].group().lower() in _NUMBER_WORDS
                and text[candidate.end() : words[index + len(run) + 1].start()] == " "
            ):
                run.append(candidate)
                continue
            if candidate.group().lower() not in _NUMBER_WORDS:
                break
            if candidate.group().lower() in _ORDINALS and _cardinal_complete(run):
                break
            if not (_JOINER_RE.fullmatch(gap) or run[-1].group().lower() == "and"):
                break
            run.append(candidate)
        rendered = _render([word.group() for word in run])
        if rendered is None:
            index += len(run)
            continue
        first = run[0].start()
        _copy(text, position, first, out, starts, ends)
        out.append(rendered)
        starts.extend([first] * len(rendered))
        ends.extend([run[-1].end()] * len(rendered))
        position = run[-1].end()
        index += len(run)
    _copy(text, position, len(text), out, starts, ends)
    starts.append(len(text))
    ends.append(len(text))
    # Typographic dashes (en, em, minus ...) join number groups as a hyphen does.
    return NormalisedText("".join(out).translate(_DASHES), tuple(starts), tuple(ends))


def spoken_number_forms(name: str) -> tuple[str, ...]:
    """A listed name with a number word as the rules read it after normalisation ("five guys"
    as "5 guys", "seven eleven" as "711"), or nothing when the name has none."""
    form = normalise_spoken(name).text
    return (form,) if form != name and any(c.isdigit() for c in form) else ()
