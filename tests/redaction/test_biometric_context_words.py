"""A code after a biometric word is BIOMETRIC: face prints, iris and vein templates, palm and
thumb prints were labelled ID (redacted, but under the wrong name)."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("the gym scans your face print, it's stored as FP-2207-K9 on their server", "FP-2207-K9"),
        ("my iris template number is IR 55 0912 at the lab", "IR 55 0912"),
        ("they enrolled my palm vein pattern under PV-8816-2043 for the clock", "PV-8816-2043"),
        ("the daycare uses a thumbprint, code TH-4471, to sign kids out", "TH-4471"),
        ("his retinal scan is on file as RS-00318", "RS-00318"),
    ],
)
def test_a_code_after_a_biometric_word_is_biometric(
    redactor: Redactor, text: str, code: str
) -> None:
    spans = [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]
    assert (code, "BIOMETRIC") in spans


def test_an_iris_in_ordinary_talk_is_nothing(redactor: Redactor) -> None:
    text = "I printed the iris photo for art class and she loved the colours"
    assert redactor.redact(text).spans == ()
