"""Shared, real models for redaction tests (loaded once per test session)."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_detector import TopicDetector


@pytest.fixture(scope="session")
def models() -> RedactionModels:
    """Lexicons, spaCy NER and MiniLM, loaded from the installed packages."""
    return RedactionModels.load()


@pytest.fixture(scope="module")
def redactor(models: RedactionModels) -> Redactor:
    """A redactor with the default settings (identifiers only)."""
    return Redactor(RedactionSettings(), models)


@pytest.fixture(scope="module")
def lexicon() -> TopicDetector:
    """The topic detector's phrases only (no encoder, no head): the frames decide."""
    return TopicDetector(None, BUILTIN_CATEGORIES)
