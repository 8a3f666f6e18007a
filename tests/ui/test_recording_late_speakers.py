"""A shown segment that changes after it was shown (a late speaker label, a late redaction)."""

from __future__ import annotations

from dataclasses import replace

from tenor_desktop.core.models import Segment
from tenor_desktop.services.recording_events import (
    SegmentRevised,
    SegmentStored,
    SpeakerRelabelled,
)
from tests.ui.conftest import create_vault


def test_late_speaker_label_updates_the_shown_segment(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    create_vault(qtbot, window)
    first = Segment(11, "s", 0, 0, 900, "Speaker 1", "Hello there.")
    second = Segment(12, "s", 1, 1000, 1900, "Speaker 1", "How are you?")
    window.recording._on_event(SegmentStored(first))
    window.recording._on_event(SegmentStored(second))
    window.recording._on_event(SpeakerRelabelled(replace(second, speaker="Speaker 2")))
    text = window.recording.panel.live_text()
    assert "Speaker 1: Hello there." in text
    assert "Speaker 2: How are you?" in text and "Speaker 1: How are you?" not in text
    # A label for a row that is not shown (e.g. after a lock cleared the panel) is ignored.
    window.recording._on_event(SpeakerRelabelled(replace(first, id=99, speaker="Speaker 3")))
    assert window.recording.panel.live_text() == text


def test_a_revised_segment_replaces_its_shown_text(qtbot, make_window) -> None:  # type: ignore[no-untyped-def]
    # The next segment showed the question was about a topic: the row shows the placeholder.
    window = make_window()
    create_vault(qtbot, window)
    asked = Segment(21, "s", 0, 0, 900, "Speaker 1", "We met. How much are you having at night?")
    answer = Segment(22, "s", 1, 1000, 1900, "Speaker 2", "[Redacted: substance use]")
    window.recording._on_event(SegmentStored(asked))
    window.recording._on_event(SegmentStored(answer))
    revised = replace(asked, text="We met. [Redacted: substance use]")
    window.recording._on_event(SegmentRevised(revised))
    text = window.recording.panel.live_text()
    assert "Speaker 1: We met. [Redacted: substance use]" in text
    assert "How much are you having" not in text
    assert "Speaker 2: [Redacted: substance use]" in text
