"""Risk flags: the four kinds, clinician questions and denials excluded, evidence per segment."""

from __future__ import annotations

import pytest

from tenor_desktop.notes.risk_detector import RiskDetector
from tenor_desktop.notes.transcript import parse_transcript_text


def _kinds(text: str) -> dict[str, tuple[int, ...]]:
    return {flag.kind: flag.evidence for flag in RiskDetector().detect(parse_transcript_text(text))}


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Some nights I think about killing myself.", "suicidal_ideation"),
        ("I don't want to wake up anymore.", "suicidal_ideation"),
        ("Honestly there is no reason to live.", "suicidal_ideation"),
        ("I've been cutting myself again on my arms.", "self_harm"),
        ("I hurt myself when the panic gets bad.", "self_harm"),
        ("If he comes near my kids I swear I'll kill him.", "harm_to_others"),
        ("I keep thinking I could hurt my neighbour.", "harm_to_others"),
        ("My stepfather hit me when I was twelve.", "abuse_disclosure"),
        ("She choked me during the argument.", "abuse_disclosure"),
        ("I was abused by my coach for years.", "abuse_disclosure"),
    ],
)
def test_client_disclosures_are_flagged(said: str, kind: str) -> None:
    flags = _kinds(f"Therapist: How are things?\nClient: {said}\n")
    assert flags == {kind: (1,)}


@pytest.mark.parametrize(
    "said",
    [
        "I would never hurt myself, I promise.",
        "I'm not suicidal, just tired.",
        "The movie was about a man who moved to the coast.",
        "I told my sister to stop hitting the snooze button.",
    ],
)
def test_denials_and_ordinary_speech_are_not_flagged(said: str) -> None:
    flags = _kinds(f"Therapist: How are things?\nClient: {said}\n")
    assert flags == {}


def test_clinician_screening_questions_are_not_disclosures() -> None:
    text = (
        "Therapist: Have you had any thoughts of killing yourself or hurting yourself?\n"
        "Client: No. Work is stressful but I'm okay.\n"
        "Therapist: Has anyone hit you or threatened you at home?\n"
        "Client: No, nothing like that.\n"
    )
    assert _kinds(text) == {}


def test_evidence_lists_every_segment_in_order() -> None:
    text = (
        "Therapist: Tell me more.\n"
        "Client: Sometimes I think everyone would be better off without me.\n"
        "Client: And he pushed me again last Friday.\n"
        "Client: I even thought about suicide on the bridge.\n"
    )
    assert _kinds(text) == {"suicidal_ideation": (1, 3), "abuse_disclosure": (2,)}


def test_generic_speaker_labels_use_who_asks_questions() -> None:
    text = (
        "Speaker 0: What has been on your mind? How is your sleep?\n"
        "Speaker 1: I want to die some days.\n"
        "Speaker 0: Are you thinking of suicide right now?\n"
    )
    assert _kinds(text) == {"suicidal_ideation": (1,)}
