"""Names, places and handles found from the shape of speech, and words that must stay.

The names here are in no lexicon: they are found because of the slot they fill ("X and I",
"talked to X", "his mom X", "the guy's name is X Y"), not because a list knows them.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import MARK, unmark


def _spans(redactor: Redactor, marked: str) -> tuple[str, list[tuple[int, int]], dict[str, str]]:
    text = unmark(marked)[0]
    gold = []
    shift = 0
    for match in MARK.finditer(marked):
        start = match.start() - shift
        gold.append((start, start + len(match.group(1))))
        shift += 4
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    return text, gold, found


@pytest.mark.parametrize(
    ("marked", "label"),
    [
        ("Client: [[odrava]] and I drove up together.", "NAME"),
        ("Client: me and [[velkin]] went to the lake.", "NAME"),
        ("Client: I talked to [[fenwick]] about it later.", "NAME"),
        ("Client: [[ruxandra]], my coworker, keeps taking credit.", "NAME"),
        ("Client: she's been hanging out with [[sunniva]] and [[bexa]] a lot.", "NAME"),
        ("Client: his mom [[yolande]] picks him up on weekends.", "NAME"),
        ("Client: the guy's name is [[corwin bexley]]. he keeps following me.", "NAME"),
        ("Client: the manager, [[delphina okonjo]], was nice.", "NAME"),
        ("Client: [[anatol]] got arrested last week.", "NAME"),
        ("Speaker 2: [[leontyne]], can I ask you something?", "NAME"),
        ("Client: my parents are from [[riobamba]], we moved when I was five.", "LOCATION"),
        ("Client: we're on [[quince hollow way]] now.", "LOCATION"),
        ("Client: it's right by the [[marlow creek library]].", "LOCATION"),
        ("Client: and my username on the portal is [[tallowbird44]].", "ID"),
        ("Client: we moved to [[krakow]] when I was nine.", "LOCATION"),
        ("Client: I got a text from [[ysolde]] halfway through.", "NAME"),
        ("Client: she moved there with [[gereon]] last spring.", "NAME"),
        ("Client: it was at [[calloway]]'s place, and it got loud.", "NAME"),
        ("Client: yeah, [[fenella]]. she keeps asking to borrow money.", "NAME"),
        ("Client: we lived on [[dellwood]] when I was little.", "LOCATION"),
        ("Client: I go to [[saint vincent's]] for my shots.", "LOCATION"),
        ("Client: it's [[c c one nine two two four]], my case number.", "ID"),
        ("Client: my badge number is [[seven seven three]].", "ID"),
        ("Client: the confirmation code is [[x k nine q two]].", "ID"),
        ("Client: my account name is [[bluejay sixty two]].", "ID"),
        ("Client: my parents are from [[lagos]] originally.", "LOCATION"),
        ("Client: [[mireille]] and [[dagobert]] were yelling again.", "NAME"),
        ("Client: someone with the handle [[kestrel_09]] keeps messaging me.", "ID"),
        ("Client: [[ottilie]] and [[bram]] came for dinner.", "NAME"),
        ("Client: i finally told [[hunter]] how i felt.", "NAME"),
    ],
)
def test_speech_slot_is_found(redactor: Redactor, marked: str, label: str) -> None:
    text, gold, found = _spans(redactor, marked)
    for start, end in gold:
        assert text[start:end] in found, (marked, found)
        assert found[text[start:end]] == label


@pytest.mark.parametrize(
    "text",
    [
        "Client: Summer is the hardest season for me. June and July especially.",
        "Client: Exercise and Breathing exercises both help a little.",
        "Client: Winter is always rough for me.",
        "Client: in hindsight I should have called earlier.",
        "Client: I'm on my way, it's a weird way to live.",
        "Client: I hope I will talk to my therapist about it.",
        "Client: My dietitian, Priya Shah, weighed me.",
        "Client: it's been rough since work picked up.",
        "Client: I check my phone twenty times a day and I hate it.",
        "Client: Jumpy. Whiplash. Ouch.",
        "Client: I was born in most ways lucky, and I live in fear anyway.",
        "Client: so tacos and beer were all we had.",
        "Client: since netflix and hulu were both down we read.",
        "Client: I told everyone how I felt, and I asked around.",
    ],
)
def test_everyday_words_stay(redactor: Redactor, text: str) -> None:
    found = {text[s.start : s.end] for s in redactor.redact(text).spans}
    allowed = {"Priya Shah", "Priya", "Shah"}
    assert found <= allowed, found


def test_month_in_a_time_phrase_is_a_date(redactor: Redactor) -> None:
    text = "Client: my permit expired in December and since October I've been waiting."
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert found.get("December") == "DATE"
    assert found.get("October") == "DATE"


@pytest.mark.parametrize(
    "marked",
    [
        "my email is [[j d o e at gmail dot com]]",
        "send it to [[r w smith seventy seven at hotmail dot com]]",
        "it's [[kayla underscore m at yahoo dot co dot uk]]",
        "my email is [[marcus at g mail dot com]]",
        "reach me at [[info at brightpath counseling dot org]]",
        "my email is [[s-t-e-v-e at aol dot com]]",
    ],
)
def test_spoken_email_forms(redactor: Redactor, marked: str) -> None:
    text, gold, found = _spans(redactor, marked)
    for start, end in gold:
        assert found.get(text[start:end]) == "EMAIL", found


def test_looking_at_a_site_is_not_an_email(redactor: Redactor) -> None:
    text = "we looked at youtube dot com together"
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert "looked" not in " ".join(found)


def test_birth_date_read_as_one_number(redactor: Redactor) -> None:
    text = "Client: my date of birth is three fifteen ninety"
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert found.get("three fifteen ninety") == "DATE"


@pytest.mark.parametrize(
    "text", ["Tucson Maria turned", "Dr. sister think rose six", "sister ninety-four Maria six"]
)
def test_redacting_twice_changes_nothing_more(redactor: Redactor, text: str) -> None:
    """Regressions found by the property tests: a blank left by a redacted name is no context."""
    once = redactor.redact(text).text
    assert redactor.redact(once).text == once


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Client: my date of birth is three nine seventy one", "three nine seventy one"),
        ("Client: my birthday is oh seven oh four", "oh seven oh four"),
        ("Client: grandpa is ninety three", "ninety three"),
        ("Client: he turns a hundred and two next month", "a hundred and two"),
    ],
)
def test_spoken_birth_dates_and_old_ages(redactor: Redactor, text: str, date: str) -> None:
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert found.get(date) == "DATE", found


def test_a_year_alone_after_born_is_not_a_date(redactor: Redactor) -> None:
    text = "Client: my date of birth is nineteen seventy one"
    assert not redactor.redact(text).spans


_EVERYDAY_TALK = """Client: me and my husband talked to the school about it.
Client: I talked to everyone at work and nobody cared.
Client: hanging out with friends helps. talking to strangers doesn't.
Client: I got a text from work and a call from the pharmacy.
Client: honestly, anxiety. it's always anxiety. yeah, exactly.
Client: sertraline and I don't get along. my therapist and I worked on breathing.
Client: who's there? nobody. we moved there with nothing.
Client: it was at my mom's place. we lived on ramen for a month.
Client: the manager, obviously, was annoyed. mindfulness, my counselor says, takes practice.
Client: thanks to therapy I sleep better. I worry about money and about my kids.
Client: my ex and I argued about custody again. I was in denial, then in shambles.
Client: we drove to the coast and then flew to the mountains."""


def test_speech_cues_leave_everyday_talk_alone(redactor: Redactor) -> None:
    """Person and place slots filled by everyday words: nothing here is an identifier."""
    found = [_EVERYDAY_TALK[s.start : s.end] for s in redactor.redact(_EVERYDAY_TALK).spans]
    assert found == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("it was the 24th march when it happened.", "the 24th march"),
        ("my sobriety date is june of last year.", "june of last year"),
        ("she's in her late nineties now.", "in her late nineties"),
        ("my grandma is almost a hundred.", "a hundred"),
        ("we split up mid-march.", "mid-march"),
        ("i've been sober since the end of may.", "may"),
        ("we moved out at the start of march, right after.", "march"),
        ("mark your calendar for 12.03.2025, that's when it's final.", "12.03.2025"),
    ],
)
def test_more_spoken_dates_and_ages(redactor: Redactor, text: str, date: str) -> None:
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert found.get(date) == "DATE", found


@pytest.mark.parametrize(
    "text",
    [
        "it cost almost a hundred dollars.",
        "there were over a hundred people.",
        "the 2nd may be it.",
        "at the end of may i think we'll know more.",
        "the version is 2.0.2025 on the app.",
    ],
)
def test_amounts_are_not_old_ages(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans


@pytest.mark.parametrize(
    ("text", "zip_code"),
    [
        ("my address is 22 orchard court, fairview, oregon 97024.", "97024"),
        ("it's fairview, oregon nine seven zero two four.", "nine seven zero two four"),
        ("we moved to brooklyn, new york 11215 last fall.", "11215"),
    ],
)
def test_zip_code_after_a_state_name(redactor: Redactor, text: str, zip_code: str) -> None:
    found = {text[s.start : s.end]: s.label for s in redactor.redact(text).spans}
    assert found.get(zip_code) == "LOCATION", found


def test_a_count_after_a_state_name_is_not_a_zip_code(redactor: Redactor) -> None:
    assert not redactor.redact("in texas 75 people showed up to the rally.").spans
