"""Redaction layer: Safe Harbor identifiers and clinician-chosen sensitive topics, offline.

Public API: :class:`Redactor`, :class:`RedactionSession`, :class:`RedactionModels`,
:class:`RedactionSettings`, :class:`ClientRedactionOverride`, :func:`settings_for_client`,
:class:`RedactionResult`, :class:`PhiSpan`, :class:`TopicSpan`, :class:`TopicCategory`.
Importing this package loads no model; models load in :meth:`RedactionModels.load`.
"""

from tenor_desktop.redaction.redactor import RedactionModels, RedactionSession, Redactor
from tenor_desktop.redaction.settings import (
    ClientRedactionOverride,
    RedactionSettings,
    settings_for_client,
)
from tenor_desktop.redaction.spans import (
    PHI_LABELS,
    TOPIC_CATEGORIES,
    PhiSpan,
    RedactionResult,
    Replacement,
    TopicSpan,
)
from tenor_desktop.redaction.topic_catalogue import TopicCategory

__all__ = [
    "PHI_LABELS",
    "TOPIC_CATEGORIES",
    "ClientRedactionOverride",
    "PhiSpan",
    "RedactionModels",
    "RedactionResult",
    "RedactionSession",
    "RedactionSettings",
    "Redactor",
    "Replacement",
    "TopicCategory",
    "TopicSpan",
    "settings_for_client",
]
