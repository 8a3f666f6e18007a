"""Names opening a sentence before a person verb, in either case; everyday openings kept."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _redacted_words(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Skyler hasn't spoken to me in weeks.", "Skyler"),
        ("skyler hasn't spoken to me in weeks.", "skyler"),
        ("Jordan thinks I'm overreacting.", "Jordan"),
        ("jordan thinks i'm overreacting.", "jordan"),
        ("Paisley cried the whole drive home.", "Paisley"),
        ("paisley cried the whole drive home.", "paisley"),
        ("Client: marisol just texted me again.", "marisol"),
        ("It was late. Bexley apologized the next day.", "Bexley"),
        ("jun-ho moved back in with his parents.", "jun-ho"),
        ("Grace called me last night.", "Grace"),
        ("Story asked if we could talk.", "Story"),
        ("Jess from work texted me.", "Jess"),
        ("tamsin from my group called me.", "tamsin"),
        ("i was fine until paisley cried in the car", "paisley"),
        ("we left because skyler yelled at the waiter", "skyler"),
        ("Client: memphis keeps calling me at night.", "memphis"),
    ],
)
def test_a_name_before_a_person_verb_is_redacted(redactor: Redactor, text: str, name: str) -> None:
    assert _redacted_words(redactor, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Faith helps me get through it.",
        "Patience is not my strong suit.",
        "Sunday was fine.",
        "Hope keeps me going.",
        "Anger has been my default.",
        "Anxiety tells me I'm worthless.",
        "Society says I should be married by now.",
        "Guilt kept me awake.",
        "Shame tells me to hide.",
        "Everyone thinks I'm fine.",
        "Mom thinks I'm overreacting.",
        "Texas has changed a lot.",
        "Coworkers talked behind my back.",
        "Life punched me in the face.",
        "Police asked me to leave.",
        "Experience told me otherwise.",
        "Nature called.",
        "Nobody from church called.",
        "Help from work never came.",
        "Kids from the neighborhood yelled at him.",
        "and instead texted my sister",
        "and that girl yelled at me",
        "when anxiety tells me i'm worthless",
    ],
)
def test_an_everyday_word_opening_a_sentence_is_kept(redactor: Redactor, text: str) -> None:
    assert _redacted_words(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("River is in the hospital again.", "River"),
        ("Sky was crying in her room.", "Sky"),
        ("Rain is my son's best friend.", "Rain"),
        ("Lake wants to drop out.", "Lake"),
        ("Grace is pregnant.", "Grace"),
        ("Rose is my best friend.", "Rose"),
        ("Hope was at the party.", "Hope"),
        ("Faith has been sober for a year.", "Faith"),
    ],
)
def test_a_name_that_is_an_everyday_word_stays_a_name(
    redactor: Redactor, text: str, name: str
) -> None:
    assert _redacted_words(redactor, text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Joy is hard to find right now.",
        "Grace is something I'm working on.",
        "Stress has me up at night.",
        "Rage was all I felt.",
    ],
)
def test_a_virtue_or_feeling_opening_a_sentence_is_kept(redactor: Redactor, text: str) -> None:
    assert _redacted_words(redactor, text) == []
