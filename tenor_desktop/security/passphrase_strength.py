"""A rough, honest passphrase strength estimate for the first-run screen.

It estimates guessing entropy from length and character classes, and penalises repeats,
sequences and very common passwords. It is feedback for a person, not a security proof: the
Argon2id key derivation is what makes offline guessing expensive.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MIN_LENGTH = 10
_COMMON = frozenset(
    {
        "password", "passw0rd", "123456789", "1234567890", "qwertyuiop", "iloveyou", "letmein",
        "welcome1", "therapist", "therapy", "counseling", "trustno1", "sunshine", "princess",
        "football", "baseball", "dragon", "monkey", "abc123", "admin",
    }
)  # fmt: skip
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiopasdfghjklzxcvbnm")


@dataclass(frozen=True)
class StrengthReport:
    """Score 0 (unacceptable) to 4 (strong), estimated bits and a hint for the user."""

    score: int
    bits: float
    hint: str

    @property
    def acceptable(self) -> bool:
        """Whether the first-run screen lets the user continue."""
        return self.score >= 2


def _pool_size(passphrase: str) -> int:
    pool = 0
    pool += 26 if re.search(r"[a-z]", passphrase) else 0
    pool += 26 if re.search(r"[A-Z]", passphrase) else 0
    pool += 10 if re.search(r"[0-9]", passphrase) else 0
    pool += 33 if re.search(r"[^A-Za-z0-9]", passphrase) else 0
    return max(pool, 1)


def _effective_length(passphrase: str) -> float:
    lowered = passphrase.lower()
    length = 0.0
    for i, char in enumerate(lowered):
        previous = lowered[i - 1] if i else ""
        in_sequence = any(previous + char in seq for seq in _SEQUENCES)
        length += 0.25 if char == previous or in_sequence else 1.0
    return length


def estimate_strength(passphrase: str) -> StrengthReport:
    """Estimate how hard the passphrase is to guess."""
    if not passphrase:
        return StrengthReport(0, 0.0, "Choose a passphrase.")
    if passphrase.lower().strip() in _COMMON:
        return StrengthReport(0, 0.0, "This is one of the most common passwords.")
    bits = _effective_length(passphrase) * math.log2(_pool_size(passphrase))
    if len(passphrase) < MIN_LENGTH:
        return StrengthReport(0, bits, f"Use at least {MIN_LENGTH} characters.")
    if bits < 40:
        return StrengthReport(1, bits, "Too easy to guess: add words or other characters.")
    if bits < 60:
        return StrengthReport(2, bits, "Acceptable. A few more words make it strong.")
    if bits < 80:
        return StrengthReport(3, bits, "Good.")
    return StrengthReport(4, bits, "Strong.")
