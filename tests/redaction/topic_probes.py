"""Helpers for topic tests that probe the detector with one sentence at a time."""

from __future__ import annotations

from tenor_desktop.redaction.topic_detector import TopicDetector


def categories_found(detector: TopicDetector, sentence: str) -> set[str]:
    """The topics ``detector`` finds in ``sentence`` said by the client."""
    return {span.category for span in detector.detect("Client: " + sentence)}
