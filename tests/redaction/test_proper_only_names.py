"""Names English writes only capitalised (SCOWL), in lowercase speech: slots and truecased NER.

The names here are well known enough to be in the embedding vocabulary ("everyday" by that
test) yet in neither the given-name nor the surname list; SCOWL's capital-only words are what
marks them as names. Weekdays, months, holidays, faiths and nationalities, which English also
capitalises, must stay.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, Redactor
from tenor_desktop.redaction.text_case import truecase_set, truecase_words
from tests.redaction.marked_text import unmark


@pytest.mark.parametrize(
    "marked",
    [
        "Client: i talked to [[bessie]] about it and she thinks i'm overreacting.",
        "Client: honestly [[hal]] was the only one who called after the funeral.",
        "Client: we went over to [[bertie]]'s house on sunday and it was fine.",
        "Client: [[gus]] and i used to fish every summer before he got sick.",
        "Client: i miss [[nell]] so much, she was like a second mom to me.",
        "Client: because [[dorian]] wanted the apartment i ended up moving out.",
        "Client: it's just that [[hiram]] never listens when i talk.",
        "Client: after [[gerry]] moved in things got really loud at home.",
        # Found by the NER model once the name is capitalised for it, in no rule's slot.
        "Client: so [[mortimer]] basically runs the whole family business.",
    ],
)
def test_capital_only_words_in_person_slots_are_names(redactor: Redactor, marked: str) -> None:
    text, names = unmark(marked)
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert {name: found.get(name) for name in names} == dict.fromkeys(names, "NAME")


@pytest.mark.parametrize(
    "text",
    [
        "Client: since friday i've been sleeping better.",
        "Client: cause english was always hard for me in school.",
        "Client: because february is always rough for me, with the anniversary.",
        "Client: i was hanging out with canadians on the trip.",
        "Client: so buddhism is something i've been reading about.",
        "Client: my boss is jewish and he let me take the holiday.",
        "Client: after thanksgiving everything went downhill.",
        "Client: i had lunch with mom and then went home.",
        "Client: the doctor said to keep the dose at 20 mg.",
        "Client: i asked siri to call my mom.",
    ],
)
def test_words_english_capitalises_that_are_not_names_stay(redactor: Redactor, text: str) -> None:
    assert [text[s.start : s.end] for s in redactor.redact(text).spans] == []


def test_truecasing_keeps_offsets_and_touches_only_listed_words() -> None:
    text = "so ernie's mom and hiram-ish ernie@x.com ernie"
    cased = truecase_words(text, frozenset({"ernie", "hiram"}))
    assert len(cased) == len(text)
    assert cased == "so Ernie's mom and hiram-ish ernie@x.com Ernie"


def test_truecase_set_holds_capital_only_names_not_everyday_words(
    models: RedactionModels,
) -> None:
    names = truecase_set(models.lexicons)
    assert {"ernie", "hiram", "bessie"} <= names
    assert not {"friday", "december", "english", "americans", "bill", "rose", "mg"} & names
    assert not {"siri", "facebook", "zoloft"} & names  # apps and drugs, capitalised too
