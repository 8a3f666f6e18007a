"""Self-harm risk flag: "asked and denied" is not a disclosure; everything else in doubt is.

Topic spans are marked by hand (the sentences the topic detector marks as SELF_HARM), so these
cases test the flag's rules, not the detector's recall.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction.risk_screening import (
    DISCLOSED,
    SCREENED_DENIED,
    TurnSignal,
    is_denial,
    is_screening_question,
    line_signals,
    self_harm_finding,
    with_speakers,
)
from tenor_desktop.redaction.spans import TopicSpan

QUESTION = "Have you had any thoughts of hurting yourself?"


def _finding(text: str, *self_harm: str) -> str | None:
    """The finding for ``text`` with each of ``self_harm`` (substrings) marked SELF_HARM."""
    topics = [_span(text, sentence) for sentence in self_harm]
    return self_harm_finding(line_signals(text, topics))


def _span(text: str, sentence: str) -> TopicSpan:
    start = text.index(sentence)
    return TopicSpan(start, start + len(sentence), "SELF_HARM", 0.9)


def test_screening_question_denied_raises_no_flag() -> None:
    text = (
        "Therapist: How was your week?\n"
        "Client: Busy, work was a lot.\n"
        f"Therapist: {QUESTION}\n"
        "Client: No, nothing like that.\n"
        "Therapist: Good. Let's talk about sleep."
    )
    assert _finding(text, QUESTION) == SCREENED_DENIED


def test_screening_question_answered_yes_flags() -> None:
    text = f"Therapist: {QUESTION}\nClient: Yes, twice."
    assert _finding(text, QUESTION) == DISCLOSED
    # The answer carried to SELF_HARM (as the detector does after the question) flags too.
    assert _finding(text, QUESTION, "Yes, twice.") == DISCLOSED


def test_screening_question_without_an_answer_flags() -> None:
    assert _finding(f"Therapist: {QUESTION}\nClient: Hmm.", QUESTION) == DISCLOSED
    assert _finding(f"Client: Okay.\nTherapist: {QUESTION}", QUESTION) == DISCLOSED
    # The clinician moves on before the client answers: the "no" answers something else.
    text = f"Therapist: {QUESTION} And how is your sleep?\nClient: No."
    assert _finding(text, QUESTION) == DISCLOSED


def test_clinician_restatement_flags() -> None:
    restated = "So you cut yourself last week."
    text = f"Therapist: {restated}\nClient: No."
    assert _finding(text, restated) == DISCLOSED
    # A tag question is still a restatement; so is a question presupposing the act.
    tagged = "You cut yourself last week, right?"
    assert _finding(f"Therapist: {tagged}\nClient: No.", tagged) == DISCLOSED
    again = "Have you cut yourself again?"
    assert _finding(f"Therapist: {again}\nClient: No.", again) == DISCLOSED


def test_client_disclosure_flags() -> None:
    said = "I have been cutting myself again when it gets bad."
    text = f"Therapist: {QUESTION}\nClient: No.\nClient: {said}"
    assert _finding(text, QUESTION, said) == DISCLOSED
    assert _finding(f"Therapist: How was the week?\nClient: {said}", said) == DISCLOSED


def test_no_speaker_labels_flags() -> None:
    assert _finding(f"{QUESTION}\nNo, nothing like that.", QUESTION) == DISCLOSED
    assert _finding(QUESTION, QUESTION) == DISCLOSED


def test_a_hedged_answer_flags() -> None:
    for answer in ("No, not really.", "No, not lately.", "No. But I thought about it Sunday."):
        assert _finding(f"Therapist: {QUESTION}\nClient: {answer}", QUESTION) == DISCLOSED


def test_generic_labels_find_the_clinician_as_the_speaker_who_asks() -> None:
    text = (
        "Speaker 1: How was your week?\n"
        "Speaker 2: Fine.\n"
        f"Speaker 1: {QUESTION}\n"
        "Speaker 2: Nope.\n"
        "Speaker 1: And how is sleep?\n"
        "Speaker 2: Okay I guess."
    )
    assert _finding(text, QUESTION) == SCREENED_DENIED
    # Nobody clearly asks the most: nobody is the clinician, the question flags.
    even = f"Speaker 1: {QUESTION}\nSpeaker 2: No.\nSpeaker 1: Okay.\nSpeaker 2: What now?"
    assert _finding(even, QUESTION) == DISCLOSED


def test_segments_take_their_stored_speakers() -> None:
    segments = [
        line_signals(QUESTION, [_span(QUESTION, QUESTION)]),
        line_signals("No, I haven't.", []),
    ]
    named = with_speakers(segments, ["Therapist", "Client"])
    assert self_harm_finding(named) == SCREENED_DENIED
    assert self_harm_finding(with_speakers(segments, [None, None])) == DISCLOSED
    # One speaker for everything: no clinician is known, so the question flags.
    assert self_harm_finding(with_speakers(segments, ["speaker_0", "speaker_0"])) == DISCLOSED


def test_no_self_harm_span_no_finding() -> None:
    assert _finding("Therapist: How are you?\nClient: Fine.") is None


def test_signals_hold_labels_only() -> None:
    signals = line_signals(f"Therapist: {QUESTION}\nClient: No.", [])
    assert all(isinstance(s, TurnSignal) for s in signals)
    fields = {f for s in signals for f in (s.asks, s.self_harm, s.screening, s.denies)}
    assert fields <= {True, False}
    assert [s.speaker for s in signals] == ["Therapist", "Client"]


@pytest.mark.parametrize(
    "answer",
    [
        "No.",
        "Nope",
        "never",
        "Not at all.",
        "No, nothing like that.",
        "No I haven't.",
        "No, no, I haven't had any thoughts like that.",
        "Um, no, I'm okay.",
        "I haven't.",
    ],
)
def test_short_negative_answers_deny(answer: str) -> None:
    assert is_denial(answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Yes, twice.",
        "Not really.",
        "No, not since March.",
        "No, but sometimes I think about it.",
        "I don't know.",
        "",
        "No no no no no no no no no no no no no",
    ],
)
def test_other_answers_do_not_deny(answer: str) -> None:
    assert not is_denial(answer)


@pytest.mark.parametrize(
    ("sentence", "screens"),
    [
        (QUESTION, True),
        ("Any thoughts of hurting yourself or ending your life?", True),
        ("I have to ask, have you had thoughts of hurting yourself?", True),
        ("In the past two weeks, have you hurt yourself in any way?", True),
        ("Do you ever think about hurting yourself", True),
        ("How often do you cut yourself?", False),
        ("Are you still cutting?", False),
        ("You said you hurt yourself, did it help?", False),
        ("So you cut yourself last week.", False),
        ("Have you hurt yourself? You did last month.", False),
        ("Any thoughts of suicide?", True),
        ("With all this pressure, have you had any thoughts of hurting yourself?", True),
        ("when things pile up like this do you ever have thoughts of not wanting to be here", True),
        ("Can I ask if you're having thoughts of ending your life?", True),
        ("When you say done, do you mean ending your life?", False),
        ("Has she said anything about wanting to die?", False),
        ("Those are thoughts of suicide, are you having them today?", False),
        ("A goodbye note, were you planning to kill yourself that night?", False),
        ("Was that the first time you used a lighter on yourself?", False),
        ("Would you be willing to give the razor to your sister?", False),
    ],
)
def test_screening_questions(sentence: str, screens: bool) -> None:
    assert is_screening_question(sentence) is screens
