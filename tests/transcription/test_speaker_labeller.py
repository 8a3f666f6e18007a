"""Speaker labels placed off the transcription path: late results, bounded queue, zeroed copies."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from tenor_desktop.transcription.diarization import OnlineSpeakerClustering
from tenor_desktop.transcription.protocol import EventKind, Pcm
from tenor_desktop.transcription.speaker_labeller import (
    MAX_EMBED_SECONDS,
    DeferredSpeakerLabeller,
    speaker_events,
    spread_excerpt,
)
from tests.transcription.speech import SENTENCES, VOICES, speak

FOUR_VOICES = ("en-us+m3", "en-us+f4", "en-us+m7", "en-us+f2")


class RecordingTracker:
    """Labels by the sign of the audio's mean; keeps what it was given, can be held up."""

    def __init__(self) -> None:
        self.seen: list[Pcm] = []
        self.gate = threading.Event()
        self.gate.set()
        self.entered = threading.Event()

    def label(self, pcm: Pcm) -> str:
        self.entered.set()
        self.gate.wait(30)
        self.seen.append(pcm)
        return "Speaker 1" if float(pcm.mean()) >= 0 else "Speaker 2"


def tone(seconds: float, level: float) -> Pcm:
    return np.full(int(seconds * 16_000), level, dtype=np.float32)


def test_excerpt_is_a_capped_copy_spread_over_the_segment() -> None:
    short = np.arange(16_000, dtype=np.float32)
    copy = spread_excerpt(short)
    assert np.array_equal(copy, short) and not np.shares_memory(copy, short)
    long = np.arange(20 * 16_000, dtype=np.float32)
    excerpt = spread_excerpt(long)
    assert len(excerpt) <= MAX_EMBED_SECONDS * 16_000
    assert not np.shares_memory(excerpt, long)
    assert excerpt[0] == 0 and excerpt[-1] == long[-1]  # first piece at the start, last at the end
    middle = excerpt[len(excerpt) // 2]
    assert 8 * 16_000 < middle < 12 * 16_000  # and one from the middle


def test_late_labels_are_reported_only_when_they_differ_and_copies_are_zeroed() -> None:
    tracker = RecordingTracker()
    labeller = DeferredSpeakerLabeller(tracker)
    try:
        segment = tone(1.0, -0.2)
        labeller.submit((0, 1000), segment, labeller.provisional())
        labeller.wait_idle()
        assert labeller.take() == [((0, 1000), "Speaker 2")]
        assert labeller.provisional() == "Speaker 2"  # the next segment is shown as the last
        labeller.submit((1000, 2000), tone(1.0, -0.1), labeller.provisional())
        labeller.wait_idle()
        assert labeller.take() == []  # shown right: nothing to correct
        assert segment.min() == -0.2  # the caller's audio is untouched
        assert len(tracker.seen) == 2
        assert all(not clip.any() for clip in tracker.seen)  # the labeller's copies are wiped
    finally:
        labeller.close()
    events = speaker_events([((0, 1000), "Speaker 2")])
    assert [(e.kind, e.start_ms, e.end_ms, e.text, e.speaker) for e in events] == [
        (EventKind.SPEAKER, 0, 1000, "", "Speaker 2")
    ]


def test_the_queue_is_bounded_and_closing_wipes_what_waits() -> None:
    tracker = RecordingTracker()
    tracker.gate.clear()  # the labelling thread is busy with the first segment
    labeller = DeferredSpeakerLabeller(tracker, max_pending=2)
    labeller.submit((0, 1000), tone(1.0, 0.3), "Speaker 1")
    assert tracker.entered.wait(30)
    waiting = [tone(1.0, 0.3) for _ in range(4)]
    for index, clip in enumerate(waiting):
        labeller.submit((1000 * (index + 1), 1000 * (index + 2)), clip, "Speaker 1")
    assert labeller.skipped == 2  # two wait, two keep their provisional label
    queued = [job.audio for job in labeller._queue]
    assert len(queued) == 2 and all(clip.any() for clip in queued)
    closing = threading.Thread(target=labeller.close)
    closing.start()
    tracker.gate.set()
    closing.join(30)
    assert not closing.is_alive()
    assert all(not clip.any() for clip in queued)
    assert len(tracker.seen) == 1 and not tracker.seen[0].any()


def test_final_relabel_corrects_live_labels_and_keeps_the_numbers_seen(voices_dir: Path) -> None:
    order = [0, 1, 2, 3, 1, 0, 3, 2, 0, 2, 1, 3]
    voices = [FOUR_VOICES[v] for v in order]
    clips = [speak(SENTENCES[i % len(SENTENCES)], v, voices_dir) for i, v in enumerate(voices)]
    labeller = DeferredSpeakerLabeller(OnlineSpeakerClustering(), max_pending=len(clips))
    shown: dict[tuple[int, int], str] = {}
    try:
        for index, clip in enumerate(clips):
            key = (index * 10_000, index * 10_000 + 5_000)
            shown[key] = labeller.provisional()
            labeller.submit(key, clip, shown[key])
        labeller.wait_idle()
        shown.update(dict(labeller.take()))
        live = dict(shown)
        changes = labeller.final_relabel()
    finally:
        labeller.close()
    shown.update(dict(changes))
    final = list(shown.values())
    assert len(set(final)) == 4  # one label per voice once the whole session is in view
    assert len({(label, v) for label, v in zip(final, order, strict=True)}) == 4
    first = (0, 5_000)
    assert final[0] == live[first] == "Speaker 1"  # the number the clinician saw is kept
    assert all(live[key] != label for key, label in changes)  # only real changes reported


def test_final_relabel_of_a_correct_session_changes_nothing(voices_dir: Path) -> None:
    order = [VOICES[1], VOICES[0], VOICES[1], VOICES[0]]
    clips = [speak(SENTENCES[i], v, voices_dir) for i, v in enumerate(order)]
    labeller = DeferredSpeakerLabeller(OnlineSpeakerClustering())
    try:
        for index, clip in enumerate(clips):
            labeller.submit((index, index + 1), clip, labeller.provisional())
        labeller.wait_idle()
        late = dict(labeller.take())
        assert late[(1, 2)] == "Speaker 2" and late.get((0, 1), "Speaker 1") == "Speaker 1"
        assert labeller.final_relabel() == []
    finally:
        labeller.close()
