"""Date shapes of speech: day before month, short weekdays, modifiers, days after "on the"."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my mom's birthday is 12 december.", ["12 december"]),
        ("she was born 3 june 2001.", ["3 june 2001"]),
        ("i'm meeting her on tues the 14th.", ["tues the 14th"]),
        ("thurs, may 1st is the hearing.", ["thurs, may 1st"]),
        ("her due date is mid-august.", ["mid-august"]),
        ("since late october it has been bad.", ["late october"]),
        ("on the fifteenth we drove up.", ["the fifteenth"]),
        # Not dates: a count before a month-word noun, an exam sat, "at first".
        ("we had 3 june bugs in the house.", []),
        ("i sat the exam twice.", []),
        ("on the first i felt fine but then it got worse.", []),
        ("i was on the 2nd floor.", []),
    ],
)
def test_date_shapes(redactor: Redactor, text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == expected
