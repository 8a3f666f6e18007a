"""When the Deepgram stream is down: how long, when to try again, and what to tell the UI."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from tenor_desktop.transcription.deepgram_settings import NoticeKind, TranscriberNotice

_log = logging.getLogger(__name__)


class OutageTracker:
    """Reconnect timing (back-off by ``delays_s``) and the lost/reconnected notices."""

    def __init__(self, delays_s: Sequence[float]) -> None:
        self._delays_s = tuple(delays_s)
        self._down_since: float | None = None
        self._ever_connected = False
        self._lost_notified = False  # CONNECTION_LOST was announced; RECONNECTED is owed
        self._attempts = 0
        self._next_attempt = 0.0
        self._notices: list[TranscriberNotice] = []

    def attempt_due(self, now: float) -> bool:
        """True when a new connection may be opened."""
        return now >= self._next_attempt

    def retry_now(self, now: float) -> None:
        """Allow the next connection at once (a stream that ended cleanly)."""
        self._next_attempt = now

    def connecting(self, now: float) -> None:
        """A handshake started: until it succeeds the stream counts as down."""
        if self._down_since is None:
            self._down_since = now

    def down_longer_than(self, limit_s: float, now: float) -> bool:
        """True when the stream has been down for more than ``limit_s``."""
        return self._down_since is not None and now - self._down_since > limit_s

    def opened(self, acked_sample: int) -> None:
        """A stream is open again; a RECONNECTED notice is owed after a lost one."""
        if self._lost_notified:
            self._lost_notified = False
            self._notices.append(
                TranscriberNotice(
                    NoticeKind.RECONNECTED, acked_sample, "Deepgram is back; no audio was lost."
                )
            )
        self._ever_connected = True
        self._down_since = None
        self._attempts = 0

    def lost(self, now: float, acked_sample: int, held_sample_count: int) -> None:
        """The stream closed unexpectedly: note it once and schedule the next attempt."""
        if self._down_since is None:
            self._down_since = now
            if self._ever_connected:
                _log.info("deepgram connection lost; keeping %d samples", held_sample_count)
                self._lost_notified = True
                self._notices.append(
                    TranscriberNotice(
                        NoticeKind.CONNECTION_LOST,
                        acked_sample,
                        "Connection to Deepgram lost; reconnecting. Audio is kept.",
                    )
                )
        self._next_attempt = now + self._delays_s[min(self._attempts, len(self._delays_s) - 1)]
        self._attempts += 1

    def take_notices(self) -> list[TranscriberNotice]:
        """Notices since the last call."""
        taken, self._notices = self._notices, []
        return taken
