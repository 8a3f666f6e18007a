"""The generated cases, label by label (grammar: :mod:`spoken_identifier_grammar`)."""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.redaction.spoken_contact_cases import contact_cases
from tests.redaction.spoken_date_cases import date_cases
from tests.redaction.spoken_identifier_grammar import (
    SEED,
    SpokenCase,
    build_case,
    code_cases,
    digit_cases,
    framed_cases,
    letters_then_digits,
    plate,
    say_groups,
)
from tests.redaction.spoken_more_cases import more_cases

_SSN_CUES = (
    "my social is ", "my social security number is ", "my ss number is ", "his ssn is ",
    "her social's ", "the social on the form was ", "my social security is ",
    "social security number, ",
)  # fmt: skip
_PHONE_CUES = (
    "call me at ", "my cell is ", "my number is ", "you can text me at ",
    "her phone number is ", "reach him at ", "my mom's cell is ",
)  # fmt: skip
_FAX_CUES = (
    "the fax number is ", "fax it to ", "their fax is ", "you can fax it to the office at ",
)  # fmt: skip
_MRN_CUES = (
    "my medical record number is ", "the mrn is ", "my chart number is ", "her patient id is ",
    "on my wristband it says ", "my hospital number is ",
)  # fmt: skip
_PLAN_CUES = (
    "my member id is ", "my policy number is ", "my medicaid number is ",
    "the insurance id is ", "his subscriber number is ", "my medicare number is ",
    "the member number on the card is ",
)  # fmt: skip
_ACCOUNT_CUES = (
    "my account number is ", "my checking account is ", "the routing number is ",
    "the bank account number is ", "her savings account is ",
)  # fmt: skip
_LICENSE_CUES = (
    "my driver's license number is ", "the license number is ", "my nursing license is ",
    "her dea number is ", "his driver's licence is ", "my license is ",
)  # fmt: skip
_PLATE_CUES = (
    "my plate is ", "the plate number is ", "the tag is ", "his license plate is ",
    "her tag number is ", "the plates are ", "plate number ",
)  # fmt: skip
_DEVICE_CUES = (
    "the serial number on my pump is ", "the pacemaker serial is ",
    "the hearing aid serial number is ", "the serial is ", "my insulin pump's serial is ",
    "the device id on my cpap is ",
)  # fmt: skip
_ID_CUES = (
    "the case number is ", "his inmate number is ", "my badge number is ",
    "my student id is ", "my employee id is ", "the docket number is ",
    "her booking number is ", "my claim number is ",
)  # fmt: skip


# The cue in the therapist's question, or after the number in the client's turn.
_FRAMES = (
    ("SSN", "what's your social?", ", that's my social.", (3, 2, 4)),
    ("SSN", "and the social security number?", " is my ss number.", (3, 2, 4)),
    ("PHONE", "what's the best number to reach you?", ", that's my cell.", (3, 3, 4)),
    ("MRN", "do you have your medical record number?", ", that's my mrn.", (4, 4)),
    ("HEALTH_PLAN", "what's the member id on your card?", " is my member id.", (4, 4, 2)),
    ("ACCOUNT", "which account did they charge?", ", that's my account number.", (4, 4, 2)),
    ("ID", "what's his inmate number?", ", that's his inmate number.", (3, 4)),
)


def all_cases() -> list[SpokenCase]:
    """Every generated identifier sentence, the same on every run."""
    rng = random.Random(SEED)
    cases: list[SpokenCase] = []
    cases += digit_cases("SSN", _SSN_CUES, (3, 2, 4), rng)
    cases += digit_cases("SSN", _SSN_CUES, (3, 2, 2, 2), rng, per=1)
    cases += _ssn_partial(rng)
    cases += digit_cases("PHONE", _PHONE_CUES, (3, 3, 4), rng)
    cases += digit_cases("FAX", _FAX_CUES, (3, 3, 4), rng, per=1)
    cases += digit_cases("MRN", _MRN_CUES, (4, 4), rng, per=2)
    cases += code_cases("MRN", _MRN_CUES, (letters_then_digits(2, (7,)),), rng, per=1)
    cases += code_cases(
        "HEALTH_PLAN",
        _PLAN_CUES,
        (letters_then_digits(3, (3, 3, 3)), letters_then_digits(1, (4, 4))),
        rng,
        per=2,
    )
    cases += digit_cases("HEALTH_PLAN", _PLAN_CUES, (4, 4, 2), rng, per=1)
    cases += digit_cases("ACCOUNT", _ACCOUNT_CUES, (4, 4, 2), rng, per=2)
    cases += _account_endings(rng)
    cases += code_cases(
        "LICENSE",
        _LICENSE_CUES,
        (
            letters_then_digits(1, (7,)),
            letters_then_digits(2, (7,)),
            letters_then_digits(1, (3, 4, 4)),
        ),
        rng,
        per=2,
    )
    cases += code_cases("VEHICLE", _PLATE_CUES, (plate,), rng, per=3)
    cases += _vins(rng)
    cases += code_cases(
        "DEVICE",
        _DEVICE_CUES,
        (letters_then_digits(2, (4, 4)), letters_then_digits(3, (6,))),
        rng,
        per=2,
    )
    cases += digit_cases("ID", _ID_CUES, (3, 4), rng, per=2)
    cases += code_cases("ID", _ID_CUES, (letters_then_digits(1, (6,)),), rng, per=1)
    for label, question, after, shape in _FRAMES:
        cases += framed_cases(label, question, after, shape, rng)
    cases += _plate_shapes(rng)
    cases += _cards(rng)
    cases += contact_cases(rng)
    cases += date_cases(rng)
    cases += more_cases(rng)
    return cases


def _ssn_partial(rng: random.Random) -> Iterator[SpokenCase]:
    """The last four of a social, which still identify (README: SSN)."""
    cues = (
        "the last four of my social are ", "last four of my social, ",
        "the last four digits of her social security number are ", "my social ends in ",
        "last four of my ss number is ", "the last 4 of his ssn are ",
    )  # fmt: skip
    for index, cue in enumerate(cues):
        for style in ("digits", "words_zero", "pairs"):
            surface = say_groups([str(rng.randint(1000, 9999))], style, " ")
            yield build_case("SSN", "last_four", cue, surface, index % 2 == 0, rng)


def _account_endings(rng: random.Random) -> Iterator[SpokenCase]:
    cues = (
        "the account ending in ", "my card ending in ", "the last four of my card are ",
        "it's the visa that ends in ", "the checking account ending with ",
    )  # fmt: skip
    for index, cue in enumerate(cues):
        for style in ("digits", "words_oh"):
            surface = say_groups([str(rng.randint(1000, 9999))], style, " ")
            yield build_case("ACCOUNT", "ending_in", cue, surface, index % 2 == 1, rng)


def _vins(rng: random.Random) -> Iterator[SpokenCase]:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    cues = ("the vin is ", "the vin number on the title is ", "it's registered under ")
    for index, cue in enumerate(cues):
        vin = "1" + "".join(rng.choice(chars) for _ in range(15)) + str(rng.randint(0, 9))
        yield build_case("VEHICLE", "vin", cue, vin, index == 1, rng)


def _plate_shapes(rng: random.Random) -> Iterator[SpokenCase]:
    """Plates read character by character with dashes, vanity plates, a state before them."""
    letters = "ABCDEFGHJKLMNPRSTVWXYZ"
    for index in range(3):
        chars = [str(rng.randint(1, 9)), *(rng.choice(letters) for _ in range(3))]
        chars += [str(rng.randint(0, 9)) for _ in range(3)]
        dashed = "-".join(chars)
        yield build_case(
            "VEHICLE", "plate_char_dashes", "the plate number is ", dashed, index == 1, rng
        )
        state = ("ohio", "texas", "jersey")[index]
        code = f"{''.join(rng.choice(letters) for _ in range(3))} {rng.randint(1000, 9999)}"
        cue = f"it's a gray honda, {state} plates, "
        yield build_case("VEHICLE", "plate_state_first", cue, code, index != 1, rng)
    for cue, vanity in (
        ("his vanity plate says ", "SOBER 1"),
        ("my plate is ", "GR8 MOM 2"),
        ("the tag on her car is ", "LUV 4 EVR"),
    ):
        yield build_case("VEHICLE", "plate_vanity", cue, vanity, cue.startswith("my"), rng)


def _cards(rng: random.Random) -> Iterator[SpokenCase]:
    """Card numbers, four groups of four, written or said in words."""
    cues = ("my card number is ", "the credit card was ", "her debit card number is ")
    for index, cue in enumerate(cues):
        groups = [str(rng.randint(1000, 9999)) for _ in range(4)]
        for style, joiner in (("digits", " "), ("words_zero", ", "), ("pairs", ", ")):
            yield build_case(
                "ACCOUNT", f"card_{style}", cue, say_groups(groups, style, joiner), index != 0, rng
            )
