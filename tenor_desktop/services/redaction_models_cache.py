"""One set of redaction models per process (spaCy, lexicons, MiniLM), loaded on first use.

Kept apart from ``processing_pipeline`` so the composition root can create the cache at start-up
without importing the redaction package (and numpy) before the unlock screen is shown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tenor_desktop.redaction.redactor import RedactionModels


def _load_models() -> RedactionModels:
    from tenor_desktop.redaction.redactor import RedactionModels

    return RedactionModels.load()


class RedactionModelsCache:
    """Loads the redaction models on first use and shares them (thread-safe)."""

    def __init__(self, loader: Callable[[], RedactionModels] = _load_models) -> None:
        self._loader = loader
        self._models: RedactionModels | None = None
        self._lock = threading.Lock()

    def get(self) -> RedactionModels:
        """The loaded models."""
        with self._lock:
            if self._models is None:
                self._models = self._loader()
            return self._models
