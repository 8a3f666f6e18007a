"""Redaction settings: per-practice defaults and per-client overrides (stored by the vault)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from tenor_desktop.redaction.errors import RedactionConfigError
from tenor_desktop.redaction.spans import TOPIC_CATEGORIES
from tenor_desktop.redaction.topic_catalogue import TopicCategory

DEFAULT_TOPIC_THRESHOLD = 0.6


@dataclass(frozen=True, slots=True)
class RedactionSettings:
    """What to redact: identifiers on/off, which topic categories, custom categories."""

    phi_enabled: bool = True
    topics: frozenset[str] = field(default_factory=frozenset)
    custom_categories: tuple[TopicCategory, ...] = ()
    topic_threshold: float = DEFAULT_TOPIC_THRESHOLD
    # Re-check the redacted text so redacting twice changes nothing (roughly halves PHI speed).
    recheck_output: bool = True
    # Embed every statement, not only those holding a word of a topic's semantic field: finds
    # more indirect disclosures (fresh spoken sentences: recall 0.45 -> 0.55, 0.70 with the
    # threshold at 0.55) for several times the topic detection CPU.
    topic_embed_all: bool = False

    def __post_init__(self) -> None:
        known = set(TOPIC_CATEGORIES) | {c.name for c in self.custom_categories}
        unknown = set(self.topics) - known
        if unknown:
            raise RedactionConfigError(f"Unknown topic categories: {', '.join(sorted(unknown))}.")
        if not 0.0 < self.topic_threshold < 1.0:
            raise RedactionConfigError("The topic similarity threshold must be between 0 and 1.")

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible form for the vault."""
        return {
            "phi_enabled": self.phi_enabled,
            "topics": sorted(self.topics),
            "topic_threshold": self.topic_threshold,
            "recheck_output": self.recheck_output,
            "topic_embed_all": self.topic_embed_all,
            "custom_categories": [
                {
                    "name": c.name,
                    "display": c.display,
                    "phrases": list(c.phrases),
                    "examples": list(c.examples),
                }
                for c in self.custom_categories
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> RedactionSettings:
        """Inverse of :meth:`to_dict`."""
        try:
            customs = tuple(
                TopicCategory(
                    str(item["name"]).upper(),
                    str(item.get("display", item["name"])),
                    tuple(str(p) for p in item.get("phrases", ())),
                    tuple(str(e) for e in item.get("examples", ())),
                )
                for item in data.get("custom_categories", ())
            )
            return cls(
                phi_enabled=bool(data.get("phi_enabled", True)),
                topics=frozenset(str(t).upper() for t in data.get("topics", ())),
                custom_categories=customs,
                topic_threshold=float(data.get("topic_threshold", DEFAULT_TOPIC_THRESHOLD)),
                recheck_output=bool(data.get("recheck_output", True)),
                topic_embed_all=bool(data.get("topic_embed_all", False)),
            )
        except (KeyError, TypeError, ValueError):
            # from None: the chained error would quote the stored value (e.g. a custom phrase).
            raise RedactionConfigError("Stored redaction settings are malformed.") from None


@dataclass(frozen=True, slots=True)
class ClientRedactionOverride:
    """Per-client changes to the practice defaults; None inherits the practice value."""

    phi_enabled: bool | None = None
    topics: frozenset[str] | None = None
    extra_categories: tuple[TopicCategory, ...] = ()


def settings_for_client(
    practice: RedactionSettings, override: ClientRedactionOverride | None
) -> RedactionSettings:
    """The effective settings of one client: practice defaults with the override applied."""
    if override is None:
        return practice
    return replace(
        practice,
        phi_enabled=practice.phi_enabled if override.phi_enabled is None else override.phi_enabled,
        topics=practice.topics if override.topics is None else override.topics,
        custom_categories=practice.custom_categories + override.extra_categories,
    )
