"""A grammar of structured identifiers as clients say them, embedded in client sentences.

Written from how people read numbers aloud and how speech recognition writes them down (see
:mod:`tests.redaction.spoken_speech`), not from any evaluation set. Each label has variant
families (digits written, digit words with "zero" or "oh", "double"/"triple", pairs, letters
spelled "as in" or in the phonetic alphabet, dashes and commas between groups, cue-free
shapes); each family is rendered a few times with different cue phrases ("my social is",
"ss number", "plate number", "member id", ...) and casings (ASR lowercase or written). The
result is deterministic: one seeded generator.

Convention decisions (README: "any date element more specific than a year tied to the
person", "any other unique identifying number"):

* a partial SSN ("the last four of my social, 4821") still identifies: SSN;
* an account or card "ending in 4412" is ACCOUNT;
* a social handle ("my insta is jay underscore rivers") is ID;
* a holiday named as the day something happened to the person ("since thanksgiving", "turns
  six on valentine's day") is a DATE, as the tunable training2 set marks them; a holiday
  talked about as such ("christmas is hard for me") is not;
* ages over 89 in words are DATE; doses, scores, counts, durations, bare years, prices and
  hospital room numbers said without "number" are no identifiers (see
  :mod:`tests.redaction.spoken_non_phi`).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tests.redaction.spoken_speech import CODE_LETTERS, say_code, say_digit_group

SEED = 20261127


@dataclass(frozen=True, slots=True)
class SpokenCase:
    """One client sentence holding one identifier at ``text[start:end]``."""

    label: str
    family: str
    text: str
    start: int
    end: int


_ENDINGS = (".", ", that's the one on file.", " if that helps.", ". i wrote it down.", "")
_LEADS = ("", "okay, ", "um, ", "yeah so ")


def build_case(
    label: str, family: str, cue: str, surface: str, asr: bool, rng: random.Random
) -> SpokenCase:
    """``cue`` + ``surface`` in a client's turn; ASR style lowercases everything."""
    before = rng.choice(_LEADS) + cue
    after = rng.choice(_ENDINGS)
    if asr:
        before, surface, after = before.lower(), surface.lower(), after.lower()
    else:
        before = before[:1].upper() + before[1:]
        after = after if after else "."
    turn = "Therapist: and what should i put down?\nClient: " + before
    return SpokenCase(label, family, turn + surface + after, len(turn), len(turn) + len(surface))


def _digits(rng: random.Random, count: int) -> str:
    first = str(rng.randint(1, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in range(count - 1))


def _with_repeat(rng: random.Random, count: int) -> str:
    """Digits holding a doubled and a tripled digit, so "double"/"triple" get said."""
    base = list(_digits(rng, count))
    base[1] = base[2] = base[0]
    base[-2] = base[-1]
    return "".join(base)


def _letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(CODE_LETTERS) for _ in range(count)).upper()


def say_groups(groups: list[str], style: str, joiner: str) -> str:
    """Digit groups said in ``style``, joined as a transcriber writes pauses."""
    return joiner.join(say_digit_group(group, style) for group in groups)


# Digit families: (family, digit style, joiner between groups, uses repeats).
DIGIT_FAMILIES = (
    ("digits_dash", "digits", "-"),
    ("digits_space", "digits", " "),
    ("words_comma", "words_zero", ", "),
    ("words_oh_run", "words_oh", " "),
    ("double_triple", "repeats", ", "),
    ("pairs", "pairs", ", "),
    ("words_dash", "words_zero", " dash "),
    # Speech goes on while a number is read: a filler, or a pause the transcriber ends with a
    # full stop.
    ("filler_inside", "words_zero", ", uh, "),
    ("period_pauses", "words_oh", ". "),
)
# Code families: (family, digit style, letter style, joiner).
CODE_FAMILIES = (
    ("code_written", "digits", "upper", ""),
    ("code_letters_spaced", "digits", "plain", " "),
    ("code_all_words", "words_oh", "plain", " "),
    ("code_as_in", "words_zero", "as_in", ", "),
    ("code_phonetic", "digits", "phonetic", " "),
    ("code_pairs", "pairs", "plain", " "),
)


def digit_cases(
    label: str, cues: tuple[str, ...], shape: tuple[int, ...], rng: random.Random, per: int = 3
) -> Iterator[SpokenCase]:
    """Every digit family, ``per`` times, with cues and casings taken in turn."""
    for index, (family, style, joiner) in enumerate(DIGIT_FAMILIES):
        for turn in range(per):
            make = _with_repeat if style == "repeats" else _digits
            number = make(rng, sum(shape))
            groups, at = [], 0
            for size in shape:
                groups.append(number[at : at + size])
                at += size
            if style == "digits" and joiner == " " and label in ("MRN", "ACCOUNT"):
                groups = [number]
            surface = say_groups(groups, style, joiner)
            cue = cues[(index + turn) % len(cues)]
            yield build_case(label, family, cue, surface, (index + turn) % 2 == 0, rng)


def framed_cases(
    label: str, question: str, after: str, shape: tuple[int, ...], rng: random.Random
) -> Iterator[SpokenCase]:
    """The cue in the therapist's question, or said after the number ("..., that's my social").

    ``question`` is the therapist's line; ``after`` follows the number in the client's turn.
    """
    for index, style in enumerate(("digits", "words_zero", "pairs")):
        number = _digits(rng, sum(shape))
        groups, at = [], 0
        for size in shape:
            groups.append(number[at : at + size])
            at += size
        surface = say_groups(groups, style, "-" if style == "digits" else ", ")
        asr = index != 0
        if asr:
            surface, question, after = surface.lower(), question.lower(), after.lower()
        turn = f"Therapist: {question}\nClient: "
        yield SpokenCase(
            label, "answer_turn", turn + surface + ".", len(turn), len(turn) + len(surface)
        )
        turn = "Therapist: okay.\nClient: "
        yield SpokenCase(
            label, "cue_after", turn + surface + after, len(turn), len(turn) + len(surface)
        )


def code_cases(
    label: str,
    cues: tuple[str, ...],
    shapes: tuple[Callable[[random.Random], str], ...],
    rng: random.Random,
    per: int = 3,
) -> Iterator[SpokenCase]:
    """Every code family (letters and digits), ``per`` times, shapes and cues in turn."""
    for index, (family, digit_style, letter_style, joiner) in enumerate(CODE_FAMILIES):
        for turn in range(per):
            code = shapes[(index + turn) % len(shapes)](rng)
            if family == "code_written":
                surface = code if turn % 2 == 0 else code.replace(" ", "-")
            else:
                surface = say_code(code, digit_style, letter_style, joiner or " ")
            cue = cues[(index + turn) % len(cues)]
            asr = family != "code_written" or turn == 2
            yield build_case(label, family, cue, surface, asr, rng)


def letters_then_digits(letters: int, digits: tuple[int, ...]) -> Callable[[random.Random], str]:
    """A code shape: ``letters`` letters, then digit groups ("XJ 4471 0928")."""

    def make(rng: random.Random) -> str:
        return " ".join([_letters(rng, letters), *(_digits(rng, size) for size in digits)])

    return make


def plate(rng: random.Random) -> str:
    """A licence plate: "7ABC123" or "KTR 4471"."""
    if rng.random() < 0.5:
        return f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}"
    return f"{_letters(rng, 3)} {_digits(rng, 4)}"
