"""Redaction errors.

Hierarchy::

    TenorError
     └── RedactionError                 redaction could not run
          ├── ModelIntegrityError       a bundled model file is missing or its checksum differs
          └── RedactionConfigError      a setting or custom category is invalid

Messages name the failing component and kind only, never transcript text.
"""

from __future__ import annotations

from tenor_desktop.core.errors import TenorError


class RedactionError(TenorError):
    """Redaction could not be performed."""


class ModelIntegrityError(RedactionError):
    """A bundled model is missing or does not match its pinned checksum."""


class RedactionConfigError(RedactionError):
    """A redaction setting or custom topic category is invalid."""
