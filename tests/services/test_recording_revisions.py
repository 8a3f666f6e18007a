"""A question stored live is redacted late, in the vault and on screen, once the answer is heard.

Real redaction (models loaded from the installed packages) on a real vault; the transcriber
double speaks two scripted lines through the committed Transcriber protocol. The question's
own words must then be nowhere an attacker with the vault key could look.
"""

# ruff: noqa: F811  (the vault fixtures are imported from tests/vault/conftest.py by name)
from __future__ import annotations

import time
from pathlib import Path

import pytest

from tenor_desktop.redaction import TOPIC_CATEGORIES, RedactionModels, RedactionSettings, Redactor
from tenor_desktop.services.processing_pipeline import SegmentRedaction
from tenor_desktop.services.recording_events import SegmentRevised, SegmentStored
from tenor_desktop.transcription.protocol import EventKind, TranscriptEvent
from tenor_desktop.vault.vault import Vault
from tests.services.test_recording_service import Rig, WordTranscriber, noise
from tests.vault import forensics
from tests.vault.conftest import (  # noqa: F401 (pytest fixtures, used by name)
    PASSPHRASE,
    clock,
    template_vault_dir,
    vault,
    vault_dir,
)

# A made-up word in the question (as if misheard), the canary the hunt looks for after the
# revision: letters only, so no identifier rule takes it for a code and it is stored as heard.
CANARY = "tnrcanaryzebrawhistlemoon"
ASKED = (
    f"She told the school counselor something. Has she {CANARY} said anything to you about"
    " what he did?"
)
ANSWER = "Only that he told her it was their secret and she would get in trouble."


class LinesTranscriber(WordTranscriber):
    """Speaks ``lines`` as consecutive final segments (then nothing: empty finals are skipped)."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__()
        self.lines = list(lines)

    def _commit(self, end: int) -> None:
        start_ms, end_ms = self._committed // 16, end // 16
        text = self.lines.pop(0) if self.lines else ""
        self._events.append(TranscriptEvent(EventKind.FINAL, start_ms, end_ms, text, "S1", 0.9))
        self._committed = end


@pytest.fixture(scope="module")
def models() -> RedactionModels:
    return RedactionModels.load()


def _record(vault: Vault, models: RedactionModels, topics: frozenset[str]) -> Rig:
    redaction = SegmentRedaction(Redactor(RedactionSettings(topics=topics), models))
    rig = Rig(
        vault,
        noise(1.0),
        transcriber=lambda: LinesTranscriber([ASKED, ANSWER]),
        redact=redaction,
    )
    rig.start()
    rig.wait_for_source()
    rig.service.stop()
    return rig


def test_the_question_is_revised_in_the_vault_and_the_ui_is_told(
    vault: Vault, vault_dir: Path, models: RedactionModels
) -> None:
    started = time.time()
    rig = _record(vault, models, frozenset(TOPIC_CATEGORIES))
    stored = rig.segments.list(rig.of(SegmentStored)[0].segment.session_id)  # type: ignore[attr-defined]
    assert [s.text for s in stored] == [
        "She told the school counselor something. [Redacted: abuse]",
        "[Redacted: abuse]",
    ]
    assert [m.label for m in stored[0].redactions] == ["TOPIC:ABUSE"]
    revised = [event.segment for event in rig.of(SegmentRevised)]  # type: ignore[attr-defined]
    assert revised == [stored[0]]
    # Shown first as heard: the question was on screen until the answer came.
    shown = [event.segment.text for event in rig.of(SegmentStored)]  # type: ignore[attr-defined]
    assert CANARY in shown[0]
    key = forensics.raw_vault_key(vault_dir, PASSPHRASE)
    traces = forensics.canary_traces(
        vault_dir, key, CANARY, since=started, connection=vault.connection
    )
    assert traces == []


def test_nothing_is_revised_when_the_topic_is_not_chosen(
    vault: Vault, models: RedactionModels
) -> None:
    rig = _record(vault, models, frozenset(TOPIC_CATEGORIES) - {"ABUSE"})
    stored = rig.segments.list(rig.of(SegmentStored)[0].segment.session_id)  # type: ignore[attr-defined]
    assert [s.text for s in stored] == [ASKED, ANSWER]
    assert rig.of(SegmentRevised) == []
