"""The head blend's rules (``topic_blend``) on hand-made probabilities."""

from __future__ import annotations

import numpy as np
import pytest

from tenor_desktop.redaction import topic_blend
from tenor_desktop.redaction.topic_blend import blended, with_head

LABELS = ("NONE", "ABUSE", "CRIMINAL")
# The head knows its labels in another order: columns are matched by name.
HEAD_LABELS = ("CRIMINAL", "NONE", "ABUSE")
CLASSIFIER = np.array([[0.50, 0.30, 0.20], [0.90, 0.05, 0.05]], dtype=np.float32)
HEAD = np.array([[0.05, 0.05, 0.90], [0.01, 0.01, 0.98]], dtype=np.float32)


def test_weighted_mean_matches_columns_by_name() -> None:
    out = blended(
        CLASSIFIER, LABELS, HEAD, HEAD_LABELS, weight=0.5, lift_floor=1.01, alone_bar=1.01
    )
    assert out[0] == pytest.approx([0.275, 0.6, 0.125])
    assert out[1] == pytest.approx([0.455, 0.515, 0.03])


def test_lift_needs_the_classifier_floor() -> None:
    out = blended(
        CLASSIFIER, LABELS, HEAD, HEAD_LABELS, weight=0.0, lift_floor=0.25, alone_bar=1.01
    )
    # Row 0: the classifier gives ABUSE 0.30 >= 0.25, so the head's 0.90 stands; row 1 not.
    assert out[0] == pytest.approx([0.50, 0.90, 0.20])
    assert out[1] == pytest.approx(CLASSIFIER[1])


def test_head_alone_needs_its_own_bar() -> None:
    out = blended(
        CLASSIFIER, LABELS, HEAD, HEAD_LABELS, weight=0.0, lift_floor=1.01, alone_bar=0.95
    )
    assert out[0] == pytest.approx(CLASSIFIER[0])
    assert out[1] == pytest.approx([0.90, 0.98, 0.05])


def test_off_by_default_leaves_the_classifier_alone() -> None:
    assert not topic_blend.blend_on()
    # No encoder is touched when every rule is off.
    assert with_head(CLASSIFIER, LABELS, None, ["a.", "b."]) is CLASSIFIER


def test_committed_head_labels_cover_the_classifier_topics() -> None:
    head = topic_blend.shipped_head()
    assert set(LABELS) <= set(head.labels)
