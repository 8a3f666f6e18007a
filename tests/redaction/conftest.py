"""Shared, real models for redaction tests (loaded once per test session)."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import RedactionModels, RedactionSettings, Redactor


@pytest.fixture(scope="session")
def models() -> RedactionModels:
    """Lexicons, spaCy NER and MiniLM, loaded from the installed packages."""
    return RedactionModels.load()


@pytest.fixture(scope="module")
def redactor(models: RedactionModels) -> Redactor:
    """A redactor with the default settings (identifiers only)."""
    return Redactor(RedactionSettings(), models)
