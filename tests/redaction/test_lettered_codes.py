"""Codes read as a letter group and digit groups, plates read with spelling words or after a
bare "tag", and spoken web paths with hyphens: found whole. From a probe of identifier forms
written for stop 16; their look-alikes stay text.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tests.redaction.marked_text import unmark


def _found(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    "marked",
    [
        "Client: member id [[xjh 447192 01]].",
        "Client: my nursing license number is [[rn 447192]].",
        "Client: the docket number is [[cr 24 0447]].",
        "Client: his pacemaker is a medtronic, serial [[pjn 447192 h]].",
        "Client: her patient id at the hospital is [[pt 0044719]].",
        "Client: california plates, [[six adam boy three four five]].",
        "Client: texas tag [[hjk 4471]].",
        "Client: it's [[gofundme dot com slash help-the-riveras]].",
        "Client: her email is [[k oyelowo hart at staugustine dot edu]].",
        "Client: you can email her at [[r okonjo at fragomen dot com]].",
        "Client: a site on the dark web, [[benzohaven7x2.onion]], sells it.",
        "Client: the interlock device number is [[ig 44719]].",
        "Client: my medicaid number is [[ab 44719 c]].",
        "Client: my cash app is [[$jrivers22]].",
        "Client: my cash app is dollar sign [[jay rivers twenty two]].",
        "Client: the Venmo is [[@Jay-Rivers-22]].",
        "Client: my website is [[jrivers dot photography]].",
        "Client: the shop is [[jrivers dot etsy dot com]].",
        "Client: my portfolio is at [[jayrivers.github.io]].",
        "Client: my reddit is [[u/jayrivers22]].",
        "Client: my reddit is [[u slash jay rivers twenty two]].",
        "Client: my kik is [[jrivers22]].",
        "Client: my psn is [[jrivers-22]].",
        "Client: my twitch is [[jrivers_live]].",
        "Client: his facebook is [[jay rivers seventy seven]].",
        "Client: i post as [[throwaway_4471]] on reddit.",
        "Client: the last 4 of my ss are [[1873]].",
        "Client: send it to [[rivers j at comcast dot net]].",
        "Client: his email was like [[dj big mike at aol dot com]].",
        "Client: email is [[jay period rivers at gmail period com]].",
        "Client: a black tahoe, texas [[hjk 4471]].",
        "Client: the truck, california [[8 abc 123]], was parked outside.",
    ],
)
def test_lettered_codes_are_found_whole(redactor: Redactor, marked: str) -> None:
    text, expected = unmark(marked)
    assert _found(redactor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Client: i'll tag 3 people in the post.",
        "Client: the price tag was 4471 dollars.",
        "Client: the plates cost 45 dollars at target.",
        "Client: my room number at the hospital was 214.",
        "Client: my phq 9 was 14.",
        "Client: my pt said to do 3 sets of 10.",
        "Client: i need my w 2 form from work.",
        "Client: it cost me $20 and a $5k deposit.",
        "Client: he has a dollar sign tattoo on his neck.",
        "Client: my twitch stream is at 9pm.",
        "Client: i deleted facebook, it's toxic.",
        "Client: my snap streak is 200 days.",
        "Client: my steam is 24/7.",
        "Client: i was told by u.s. customs to wait.",
        "Client: the period was late, at least a week.",
        "Client: i saw him at the station, i at least tried.",
        "Client: my car broke down in ohio 3 times.",
    ],
)
def test_code_lookalikes_stay_text(redactor: Redactor, text: str) -> None:
    assert _found(redactor, text) == []
