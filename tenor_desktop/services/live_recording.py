"""A live recording that keeps going while the window is locked.

The UI's vault closes at lock and its key is wiped. A recording in progress must keep storing
segments, so ``LiveRecording`` runs the RecordingService on its own vault connection, opened
from the UI's vault before any lock (``Vault.open_another_connection``) and locked the moment
the recording ends (stop, abort or a failed start). Only this object holds that key copy, and
only for the life of one recording.

Each final segment is redacted before it is stored (``SegmentRedaction``); the risk kinds the
redactor raises (e.g. self-harm redacted from the text) are added to the session at stop so the
clinician's risk view still shows them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from tenor_desktop.services.processing_pipeline import SegmentRedaction
from tenor_desktop.services.recording_events import StopResult
from tenor_desktop.services.recording_service import RecordingService
from tenor_desktop.vault.repositories import SessionRepository
from tenor_desktop.vault.vault import Vault

# Topic categories map onto the note's risk-flag vocabulary where one exists.
_RISK_KINDS = {"SELF_HARM": "self_harm", "ABUSE": "abuse_disclosure"}

RecorderBuilder = Callable[[Vault, SegmentRedaction], RecordingService]


class LiveRecording:
    """One recording on a private vault connection; call its methods off the UI thread."""

    def __init__(
        self,
        vault: Vault,
        build: RecorderBuilder,
        redaction: Callable[[Vault], SegmentRedaction] = lambda _vault: SegmentRedaction(None),
    ) -> None:
        """Open the private connection and build the recorder on it.

        Args:
            vault: the UI's open vault (only used to open the second connection).
            build: makes the RecordingService on the private vault with the redaction hook.
            redaction: makes the per-session redaction (it may read settings from the vault).
        """
        self._vault: Vault | None = vault.open_another_connection()
        self._closing = threading.Lock()
        try:
            self.redaction = redaction(self._vault)
            self.recorder = build(self._vault, self.redaction)
        except BaseException:
            self.close()
            raise

    @property
    def session_id(self) -> str | None:
        """The live session, if any."""
        return self.recorder.session_id if self._vault is not None else None

    @property
    def is_open(self) -> bool:
        """True while the private vault connection is open."""
        return self._vault is not None

    def start(self, client_id: str, consent_at: datetime) -> str:
        """Create the session and start capturing; closes the connection if that fails."""
        try:
            return self.recorder.start(client_id, consent_at)
        except BaseException:
            self.close()
            raise

    def pause(self) -> None:
        """Stop listening; transcription of what was captured continues."""
        self.recorder.pause()

    def resume(self) -> None:
        """Listen again."""
        self.recorder.resume()

    def restart_capture(self) -> None:
        """Reopen the microphone."""
        self.recorder.restart_capture()

    def stop(self) -> StopResult:
        """Finish the session, store the redactor's risk kinds, close the connection."""
        try:
            result = self.recorder.stop()
            self._store_risk_flags(result.session_id)
            return result
        finally:
            self.close()

    def abort(self) -> None:
        """Discard the session and close the connection."""
        try:
            self.recorder.abort()
        finally:
            self.close()

    def close(self) -> None:
        """Lock the private connection (wipes its key copy); safe to call twice."""
        with self._closing:
            vault, self._vault = self._vault, None
        if vault is not None:
            vault.lock()

    def _store_risk_flags(self, session_id: str) -> None:
        kinds = {_RISK_KINDS.get(flag, flag.lower()) for flag in self.redaction.risk_flags}
        if not kinds or self._vault is None:
            return
        sessions = SessionRepository(self._vault)
        existing = set(sessions.get(session_id).risk_flags)
        sessions.set_risk_flags(session_id, sorted(existing | kinds))
