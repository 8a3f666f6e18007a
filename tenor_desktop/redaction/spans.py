"""Value types shared by the detectors and the redactor."""

from __future__ import annotations

from dataclasses import dataclass, field

PHI_LABELS: tuple[str, ...] = (
    "NAME",
    "LOCATION",
    "DATE",
    "PHONE",
    "FAX",
    "EMAIL",
    "SSN",
    "MRN",
    "HEALTH_PLAN",
    "ACCOUNT",
    "LICENSE",
    "VEHICLE",
    "DEVICE",
    "URL",
    "IP",
    "BIOMETRIC",
    "ID",
)

TOPIC_CATEGORIES: tuple[str, ...] = (
    "IMMIGRATION",
    "SEXUAL_CONTENT",
    "ABUSE",
    "SUBSTANCE_USE",
    "CRIMINAL",
    "SELF_HARM",
)


@dataclass(frozen=True, slots=True)
class PhiSpan:
    """An identifier found in a text: offsets (end exclusive), label, confidence, detector."""

    start: int
    end: int
    label: str
    confidence: float
    source: str = "rule"

    def shifted(self, delta: int) -> PhiSpan:
        """The same span moved by ``delta`` characters."""
        return PhiSpan(
            self.start + delta, self.end + delta, self.label, self.confidence, self.source
        )


@dataclass(frozen=True, slots=True)
class TopicSpan:
    """A sentence or clause about a sensitive topic."""

    start: int
    end: int
    category: str
    confidence: float
    source: str = "lexicon"

    def shifted(self, delta: int) -> TopicSpan:
        """The same span moved by ``delta`` characters."""
        return TopicSpan(
            self.start + delta, self.end + delta, self.category, self.confidence, self.source
        )


@dataclass(frozen=True, slots=True)
class Replacement:
    """Label-only metadata of one replacement, with offsets into the redacted text."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class RedactionResult:
    """The redacted text plus what was removed (offsets into the input text).

    ``spans`` and ``topics`` point into the input text so a reviewer can highlight them
    before saving; ``replacements`` point into ``text`` and are what may be stored.
    """

    text: str
    spans: tuple[PhiSpan, ...] = ()
    topics: tuple[TopicSpan, ...] = ()
    risk_flags: frozenset[str] = field(default_factory=frozenset)
    replacements: tuple[Replacement, ...] = ()
