"""A live recording that keeps going while the window is locked.

The UI's vault closes at lock and its key is wiped. A recording in progress must keep storing
segments, so ``LiveRecording`` runs the RecordingService on its own vault connection, opened
from the UI's vault before any lock (``Vault.open_another_connection``) and locked the moment
the recording ends (stop, abort or a failed start). Only this object holds that key copy, and
only for the life of one recording.

Each final segment is redacted before it is stored (``SegmentRedaction``); the risk kinds the
redactor raises (e.g. self-harm redacted from the text) are added to the session at stop so the
clinician's risk view still shows them (``store_risk_flags``: self-harm only when disclosed or
in doubt, not for a screening question the client clearly denied).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.core.settings import PracticeSettings
from tenor_desktop.services.processing_pipeline import SegmentRedaction, store_risk_flags
from tenor_desktop.services.recording_events import RecordingError, StopResult
from tenor_desktop.services.recording_service import RecordingService
from tenor_desktop.vault.vault import Vault

RecorderBuilder = Callable[[Vault, SegmentRedaction, str], RecordingService]


def engine_for(practice: PracticeSettings, mode: ProcessingMode) -> str:
    """``deepgram`` only when the practice chose it, policy allows cloud and so does the client."""
    cloud = practice.cloud_allowed and mode is ProcessingMode.CLOUD_ALLOWED
    return "deepgram" if practice.transcription_engine == "deepgram" and cloud else "offline"


class LiveRecording:
    """One recording on a private vault connection; call its methods off the UI thread."""

    def __init__(
        self,
        vault: Vault,
        build: RecorderBuilder,
        redaction: Callable[[Vault], SegmentRedaction] = lambda _vault: SegmentRedaction(None),
    ) -> None:
        """Open the private connection; the recorder is built at :meth:`start`.

        Args:
            vault: the UI's open vault (only used to open the second connection).
            build: makes the RecordingService for a client on the private vault, with the
                redaction hook (the client decides the engine: local-only stays offline).
            redaction: makes the per-session redaction (it may read settings from the vault).
        """
        self._vault: Vault | None = vault.open_another_connection()
        self._closing = threading.Lock()
        self._build = build
        self._make_redaction = redaction
        self.redaction = SegmentRedaction(None)
        self.recorder: RecordingService | None = None

    @property
    def session_id(self) -> str | None:
        """The live session, if any."""
        if self._vault is None or self.recorder is None:
            return None
        return self.recorder.session_id

    @property
    def is_open(self) -> bool:
        """True while the private vault connection is open."""
        return self._vault is not None

    def start(self, client_id: str, consent_at: datetime) -> str:
        """Load redaction, build the recorder for this client, start capturing.

        The private connection is closed if any of that fails.
        """
        try:
            if self._vault is None:
                raise RecordingError("This recording has already ended.")
            self.redaction = self._make_redaction(self._vault)
            self.recorder = self._build(self._vault, self.redaction, client_id)
            return self.recorder.start(client_id, consent_at)
        except BaseException:
            self.close()
            raise

    def _live(self) -> RecordingService:
        if self.recorder is None:
            raise RecordingError("No recording is running.")
        return self.recorder

    def pause(self) -> None:
        """Stop listening; transcription of what was captured continues."""
        self._live().pause()

    def resume(self) -> None:
        """Listen again."""
        self._live().resume()

    def restart_capture(self) -> None:
        """Reopen the microphone."""
        self._live().restart_capture()

    def stop(self) -> StopResult:
        """Finish the session, store the redactor's risk kinds, close the connection."""
        try:
            result = self._live().stop()
            self._store_risk_flags(result.session_id)
            return result
        finally:
            self.close()

    def abort(self) -> None:
        """Discard the session and close the connection."""
        try:
            self._live().abort()
        finally:
            self.close()

    def close(self) -> None:
        """Lock the private connection (wipes its key copy); safe to call twice."""
        with self._closing:
            vault, self._vault = self._vault, None
        if vault is not None:
            vault.lock()

    def _store_risk_flags(self, session_id: str) -> None:
        if self._vault is not None:
            store_risk_flags(self._vault, session_id, self.redaction)
