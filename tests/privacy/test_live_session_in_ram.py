"""A live session keeps audio in RAM: RecordingService with the real offline engine, audited.

The only stand-in is the microphone: a source thread writes the bundled speech clip into the
session's SecureRingBuffer, as the PortAudio callback would. Everything else is real (Whisper
tiny.en, the identifier redactor, the SQLCipher vault). Under the audit hook the session must
write only the vault's files, create no temp file and touch no network; after ``stop()`` every
byte of the ring, read through its public read-only memory view, is zero.
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.audio.ring_buffer import SecureRingBuffer
from tenor_desktop.core.settings import PracticeSettings
from tenor_desktop.redaction.redactor import RedactionModels
from tenor_desktop.services.deletion_service import DeletionService
from tenor_desktop.services.processing_pipeline import RedactionModelsCache, SegmentRedaction
from tenor_desktop.services.recording_service import RecordingService
from tenor_desktop.transcription.file_audio import decode_audio_file
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber
from tenor_desktop.vault.repositories import ClientRepository, SegmentRepository, SessionRepository
from tenor_desktop.vault.vault import Vault
from tests.privacy.audit_watch import AuditRecorder, open_deleted_files
from tests.privacy.conftest import PASSPHRASE, REPO_ROOT

pytestmark = pytest.mark.slow

SELFTEST_CLIP = REPO_ROOT / "resources" / "selftest" / "selftest-speech.flac"
BLOCK = 320  # 20 ms, the size of a PortAudio block


class ClipMicrophone:
    """Writes a clip into the ring at ``speed`` times real time, like a capture callback."""

    def __init__(self, ring: SecureRingBuffer, clip: np.ndarray, speed: float = 4.0) -> None:
        self.ring = ring
        self.clip = clip
        self.speed = speed
        self.done = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.peak_written = 0.0

    def start(self) -> None:
        """Begin delivering audio."""
        self._thread.start()

    def pause(self) -> None:
        """Not needed by this test."""

    def resume(self) -> None:
        """Not needed by this test."""

    def stop(self) -> None:
        """Deliver what is pending, then stop."""
        self._stopping.set()
        self._thread.join()

    def _run(self) -> None:
        position = 0
        while position < len(self.clip) and not self._stopping.is_set():
            count = min(BLOCK, len(self.clip) - position, self.ring.free_space())
            if count > 0:
                block = self.clip[position : position + count]
                self.peak_written = max(self.peak_written, float(np.abs(block).max()))
                position += self.ring.write(block)
            time.sleep(BLOCK / 16_000 / self.speed)
        self.done.set()


@pytest.fixture
def private_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR (Python and SQLite) pointed at an empty directory the test watches."""
    directory = tmp_path / "tmpdir"
    directory.mkdir()
    monkeypatch.setenv("TMPDIR", str(directory))
    monkeypatch.setenv("SQLITE_TMPDIR", str(directory))
    monkeypatch.setattr(tempfile, "tempdir", str(directory))
    yield directory


def test_live_session_audio_never_leaves_ram(tmp_path: Path, private_tmpdir: Path) -> None:
    clip = decode_audio_file(SELFTEST_CLIP)
    # a little silence after the speech so the engine sees the utterance end
    clip = np.concatenate([clip, np.zeros(16_000, dtype=np.float32)])
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSPHRASE).lock()
    microphones: list[ClipMicrophone] = []

    def microphone(ring: SecureRingBuffer, _emit: object) -> ClipMicrophone:
        microphones.append(ClipMicrophone(ring, clip))
        return microphones[-1]

    already_open = set(open_deleted_files())
    with AuditRecorder.shared().recording() as record:
        vault = Vault.unlock(vault_dir, PASSPHRASE)
        try:
            models = RedactionModelsCache(lambda: RedactionModels.load(with_encoder=False))
            recorder = RecordingService(
                SessionRepository(vault),
                SegmentRepository(vault),
                transcriber_factory=lambda: OfflineTranscriber("tiny"),
                capture_factory=microphone,
                discard_transcript=DeletionService(vault).delete_transcript,
                redact=SegmentRedaction.for_practice(PracticeSettings(), models),
            )
            client = ClientRepository(vault).add("Client L")
            session_id = recorder.start(client.id, datetime.now(UTC))
            assert microphones[0].done.wait(120)
            result = recorder.stop()
            ring = recorder.buffer
            stored = SegmentRepository(vault).list(session_id)
        finally:
            vault.lock()
        new_handles = set(open_deleted_files()) - already_open

    # positive controls: real speech went through the ring and came out as text
    assert microphones[0].peak_written > 0.01
    assert result.segment_count > 0 and stored and result.text.strip()
    assert record.opened_for_reading  # the hook was on

    assert result.audio_cleared
    assert ring is not None
    assert not np.frombuffer(ring.memory_view(), dtype=np.uint8).any()  # every byte
    assert record.writes_outside(vault_dir) == []
    assert record.temp_files == []
    assert record.network == []
    assert list(private_tmpdir.iterdir()) == []
    assert new_handles == set()
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db", "vault.key"]
