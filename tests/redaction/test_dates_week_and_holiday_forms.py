"""Dates from a probe of spoken date forms written for stop 16: a day agreed on ("is the eighth
okay"), the week of a day, a day before its month with a year, a two-digit year after a month
and day, a holiday with the person's event after it, and "years young". Look-alikes stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _dates(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == "DATE"]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: is [[the eighth]] okay for you?",
        "Client: the week of [[the fourteenth]] i'll be at my sister's.",
        "Client: he was born [[3rd march 1990]].",
        "Client: i was born [[june ninth, ninety nine]].",
        "Client: the week before [[easter]] he moved out.",
        "Client: we split up around [[thanksgiving]].",
        "Client: my grandma is [[ninety-one]] years young.",
        "Client: we've been flirting since the company picnic on [[the fourth of july]].",
        "Client: when i came by on [[thanksgiving]] she had bruises.",
        "Client: the night of [[the ninth]] he didn't come home.",
        "Client: my grandma is [[94]] yo.",
        "Client: she'll turn [[ninety]] next month.",
        "Client: we're going to my mom's on [[Christmas]].",
        "Client: he's talking about doing it again on [[New Year's Eve]].",
        "Client: [[Memorial Day]] weekend he relapsed.",
        "Client: he relapsed over [[Memorial Day weekend]].",
        "Client: he left [[5 Jan]].",
        "Client: in [[late Jan]] i quit.",
        "Client: In [[late March]] he left.",
        "Client: It was [[March, 2019]].",
        "Client: my [[95]] y/o grandmother lives with us.",
        "Client: Grandma ([[94]]) lives with us.",
        "Client: on [[12 Mar 2019]] i was arrested.",
        "Client: we'll move in [[june]] or [[july]].",
        "Client: in [[june]] and [[july]] we were apart.",
        "Client: my [[june]] court date got moved.",
        "Client: [[the october]] hearing went badly.",
    ],
)
def test_spoken_date_forms_are_found(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _dates(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client: the eighth grade was the worst.",
        "Client: is the third one okay?",
        "Client: what do you usually do around christmas?",
        "Client: around halloween the kids get wild every year.",
        "Client: on thanksgiving we always go to my aunt's.",
        "Client: the week of hell.",
        "Client: back in oh nine i lived with my uncle.",
        "Client: we used to go to grandma's on christmas.",
        "Client: what did you do at thanksgiving?",
        "Client: we met at the christmas party and he was drunk.",
        "Client: the day of the big game i was sick.",
        "Client: turn right after the light, it's about 90 seconds.",
        "Therapist: what are you doing on christmas?",
        "Client: christmas is always hard, i'll be alone.",
        "Client: halloween i just stay in.",
        "Client: jan and i went to the store.",
        "Client: the room (94) was cold.",
        "Client: we ran 12 mar races? no, 12 marathons.",
        "Client: the october sky was pretty.",
    ],
)
def test_date_lookalikes_stay_text(redactor: Redactor, text: str) -> None:
    assert _dates(redactor, text) == []
