"""Errors of the security package (unlock, TOTP, policy)."""

from __future__ import annotations

from tenor_desktop.core.errors import TenorError


class SecurityError(TenorError):
    """Base class of security errors."""


class PolicyError(SecurityError):
    """The IT-managed policy file could not be used as written."""
