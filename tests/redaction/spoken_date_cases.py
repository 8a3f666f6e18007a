"""Generated dates tied to a person: holidays as the day something happened, ordinal days,
month-and-day forms, and ages over 89 said in words (DATE)."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from tests.redaction.spoken_identifier_grammar import SpokenCase

_MARK = re.compile(r"\[\[(.+?)\]\]")
_HOLIDAYS = (
    "fourth of july", "thanksgiving", "valentine's day", "christmas eve", "new year's eve",
    "halloween", "easter", "labor day", "mother's day", "memorial day", "christmas",
    "father's day",
)  # fmt: skip
# A holiday as the day of the person's event; the span is the holiday ("the" left out, as
# training2 marks "on the fourth of july").
_HOLIDAY_FRAMES = (
    "we haven't talked since {h}.",
    "she turns six on {h}. i want to be at that party.",
    "i relapsed on {h} and nobody knew.",
    "he moved out right after {h}, so it's been hard.",
    "i have to be out of the apartment by {h}.",
    "my last drink was on {h}.",
    "he's been at the facility since {h}.",
    "she said i could stay with her till {h}. i hope mom says yes.",
)
_ORDINAL_FRAMES = (
    "my hearing is on the [[twenty second]].",
    "on the [[third]] i see the judge again.",
    "the [[twenty first]] is my last day there.",
    "she moved out on the [[fifteenth]].",
    "his birthday is the [[thirtieth]], right after.",
    "it was last [[tuesday the third]], i think.",
    "they scheduled it for [[thursday the 9th]].",
    "my court date got moved to the [[twenty sixth]] for the custody thing.",
    "the [[nineteenth]] is when she gets out.",
    "we went in on the [[twelfth]] and he was discharged on the [[fourteenth]].",
)
_MONTH_FRAMES = (
    "my birthday is [[march fifth]].",
    "she was admitted [[june the twelfth]].",
    "it happened on the [[fifth of may]], i'll never forget it.",
    "the date on the letter was [[oh three slash fourteen]].",
    "he was born [[november twenty second, nineteen eighty]].",
    "my intake was [[the second of august]].",
    "her surgery is on [[december 3rd]].",
    "our anniversary is [[the 14th of february]].",
    "the appointment is [[april twenty ninth]] at two.",
    "she died [[january 9]] and i still can't talk about it.",
)
_AGE_FRAMES = (
    "my grandma is [[ninety four]] now.",
    "he turned [[a hundred and one]] last week.",
    "she's [[ninety-seven]] and still drives.",
    "he died at [[ninety two]].",
    "my nana just turned [[one hundred]].",
    "my great aunt is [[ninety]] and lives alone.",
    "my grandfather, who's [[ninety six]], moved in with us.",
    "at [[ninety three]] she still gardens.",
)


def _marked(family: str, marked: str, cased: bool) -> SpokenCase:
    body = marked[:1].upper() + marked[1:] if cased else marked
    turn = "Therapist: how have things been?\nClient: "
    text = _MARK.sub(lambda m: m.group(1), body)
    first = _MARK.search(body)
    assert first is not None
    start = len(turn) + first.start()
    return SpokenCase("DATE", family, turn + text, start, start + len(first.group(1)))


def date_cases(rng: random.Random) -> Iterator[SpokenCase]:
    """Holidays in every frame (some capitalised), then the fixed date and age frames."""
    for index, holiday in enumerate(_HOLIDAYS):
        frame = _HOLIDAY_FRAMES[index % len(_HOLIDAY_FRAMES)]
        cased = index % 3 == 0
        surface = holiday.title().replace("'S", "'s").replace(" Of ", " of ") if cased else holiday
        yield _marked("holiday", frame.replace("{h}", f"[[{surface}]]"), cased)
        other = _HOLIDAY_FRAMES[(index + 3) % len(_HOLIDAY_FRAMES)]
        yield _marked("holiday", other.replace("{h}", f"[[{holiday}]]"), False)
    for index, frame in enumerate(_ORDINAL_FRAMES):
        yield _marked("ordinal_day", frame, index % 3 == 0)
    for index, frame in enumerate(_MONTH_FRAMES):
        yield _marked("month_day", frame, index % 2 == 0)
    for index, frame in enumerate(_AGE_FRAMES):
        yield _marked("age_over_89", frame, index % 3 == 1)
    rng.random()  # the date frames are fixed; keep the shared generator's state moving alike
