"""The transcription worker reads the ring into one scratch block and wipes it after each feed."""

from __future__ import annotations

import numpy as np

from tenor_desktop.audio.ring_buffer import SecureRingBuffer
from tenor_desktop.services.recording_events import RecordingEvent
from tenor_desktop.services.recording_worker import TranscriptionWorker
from tenor_desktop.transcription.protocol import Pcm, TranscriptEvent


class KeepingTranscriber:
    """Keeps a reference to every array it is fed (what a careless engine might do)."""

    def __init__(self) -> None:
        self.fed: list[Pcm] = []
        self.copies: list[Pcm] = []
        self.fed_end = 0
        self.closed = False

    @property
    def name(self) -> str:
        return "keeping"

    def feed(self, pcm: Pcm, start_sample: int) -> None:
        assert start_sample == self.fed_end
        self.fed.append(pcm)
        self.copies.append(pcm.copy())  # what the engine saw at the time, for the check below
        self.fed_end += len(pcm)

    def poll(self) -> list[TranscriptEvent]:
        return []

    def acknowledged_sample(self) -> int:
        return self.fed_end

    def finish(self) -> list[TranscriptEvent]:
        return []

    def close(self) -> None:
        self.closed = True


def test_fed_blocks_are_one_reused_buffer_that_is_zeroed_after_each_feed() -> None:
    ring = SecureRingBuffer(16_000 * 4)
    audio = (np.random.default_rng(3).standard_normal(16_000 * 3) * 0.1 + 0.5).astype(np.float32)
    assert ring.write(audio) == len(audio)
    engine = KeepingTranscriber()
    events: list[RecordingEvent] = []
    worker = TranscriptionWorker("session", ring, engine, lambda _event: None, events.append)
    worker.start()
    worker.finish()

    assert not events  # no failure reported
    # The engine got every sample.
    np.testing.assert_array_equal(np.concatenate(engine.copies), audio)
    assert len(engine.fed) >= 2
    scratch = engine.fed[0].base if engine.fed[0].base is not None else engine.fed[0]
    for block in engine.fed:  # no fresh copy per block: every block is a view of one buffer
        assert np.shares_memory(block, scratch)
    assert not np.asarray(scratch).any()  # and that buffer holds no audio afterwards
    assert all(not block.any() for block in engine.fed)
    assert worker._scratch is scratch or np.shares_memory(worker._scratch, scratch)
    assert engine.closed
    ring.close()
    assert ring.is_zero()
    for copy in engine.copies:
        copy.fill(0.0)
