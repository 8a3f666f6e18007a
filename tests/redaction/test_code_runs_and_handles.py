"""Structured identifiers said or written in pieces: runs of capital-and-digit groups, a handle
in apposition, an e-mail domain spelled letter by letter, and round amounts that are no code.
Probe sentences written for stop 18.
"""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor, zip_codes
from tenor_desktop.redaction.code_runs import find_code_runs


def _covered(redactor: Redactor, text: str, part: str) -> tuple[bool, set[str]]:
    """Whether redacted spans cover ``part`` of ``text``, and the labels covering it."""
    start = text.index(part)
    spans = [
        s for s in redactor.redact(text).spans if s.start < start + len(part) and start < s.end
    ]
    marks: set[int] = set()
    for span in spans:
        marks.update(range(max(span.start, start), min(span.end, start + len(part))))
    return len(marks) == len(part), {s.label for s in spans}


@pytest.mark.parametrize(
    ("text", "code", "label"),
    [
        (
            "The docket says the case number is 2025 CV 004417, and the hearing moved.",
            "2025 CV 004417",
            "ID",
        ),
        ("The pump's serial is KTRZ 52 M8 QX4 if the clinic asks.", "KTRZ 52 M8 QX4", "DEVICE"),
        (
            "We gave fingerprints at the bank. Mine are on file as BFP-XK 70316.",
            "BFP-XK 70316",
            "BIOMETRIC",
        ),
        ("His union card, IBEW-L 552901, expires soon.", "IBEW-L 552901", None),
    ],
)
def test_code_written_in_groups_is_redacted_whole(
    redactor: Redactor, text: str, code: str, label: str | None
) -> None:
    whole, labels = _covered(redactor, text, code)
    assert whole
    if label is not None:
        assert label in labels


@pytest.mark.parametrize(
    "text",
    [
        "My PHQ 9 was 14 last time and the GAD 7 was 12.",
        "We drove up I 95 in 2019 to see the NBA 2019 finals.",
        "She scored 1450 on the SAT and he got a 33 on the ACT.",
    ],
)
def test_scales_roads_and_scores_are_no_code_run(redactor: Redactor, text: str) -> None:
    labels = {s.label for s in redactor.redact(text).spans}
    assert not labels & {"ID", "DEVICE", "LICENSE", "BIOMETRIC", "ACCOUNT", "MRN"}


def test_handle_in_apposition_is_an_id(redactor: Redactor) -> None:
    text = "my gamertag, QuietRiver42, got banned last week"
    whole, labels = _covered(redactor, text, "QuietRiver42")
    assert whole and labels == {"ID"}


def test_email_with_spelled_domain(redactor: Redactor) -> None:
    text = "her email is t.reyes at c f s d dot org if you need it"
    whole, labels = _covered(redactor, text, "reyes at c f s d dot org")
    assert whole and "EMAIL" in labels


def test_round_amount_said_roughly_is_no_account(redactor: Redactor) -> None:
    text = (
        "my checking account, oh four four one nine two eight three, had like twelve hundred in it"
    )
    spans = redactor.redact(text).spans
    said = [text[s.start : s.end] for s in spans]
    assert "twelve hundred" not in said
    assert any(s.label == "ACCOUNT" for s in spans)  # the account number itself still is


@pytest.mark.parametrize(
    ("text", "address"),
    [
        (
            "my channel is youtube dot com slash at dana paints",
            "youtube dot com slash at dana paints",
        ),
        (
            "our service streams at facebook dot com slash hope chapel tulsa.",
            "facebook dot com slash hope chapel tulsa",
        ),
    ],
)
def test_spoken_path_runs_to_the_end_of_the_clause(
    redactor: Redactor, text: str, address: str
) -> None:
    whole, labels = _covered(redactor, text, address)
    assert whole and "URL" in labels


def test_spoken_path_stops_at_a_joiner(redactor: Redactor) -> None:
    text = "go to calm dot com slash sleep and then call me tomorrow"
    spans = [s for s in redactor.redact(text).spans if s.label == "URL"]
    assert [text[s.start : s.end] for s in spans] == ["calm dot com slash sleep"]


@pytest.mark.parametrize(
    "text",
    [
        "The court file is CV 00441 and the hearing is set.",
        "She gave me the form, it said QX 20931 at the top.",
        "Portland, CV 00441 was printed on the envelope.",  # no state: a code after a town too
    ],
)
def test_two_capitals_and_five_digits_that_are_no_state_are_a_code(
    redactor: Redactor, text: str
) -> None:
    code = next(w for w in ("CV 00441", "QX 20931") if w in text)
    covered, labels = _covered(redactor, text, code)
    assert covered and labels == {"ID"}


@pytest.mark.parametrize(
    ("text", "zip_code"),
    [
        ("We live at 12 Oak Street, Springfield, IL 62704 now.", "62704"),
        ("Mail it to Dearborn MI 48126 please.", "48126"),
        ("Their office is in Tulsa, OK 74103.", "74103"),
    ],
)
def test_state_code_and_zip_after_a_town_are_a_place(
    redactor: Redactor, text: str, zip_code: str
) -> None:
    covered, labels = _covered(redactor, text, zip_code)
    assert covered and labels == {"LOCATION"}


@pytest.mark.parametrize("code", sorted(zip_codes.USPS_STATE_CODES))
def test_every_state_code_after_a_town_is_its_zip_and_after_a_cue_a_code(code: str) -> None:
    address = f"Lakeview, {code} 40512"
    assert zip_codes.state_and_zip(address, 10, len(address), context_near=False)
    assert list(find_code_runs(address)) == []
    cued = f"my case number is {code} 40512"
    assert not zip_codes.state_and_zip(cued, 18, len(cued), context_near=True)
    assert [hit[2] for hit in find_code_runs(cued)] == ["ID"]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        (
            "Client: he messaged me on insta from c dot walsh underscore twenty two saying hi",
            "c dot walsh underscore twenty two",
        ),
        (
            "client: some guy keeps messaging my grindr which is peachy underscore atl ninety"
            " four and i blocked him",
            "peachy underscore atl ninety four",
        ),
        (
            "client: i found her old account, river underscore rose, last night",
            "river underscore rose",
        ),
    ],
)
def test_words_joined_by_a_spoken_underscore_are_a_handle(
    redactor: Redactor, text: str, handle: str
) -> None:
    covered, labels = _covered(redactor, text, handle)
    assert covered and labels == {"ID"}


@pytest.mark.parametrize(
    "text",
    [
        "client: the underscore key on my laptop is broken.",
        "client: i want to underscore the point that she lied.",
    ],
)
def test_underscore_as_a_key_or_a_verb_is_no_handle(redactor: Redactor, text: str) -> None:
    assert not redactor.redact(text).spans


def test_an_underscored_mailbox_stays_one_email(redactor: Redactor) -> None:
    text = "client: email me at jay underscore rivers at gmail dot com"
    covered, labels = _covered(redactor, text, "jay underscore rivers at gmail dot com")
    assert covered and labels == {"EMAIL"}


@pytest.mark.parametrize(
    ("text", "address", "label"),
    [
        (
            "Client: i was paying for a cam site midnight lounge live dot com",
            "midnight lounge live dot com",
            "URL",
        ),
        (
            "client: her website is ruby pine studio dot com and she sells there",
            "ruby pine studio dot com",
            "URL",
        ),
        (
            "client: call the shop or email lotus nails g g at yahoo dot com",
            "lotus nails g g at yahoo dot com",
            "EMAIL",
        ),
    ],
)
def test_words_after_a_site_or_mail_cue_belong_to_the_address(
    redactor: Redactor, text: str, address: str, label: str
) -> None:
    covered, labels = _covered(redactor, text, address)
    assert covered and labels == {label}


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("client: the website, it's my own, sunny paws dot com", "my own, sunny paws dot com"),
        ("client: email me at jdoe at gmail dot com", "me at jdoe at gmail dot com"),
    ],
)
def test_small_words_after_the_cue_stay_outside_the_address(
    redactor: Redactor, text: str, address: str
) -> None:
    start = text.index(address)
    assert all(s.start > start for s in redactor.redact(text).spans)
