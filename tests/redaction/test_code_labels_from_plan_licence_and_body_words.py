"""A code takes its label from the word that says what it is: a commercial licence ("my CDL,
T22-419-880") is a LICENSE, a plan named or its card ("her Medi-Cal number", "his medicaid
card") a HEALTH_PLAN, a body part scanned or enrolled ("they scan our palms, mine is
PV-2281") a BIOMETRIC. Before, each was found but labelled ID or ACCOUNT. Sentences invented for
these tests."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor


def _labels(redactor: Redactor, text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    ("text", "code", "label"),
    [
        ("They pulled my CDL, K51-774-209, after the stop.", "K51-774-209", "LICENSE"),
        ("My bar number is 7730418 and the board has it.", "7730418", "LICENSE"),
        ("His gaming card, NV-GC-441927, was taken at the door.", "NV-GC-441927", "LICENSE"),
        ("Her Medi-Cal number is 90417732C if you need it.", "90417732C", "HEALTH_PLAN"),
        (
            "His medicaid card, KX 4410927715, still has the old address.",
            "KX 4410927715",
            "HEALTH_PLAN",
        ),
        ("It's through the union plan, member UPX-2214-7730.", "UPX-2214-7730", "HEALTH_PLAN"),
        ("The clinic scans our palms now, mine is PV-2281-407.", "PV-2281-407", "BIOMETRIC"),
        ("The gate has a face scan, mine is saved as FS-4419-02.", "FS-4419-02", "BIOMETRIC"),
        ("The door system knows me, my enrollment ID is DR-7731-05.", "DR-7731-05", "BIOMETRIC"),
        ("Her resident number at the home is GH-55207.", "GH-55207", "MRN"),
        ("My twic card number is TW-2207-8841, so they can check.", "TW-2207-8841", "LICENSE"),
    ],
)
def test_a_code_takes_the_label_its_word_says(
    redactor: Redactor, text: str, code: str, label: str
) -> None:
    assert (code, label) in _labels(redactor, text)


def test_a_medical_record_is_not_medi_cal(redactor: Redactor) -> None:
    text = "The pharmacy at Lakeside Medical Center has me under LMC-4471902."
    assert ("LMC-4471902", "HEALTH_PLAN") not in _labels(redactor, text)
