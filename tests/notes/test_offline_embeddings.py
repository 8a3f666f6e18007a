"""The offline drafter's sentence embeddings: the real MiniLM, and rules alone when it is gone."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import pytest

from tenor_desktop.app import note_embedder
from tenor_desktop.notes.offline_drafter import OfflineDrafter
from tenor_desktop.notes.sentence_classifier import EmbeddingsUnavailable
from tenor_desktop.notes.templates import TemplateLibrary
from tenor_desktop.notes.transcript import TranscriptLine, parse_transcript_text
from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.services.redaction_models_cache import RedactionModelsCache

# Clinician statements without a rule cue: the rules leave them out, the embeddings decide.
UNCUED = parse_transcript_text(
    "Clinician: How has the week been?\n"
    "Client: Work has been overwhelming and I barely sleep before deadlines.\n"
    "Clinician: Your shoulders tensed up while describing the deadline meeting today.\n"
    "Client: I guess I hold stress in my body without noticing.\n"
    "Clinician: Slow exhalations longer than inhalations calm the nervous system quickly.\n"
    "Clinician: Between now and next Tuesday, jot down moments when tension builds.\n"
)


def _statements(lines: Sequence[TranscriptLine], drafter: OfflineDrafter) -> list[Any]:
    note = drafter.draft(TemplateLibrary().get("soap"), lines)
    return [(s.title, s.text, [st.evidence for st in s.statements]) for s in note.sections]


def test_the_real_encoder_is_consulted_and_every_statement_cites_evidence() -> None:
    encoder = MiniLMEncoder()
    seen: list[str] = []

    def embed(texts: Sequence[str]) -> Any:
        seen.extend(texts)
        return encoder.encode(list(texts))

    note = OfflineDrafter(embedder=embed).draft(TemplateLibrary().get("soap"), UNCUED)
    assert any("exhalations" in text for text in seen)  # a sentence the rules left out
    statements = [st for section in note.sections for st in section.statements]
    assert statements and all(st.evidence for st in statements)


def test_an_unavailable_encoder_leaves_the_rules_draft(caplog: pytest.LogCaptureFixture) -> None:
    def broken(_texts: Sequence[str]) -> Any:
        raise EmbeddingsUnavailable from FileNotFoundError("/models/minilm/model.safetensors")

    caplog.set_level(logging.WARNING)
    with_broken = _statements(UNCUED, OfflineDrafter(embedder=broken))
    assert with_broken == _statements(UNCUED, OfflineDrafter())
    assert "FileNotFoundError" in caplog.text and "/models" not in caplog.text


def test_the_apps_embedder_turns_a_model_load_failure_into_rules_only() -> None:
    def failing_load() -> Any:
        raise OSError("model files missing")

    embed = note_embedder(RedactionModelsCache(loader=failing_load))
    with pytest.raises(EmbeddingsUnavailable):
        embed(["Let's practise the breathing exercise every evening."])
    drafted = _statements(UNCUED, OfflineDrafter(embedder=embed))
    assert drafted == _statements(UNCUED, OfflineDrafter())
