"""Settings, errors and status notices of the Deepgram live engine.

Hierarchy::

    TranscriptionError
     └── DeepgramError                  any Deepgram engine failure
          ├── CloudNotAllowedError      the client's processing mode is local only
          └── DeepgramUnavailableError  the service stayed unreachable, refused the key, or
                                        unacknowledged audio would overflow the buffer

Security rule: messages and notices carry error kinds and counts, never the API key,
transcript text or audio.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tenor_desktop.transcription.errors import TranscriptionError

DEEPGRAM_PRODUCTION_WS = "wss://api.deepgram.com"


class DeepgramError(TranscriptionError):
    """A Deepgram engine problem."""


class CloudNotAllowedError(DeepgramError):
    """Cloud transcription was requested for a client whose data must stay on this computer."""


class FailureKind(StrEnum):
    """Why the Deepgram engine gave up (the fallback engine takes over)."""

    OUTAGE = "outage"  # not reconnected within DeepgramSettings.max_outage_s
    BUFFER_FULL = "buffer_full"  # unacknowledged audio would exceed the buffer
    AUTH_REJECTED = "auth_rejected"  # the service refused the API key
    FINISH_TIMEOUT = "finish_timeout"  # final results did not arrive in time at the end
    NO_API_KEY = "no_api_key"  # the secret store has no key (or is locked)


_FAILURE_MESSAGES = {
    FailureKind.OUTAGE: "Deepgram could not be reached for too long.",
    FailureKind.BUFFER_FULL: "Too much audio is waiting for Deepgram.",
    FailureKind.AUTH_REJECTED: "Deepgram refused the API key. Check it in Settings.",
    FailureKind.FINISH_TIMEOUT: "Deepgram did not return the final transcript in time.",
    FailureKind.NO_API_KEY: "No Deepgram API key is available. Add it in Settings.",
}


class DeepgramUnavailableError(DeepgramError):
    """The engine cannot continue; its unacknowledged audio is still available for hand-over."""

    def __init__(self, kind: FailureKind) -> None:
        super().__init__(_FAILURE_MESSAGES[kind])
        self.kind = kind


class NoticeKind(StrEnum):
    """Status changes the UI may show while recording."""

    CONNECTION_LOST = "connection_lost"  # Deepgram dropped; audio is kept, reconnecting
    RECONNECTED = "reconnected"  # back online; kept audio replayed
    SWITCHED_TO_OFFLINE = "switched_to_offline"  # the offline engine continues the session


@dataclass(frozen=True)
class TranscriberNotice:
    """A status change: ``message`` for the user, ``at_sample`` the session position.

    ``reason`` is a :class:`FailureKind` value for ``SWITCHED_TO_OFFLINE``, else empty.
    """

    kind: NoticeKind
    at_sample: int
    message: str
    reason: str = ""


@dataclass(frozen=True)
class DeepgramSettings:
    """Connection and resilience settings; the defaults are the production choices.

    Args:
        base_url: websocket base (``wss://api.deepgram.com``; a loopback fake in tests).
        http_base_url: REST base; derived from ``base_url`` when empty.
        model: Deepgram model id.
        diarize: ask Deepgram for speaker labels.
        keepalive_interval_s: send ``KeepAlive`` when nothing was sent for this long
            (Deepgram closes a silent stream after about 10 s).
        finalize_after_idle_s: send ``Finalize`` once when no audio arrived for this long (pause).
        max_outage_s: how long to keep reconnecting before handing over to the fallback.
        stall_timeout_s: a stream that carries unacknowledged audio but has sent nothing back
            for this long counts as dropped (half-open TCP after a network change).
        max_unacknowledged_s: most audio held for replay before handing over.
        reconnect_delays_s: waits between reconnect attempts (the last one repeats).
        finish_timeout_s: how long ``finish()`` waits for the final results.
        utterance_end_ms: silence that ends an utterance (Deepgram ``UtteranceEnd``).
    """

    base_url: str = DEEPGRAM_PRODUCTION_WS
    http_base_url: str = ""
    model: str = "nova-3"
    diarize: bool = True
    keepalive_interval_s: float = 4.0
    finalize_after_idle_s: float = 1.5
    max_outage_s: float = 30.0
    stall_timeout_s: float = 15.0
    max_unacknowledged_s: float = 600.0
    reconnect_delays_s: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0)
    finish_timeout_s: float = 20.0
    utterance_end_ms: int = 1000

    def rest_base_url(self) -> str:
        """The REST base URL: explicit, or ws(s) replaced by http(s)."""
        if self.http_base_url:
            return self.http_base_url
        if self.base_url.startswith("wss://"):
            return "https://" + self.base_url.removeprefix("wss://")
        return "http://" + self.base_url.removeprefix("ws://")

    def stream_options(self, sample_rate: int) -> dict[str, str]:
        """Query parameters of the live request; ``mip_opt_out`` is always on (privacy rule)."""
        return {
            "model": self.model,
            "encoding": "linear16",
            "sample_rate": str(sample_rate),
            "channels": "1",
            "interim_results": "true",
            "smart_format": "true",
            "punctuate": "true",
            "diarize": "true" if self.diarize else "false",
            "utterance_end_ms": str(self.utterance_end_ms),
            "vad_events": "true",
            # Never let Deepgram keep session audio for its model-improvement programme.
            "mip_opt_out": "true",
        }
