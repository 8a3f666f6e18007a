"""Speech-style identifiers found by general rules (spelled codes, honorifics, word-names)."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.spoken_forms import normalise_spoken
from tests.redaction.marked_text import MARK, unmark


def _found(redactor: Redactor, text: str) -> dict[str, str]:
    return {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}


@pytest.mark.parametrize(
    ("marked", "label"),
    [
        ("the plate is [[A B C dash one two three four]], okay", "VEHICLE"),
        ("the serial on the pump is [[R S nine dash one one four eight two]]", "DEVICE"),
        ("my member id is [[W four two eight eight one nine three]]", "HEALTH_PLAN"),
        ("my license is [[S five three oh dash four four one dash seven seven two]].", "LICENSE"),
        ("the wristband number, [[M G H zero zero four four seven one two]], again", "MRN"),
        ("my a-number is [[A two one four, five five six, nine zero one]].", "ID"),
        ("doctor [[okonkwo]] at the clinic called", "NAME"),
        ("my brother [[will]] texted me last night", "NAME"),
        ("at thanksgiving [[grant]] came, which was awkward", "NAME"),
        ("grandpa is [[one hundred and one]] years old", "DATE"),
        ("date of birth?\nClient: [[eleven twelve eighty four]]", "DATE"),
        ("we went up to [[cedar falls]] for the weekend", "LOCATION"),
        ("she's been living at [[Sunrise of Edina]] since spring", "LOCATION"),
        ("1410 harmon street suite 200, [[evanston]].", "LOCATION"),
        ("at the gas station on [[east colfax]] it happened", "LOCATION"),
        ("my social is [[three one two, seven seven, four zero nine one]].", "SSN"),
        ("I've been eating junk since [[zephyrine]] left.", "NAME"),
        ("grandma died at [[ninety six]] in her sleep", "DATE"),
        ("my neighbor [[ottoline]] from upstairs came by", "NAME"),
        ("my coworker [[fenwick]] in accounting yelled at me", "NAME"),
        ("i asked [[quill]] if she was okay", "NAME"),
        ("the claim number is [[four four one dash two nine nine eight]]", "ID"),
        ("the report number is [[two zero two three dash eight eight one]].", "ID"),
        ("i go to the [[northgate recovery center]] on tuesdays", "LOCATION"),
        ("he's at [[lakeview correctional facility]] now", "LOCATION"),
        ("my case worker at the [[eastbrook clinic]] said no", "LOCATION"),
        ("we moved to the outskirts of [[bakersfield]]", "LOCATION"),
        ("i got hired at [[zellweger logistics]] last month", "LOCATION"),
        ("and then [[ottoline]] and i went to the mall", "NAME"),
    ],
)
def test_speech_identifiers(redactor: Redactor, marked: str, label: str) -> None:
    text = unmark(marked)[0]
    surface = MARK.search(marked).group(1)  # type: ignore[union-attr]
    assert _found(redactor, text).get(surface) == label


@pytest.mark.parametrize(
    "text",
    [
        "I will call you tomorrow and he will finally go.",
        "the grant came through for the program",
        "the doctor said my doctor visits are too short",
        "I took vitamin B 12 and I 100 percent agree with her.",
        "don't judge me for it",
        "Grace under pressure is not my thing. Mark my words, I will try.",
        "Honesty matters a lot in my family. Frank conversations help.",
        "Walmart and Target were both closed.",
        "journaling helped a lot and the lexapro came in the mail.",
        "We moved from Ohio to Georgia in 2019 and I was there for three weeks.",
        "my friend group in college was small",
        "i asked chatgpt for advice and she texted lol",
        "i go to the community center on fridays and my dad's at the senior center",
        "he is at the rehab facility now; my daughter is in junior high",
        "my therapist before you was nice",
        "i called uber and messaged tinder matches all night",
        "i work at home mostly and i work for myself now",
        "since covid says everyone is sick, because emdr says otherwise",
    ],
)
def test_words_that_look_like_identifiers_stay(redactor: Redactor, text: str) -> None:
    assert redactor.redact(text).spans == ()


def test_word_name_is_not_propagated_to_its_word_use(redactor: Redactor) -> None:
    text = "my brother will texted me. I will not give him money. will wants it anyway."
    found = [(text[s.start : s.end], s.start) for s in redactor.redact(text).spans]
    assert ("will", text.index("will")) in found
    assert ("will", text.index("I will") + 2) not in found


def test_and_joins_numbers_only_after_hundred() -> None:
    assert normalise_spoken("one hundred and one").text == "101"
    assert normalise_spoken("me and one more").text == "me and 1 more"
