"""Web and mail addresses said after a word that points at them ("a form at summit mens health
dot com slash intake", "go to fix my p c now dot net"): the whole name of several words, the
path after the domain and a spelled scheme belong to the address. A domain with a path is a
site, never a mailbox whose name is the word before "at"; a handle after a word ("called
@jessa.bby.22") is no mailbox either. Sentences invented for these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _spans(redactor: Redactor, text: str, label: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans if s.label == label]


@pytest.mark.parametrize(
    "marked",
    [
        "they mailed me a packet at [[brightwater family law dot com slash forms]]. it was long",
        "I renewed it that night at [[dmv.ohio.gov/renew]] so I could stop worrying",
        "you can see the photos at [[lakeside-kin.net/album/2231]].",
        "the staff page is [[mount carmel nursing dot org]] and it never loads",
        "he told me to go to [[fix my laptop fast dot net]] and call a number",
        "the intake link is [[h t t p s northgate recovery dot org slash start]], okay?",
        "it's all on [[quiet harbour group dot co dot uk]] if you want to look",
    ],
)
def test_sites_said_after_a_pointing_word(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _spans(redactor, text, "URL") == expected


@pytest.mark.parametrize(
    "marked",
    [
        "my new email, it's now [[blue kettle seventy at outlook dot com]] so use that",
        "I had to email them at [[student care at riverbend dot edu]] about it",
    ],
)
def test_mailbox_names_of_several_words_after_a_mail_cue(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _spans(redactor, text, "EMAIL") == expected


def test_a_handle_after_a_word_is_no_mailbox(redactor: Redactor) -> None:
    text = "someone messaged me from a profile called @mara.bee.19 last night"
    assert _spans(redactor, text, "EMAIL") == []
    assert "@mara.bee.19" in [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # The sentence's own words before the address stay text.
        ("we were at home with my sister on healthline dot com", "healthline dot com"),
        ("i saw it on tiktok and calm dot com too", "calm dot com"),
        (
            "he told me to watch my email jo dash reed at gmail dot com",
            "jo dash reed at gmail dot com",
        ),
        ("email me at dee.walsh@yahoo.co.uk, okay?", "dee.walsh@yahoo.co.uk"),
        ("write to me at jay.rivers @ icloud.com today", "jay.rivers @ icloud.com"),
    ],
)
def test_words_before_an_address_that_are_not_its_name(
    redactor: Redactor, text: str, address: str
) -> None:
    spans = [text[s.start : s.end] for s in redactor.redact(text).spans]
    assert address in spans
