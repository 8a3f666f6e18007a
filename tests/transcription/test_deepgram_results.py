"""Deepgram ``Results`` messages, parsed by the SDK itself, become session-clock events."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tenor_desktop.transcription.deepgram_results import (
    results_to_events,
    speaker_label,
    stream_end_sample,
)
from tenor_desktop.transcription.protocol import SAMPLE_RATE, EventKind

# deepgram-sdk 7.x imports websockets' deprecated legacy names.
pytestmark = [
    pytest.mark.filterwarnings("ignore:websockets.legacy is deprecated:DeprecationWarning"),
    pytest.mark.filterwarnings(
        "ignore:websockets.exceptions.InvalidStatusCode is deprecated:DeprecationWarning"
    ),
]


def parse(message: dict[str, Any]) -> Any:
    """Parse like the SDK's socket client does for every text frame."""
    from deepgram.core.unchecked_base_model import construct_type
    from deepgram.listen.v1.socket_client import V1SocketClientResponse

    wire = json.loads(json.dumps(message))
    return construct_type(type_=V1SocketClientResponse, object_=wire)  # type: ignore[arg-type]


def word(text: str, start: float, end: float, speaker: int) -> dict[str, Any]:
    return {
        "word": text.lower().strip(".,"),
        "punctuated_word": text,
        "start": start,
        "end": end,
        "confidence": 0.9,
        "speaker": speaker,
    }


def results(words: list[dict[str, Any]], *, is_final: bool, start: float, duration: float) -> Any:
    return parse(
        {
            "type": "Results",
            "channel_index": [0, 1],
            "duration": duration,
            "start": start,
            "is_final": is_final,
            "speech_final": is_final,
            "from_finalize": False,
            "channel": {
                "alternatives": [
                    {
                        "transcript": " ".join(w["punctuated_word"] for w in words),
                        "confidence": 0.9,
                        "words": words,
                    }
                ]
            },
            "metadata": {
                "request_id": "r-1",
                "model_info": {"name": "general-nova-3", "version": "1", "arch": "nova-3"},
                "model_uuid": "u-1",
            },
        }
    )


def test_a_final_with_two_speakers_becomes_one_event_per_speaker_turn() -> None:
    message = results(
        [
            word("How", 0.5, 0.7, 0),
            word("are", 0.7, 0.8, 0),
            word("you?", 0.8, 1.1, 0),
            word("Fine,", 1.6, 1.9, 1),
            word("thanks.", 1.9, 2.3, 1),
        ],
        is_final=True,
        start=0.0,
        duration=2.5,
    )
    origin = 10 * SAMPLE_RATE  # this stream began 10 s into the session (after a reconnect)
    events = results_to_events(message, origin)

    assert [(e.kind, e.speaker, e.text, e.start_ms, e.end_ms) for e in events] == [
        (EventKind.FINAL, "Speaker 1", "How are you?", 10_500, 11_100),
        (EventKind.FINAL, "Speaker 2", "Fine, thanks.", 11_600, 12_300),
    ]
    assert all(e.confidence == pytest.approx(0.9) for e in events)
    assert stream_end_sample(message, origin) == origin + int(2.5 * SAMPLE_RATE)


def test_interim_results_are_one_partial_and_silence_yields_nothing() -> None:
    interim = results(
        [word("Fine,", 1.6, 1.9, 1), word("tha", 1.9, 2.0, 0)],
        is_final=False,
        start=1.0,
        duration=1.0,
    )
    (partial,) = results_to_events(interim, 0)
    assert partial.kind is EventKind.PARTIAL and partial.text == "Fine, tha"
    assert results_to_events(results([], is_final=True, start=2.5, duration=1.0), 0) == []
    assert speaker_label(None) == "Speaker 1" and speaker_label(3) == "Speaker 4"
