"""Date shapes of speech: ranges and lists of days, short months, days before a pronoun, ages.

Each positive line was missed before these rules; the negatives are counting, recurring days
and the holiday, which must stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        # Ranges and lists of days: every day of them is a date.
        "we were at the beach house from the [[3rd]] to [[the 9th of june]]",
        "i was in jail from [[the twelfth]] to [[the twentieth]]",
        "she had the baby on the [[3rd]], [[4th]] or [[5th]], i forget",
        "the [[5th]] through [[the 12th of august]] i'm away",
        "the hearing is [[june 3-9]]",
        "from [[june 3]] to [[june 9]] i was in the hospital",
        # A plain day before a pronoun or a year.
        "on [[march 3]] i got the call from the school",
        "we had the memorial on [[june 12 2021]]",
        # A month said short, or after "this past" / "this coming".
        "i've been clean since [[feb]]",
        "the lease started in [[sept]]",
        "this past [[june]] he finally moved out",
        "we broke up on [[14 feb]]",
        "she was born in [[june of ninety eight]]",
        "he left in [[early march]], right before my birthday",
        # After "on the <day>", a preposition or time of day says it is a date.
        "i have court on the [[3rd]] for the custody thing",
        "we fly out on [[the ninth]] in the morning",
        "i'm leaving on the [[5th]] after work",
        "i got the letter on [[three slash fourteen]]",
        "i relapsed over [[memorial day weekend 2022]]",
        "my court date is [[the 22nd]] for the custody thing",
        # Digits read after the word "date".
        "the date of the incident was [[six three twenty one]]",
        "my court date is [[oh six oh three]]",
        "the date on the letter was [[6.3.21]]",
        # A month and day before more words of the clause, or a list of days.
        "on [[june 3]] after work he left",
        "it was [[june 3]] last year",
        "[[july 9]] which was a friday",
        "it was [[june 3rd, 4th and 5th]]",
        # Ages over 89.
        "it was her [[ninetieth]] birthday",
        "she's pushing [[ninety-five]]",
        "at [[ninety-three]] she still drives",
    ],
)
def test_spoken_date_shapes(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected


@pytest.mark.parametrize(
    "text",
    [
        "it was the second or third time he hit me",
        "the third of four kids always gets ignored",
        "rent is due on the first of the month",
        "i get paid on the fifteenth of every month",
        "we watched the fourth of july fireworks from the roof",
        "i was on the 3rd floor with my mom",
        "i came on the 3rd try for real",
        "he's open twenty four slash seven",
        "she's ninety pounds soaking wet",
        "at ninety i was going way too fast",
        "i worked 12 hour shifts all week",
        "you may 3 times a day",
        "the 5th we played was the worst",
        "the second we got home he started",
        "i have a date at 7",
        "our first date was in 2019",
        "the date cost me 1500 dollars",
    ],
)
def test_counting_and_recurring_days_are_no_dates(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []
