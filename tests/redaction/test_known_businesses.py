"""Listed chains and employers are places where the words before them put someone there."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.known_businesses import find_known_businesses
from tenor_desktop.redaction.lexicons import Lexicons
from tests.redaction.marked_text import unmark


@pytest.fixture(scope="module")
def lex() -> Lexicons:
    """The bundled word lists."""
    return Lexicons.load()


@pytest.mark.parametrize(
    "marked",
    [
        "my sister picked me up from [[meijer]] after my shift.",
        "we sat in the car outside the [[wawa]] for an hour.",
        "he was parked behind the [[Sheetz]] again.",
        "we were parked at the [[cracker barrel]] for an hour.",
        "she still works nights at the [[Kwik Trip]].",
        "my dad got hired at [[sherwin williams]] in march.",
        "there's a bench by the [[dollar general]] where we talk.",
        "it happened at the [[publix]] on ninth street.",
        "my cousin does overnights at the [[fedex hub]] now.",
        "she picked me up outside [[walgreens]] before midnight.",
        "we were coming back from the [[h-e-b]] when it started.",
        "we drove to the [[chick fil a]] in denton after church.",
        "she dropped me off outside [[McDonald's]].",
        "he's waiting near the [[target]] on fulton.",
        "they moved me from the [[shell]] off exit nine.",
        "we waited outside [[Target]] until it opened.",
        "he got a job at the [[amazon]] warehouse out by the interstate.",
        "she's been at [[wells fargo]] eleven years.",
        # Where someone banks: "my savings at", "a checking at", "we bank with".
        "my savings at [[navy federal]] account seven zero one one.",
        "somebody got into my checking at [[navy federal]] account number seven.",
        "i opened a checking at [[arvest]] account number two two nine one.",
        "we bank with [[wells fargo]] since the move.",
    ],
)
def test_listed_name_in_a_locating_slot_is_found(lex: Lexicons, marked: str) -> None:
    text, expected = unmark(marked)
    found = [text[start:end] for start, end, _label, _conf in find_known_businesses(text, lex)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "the walmart thing last year still follows me.",
        "google showed a login from another state.",
        "i bought a target gift card for her birthday.",
        "we were standing in a kroger when she called.",
        "she sent me a video on facebook.",
        "we aimed at the target and missed.",
        "i talked to Chase about it yesterday.",
        "there's a gap between what she says and does.",
        "i ran a marathon last spring.",
        "we watched netflix all weekend.",
        "i was at wendy's house till late.",
        "the ups and downs of the week wore me out.",
        "the fedex driver left it on the porch.",
        "i want to stick to my budget this month.",
        "his page is facebook dot com slash something.",
        "my chase account was overdrawn.",
        "i was at costco all afternoon.",
        "we went to chick fil a after church.",
        "I bought it at Walmart in 2019.",
        "i was at the mcdonald's on my break.",
        "the store is owned by walmart now.",
        "he got paid by fedex for the overtime.",
        "my account at amazon got hacked again.",
        "my netflix account was shared with my sister.",
    ],
)
def test_listed_name_outside_a_locating_slot_is_left(lex: Lexicons, text: str) -> None:
    assert list(find_known_businesses(text, lex)) == []


def test_offsets_are_exact(lex: Lexicons) -> None:
    text = "Client: we sat behind the Hy-Vee on Sunday, then drove home from kroger."
    hits = list(find_known_businesses(text, lex))
    assert [(start, end) for start, end, _l, _c in hits] == [
        (text.index("Hy-Vee"), text.index("Hy-Vee") + len("Hy-Vee")),
        (text.index("kroger"), text.index("kroger") + len("kroger")),
    ]
    assert {label for _s, _e, label, _c in hits} == {"LOCATION"}


@pytest.mark.parametrize(
    "marked",
    [
        "Client: my mom came home from [[hy-vee]] late.",
        "Client: I got into it with a guy outside [[Planet Fitness]] last week.",
        "Client: we were parked outside [[chipotle]] when he texted.",
    ],
)
def test_detector_keeps_a_listed_brand_where_it_locates(redactor: Redactor, marked: str) -> None:
    # Brands in not_phi_names ("planet fitness", "chipotle") are spared only where they
    # locate nobody.
    text, expected = unmark(marked)
    spans = redactor.redact(text).spans
    found = [(text[s.start : s.end], s.label) for s in spans if s.label == "LOCATION"]
    assert found == [(e, "LOCATION") for e in expected]
