"""Audio never leaves RAM: an audio import and the streaming transcriber, under an audit hook.

While the recorder is on, the whole import runs for real (decode with PyAV, Whisper tiny.en,
redaction models, vault writes, offline note): the only files opened for writing must be the
vault's own, no tempfile helper may run, nothing may connect to the network, TMPDIR (private
for the test) must stay empty, and no unlinked temp file may be held open. The decoded samples
are observed through a spy around the real decoder and must be all zeros afterwards.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.core.clock import SystemClock
from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.notes.note_writer import NoteWriter
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.services.processing_pipeline import ImportPipeline, RedactionModelsCache
from tenor_desktop.services.workspace_service import WorkspaceService
from tenor_desktop.transcription import file_audio
from tenor_desktop.transcription.deepgram_settings import CloudNotAllowedError
from tenor_desktop.transcription.factory import create_transcriber
from tenor_desktop.transcription.file_audio import decode_audio_file
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber
from tenor_desktop.transcription.protocol import SAMPLE_RATE
from tenor_desktop.vault.repositories import SegmentRepository
from tenor_desktop.vault.vault import Vault
from tests.privacy.audit_watch import AuditRecord, AuditRecorder, open_deleted_files
from tests.privacy.conftest import PASSPHRASE, REPO_ROOT

pytestmark = pytest.mark.slow

SELFTEST_CLIP = REPO_ROOT / "resources" / "selftest" / "selftest-speech.flac"


@pytest.fixture
def private_tmpdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """TMPDIR (for Python and for SQLite) pointed at an empty directory the test watches."""
    directory = tmp_path / "tmpdir"
    directory.mkdir()
    monkeypatch.setenv("TMPDIR", str(directory))
    monkeypatch.setenv("SQLITE_TMPDIR", str(directory))
    monkeypatch.setattr(tempfile, "tempdir", str(directory))
    yield directory


def assert_nothing_escaped(record: AuditRecord, allowed: Path, tmpdir: Path) -> None:
    """The common audit assertions."""
    assert record.writes_outside(allowed) == []
    assert record.temp_files == []
    assert record.network == []
    assert list(tmpdir.iterdir()) == []


def test_audio_import_writes_only_the_vault(
    tmp_path: Path,
    private_tmpdir: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    audio = tmp_path / "incoming" / "session.flac"
    audio.parent.mkdir()
    shutil.copyfile(SELFTEST_CLIP, audio)
    original = audio.read_bytes()
    vault_dir = tmp_path / "vault"
    Vault.create(vault_dir, PASSPHRASE).lock()
    decoded: list[tuple[np.ndarray, float]] = []

    def spying_decoder(path: Path) -> np.ndarray:
        pcm = decode_audio_file(path)  # the real decoder; the spy only keeps a reference
        decoded.append((pcm, float(np.abs(pcm).max())))
        return pcm

    monkeypatch.setattr(file_audio, "decode_audio_file", spying_decoder)
    caplog.set_level(logging.DEBUG)  # every logger, ours and the libraries'
    recorder = AuditRecorder.shared()
    already_open = set(open_deleted_files())  # pytest's own capture files
    with recorder.recording() as record:
        vault = Vault.unlock(vault_dir, PASSPHRASE, clock=SystemClock())
        try:
            workspace = WorkspaceService(
                vault, note_writer=NoteWriter(TemplateLibrary.with_user_dir(None))
            )
            result = ImportPipeline(workspace, RedactionModelsCache()).run(audio, "Client A")
            segments = SegmentRepository(vault).list(result.session_id)
        finally:
            vault.lock()
        leftover_handles = set(open_deleted_files()) - already_open

    # positive controls: the pipeline really ran and the hook really saw file activity
    assert result.segment_count > 0 and segments
    assert any(s.text.strip() for s in segments)
    assert record.opened_for_reading  # the hook was on (model and resource files were read)

    assert_nothing_escaped(record, vault_dir, private_tmpdir)
    assert leftover_handles == set()
    assert sorted(p.name for p in audio.parent.iterdir()) == ["session.flac"]
    assert audio.read_bytes() == original  # the original is never modified
    assert sorted(p.name for p in vault_dir.iterdir()) == ["vault.db", "vault.key"]

    # what was said never reaches a log record, at any level
    logged = "\n".join(entry.getMessage() for entry in caplog.records)
    assert caplog.records  # control: the libraries did log (faster-whisper, presidio, ...)
    for segment in segments:
        assert segment.text.strip() not in logged
    assert "transcription works" not in logged.lower()

    ((pcm, peak_when_decoded),) = decoded
    assert peak_when_decoded > 0.01  # it held real audio once
    assert not np.any(pcm), "the decoded samples were not zeroed after transcription"


def test_recorder_catches_writes_temp_files_and_sockets(tmp_path: Path) -> None:
    """Self-test of the audit recorder: each kind of escape it claims to see, it sees."""
    import socket

    recorder = AuditRecorder.shared()
    with recorder.recording() as record:
        (tmp_path / "written.bin").write_bytes(b"pcm")
        handle, name = tempfile.mkstemp(dir=tmp_path)
        import os

        os.close(handle)
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.sendto(b"x", ("127.0.0.1", 9))
    assert record.writes_outside(tmp_path / "elsewhere") == [str(tmp_path / "written.bin"), name]
    assert record.temp_files == [name]
    assert len(record.network) == 1


def test_streaming_transcriber_keeps_audio_in_memory(private_tmpdir: Path) -> None:
    pcm = decode_audio_file(SELFTEST_CLIP)
    recorder = AuditRecorder.shared()
    already_open = set(open_deleted_files())  # pytest's own capture files
    with recorder.recording() as record:
        engine = OfflineTranscriber("tiny")
        events = []
        block = SAMPLE_RATE // 2
        for start in range(0, len(pcm), block):
            engine.feed(pcm[start : start + block], start)
            events.extend(engine.poll())
        events.extend(engine.finish())
        engine.close()
        leftover_handles = set(open_deleted_files()) - already_open
    assert any(event.text.strip() for event in events)  # it really transcribed
    assert_nothing_escaped(record, private_tmpdir, private_tmpdir)
    assert record.writes == []
    assert leftover_handles == set()
    # the engine's own copy of the audio is zeroed on close
    window = engine._window
    assert not np.any(window._data)


@pytest.mark.parametrize("mode", [ProcessingMode.LOCAL_ONLY, "local_only"])
def test_local_only_client_audio_never_goes_to_deepgram(mode: ProcessingMode | str) -> None:
    asked_for_key: list[bool] = []

    def api_key() -> str:
        asked_for_key.append(True)
        return "dg-test-key"

    with AuditRecorder.shared().recording() as record:
        with pytest.raises(CloudNotAllowedError) as refused:
            create_transcriber("deepgram", mode, deepgram_api_key=api_key)
    assert asked_for_key == [] and record.network == []
    assert "dg-test-key" not in str(refused.value)
