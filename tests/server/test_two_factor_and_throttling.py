"""TOTP enrolment and single use per step, recovery codes, login throttling."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pyotp
import pytest

from tests.server.api_helpers import SignedIn, b64, login, new_account
from tests.server.live_server import LiveServer, cheap_settings, database_url, run_server


def _code(secret: str, server: LiveServer, offset_steps: int = 0) -> str:
    moment = server.clock.now().timestamp() + offset_steps * 30
    return str(pyotp.TOTP(secret).at(moment))


def _enable_totp(
    http: httpx.Client, server: LiveServer, account: SignedIn
) -> tuple[str, list[str]]:
    enrol = http.post("/account/totp/enrol", headers=account.headers).json()
    uri = urlparse(enrol["otpauth_uri"])
    assert uri.scheme == "otpauth"
    assert parse_qs(uri.query)["secret"] == [enrol["secret"]]
    assert parse_qs(uri.query)["issuer"] == ["Tenor"]
    wrong = http.post("/account/totp/confirm", headers=account.headers, json={"code": "000000"})
    assert wrong.status_code == 403
    confirmed = http.post(
        "/account/totp/confirm",
        headers=account.headers,
        json={"code": _code(enrol["secret"], server)},
    )
    assert confirmed.status_code == 200, confirmed.text
    codes = confirmed.json()["recovery_codes"]
    assert len(codes) == 10
    assert len(set(codes)) == 10
    # The confirmation used the current step; move on so the next login has a fresh one.
    server.clock.advance(30)
    return enrol["secret"], codes


def test_login_requires_totp_and_refuses_a_replayed_code(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        secret, _ = _enable_totp(http, live_server, account)
        missing = login(http, account.email, account.auth_secret)
        assert missing.status_code == 401
        assert missing.json()["detail"] == "totp_required"
        code = _code(secret, live_server)
        assert login(http, account.email, account.auth_secret, totp_code=code).status_code == 200
        replay = login(http, account.email, account.auth_secret, totp_code=code)
        assert replay.status_code == 401
        # The previous step is within ±1 but older than the accepted one: also refused.
        previous = _code(secret, live_server, -1)
        assert (
            login(http, account.email, account.auth_secret, totp_code=previous).status_code == 401
        )
        # The next step (clock drift +1) is accepted once.
        following = _code(secret, live_server, 1)
        assert (
            login(http, account.email, account.auth_secret, totp_code=following).status_code == 200
        )
        far = _code(secret, live_server, 3)
        assert login(http, account.email, account.auth_secret, totp_code=far).status_code == 401


def test_recovery_codes_work_once(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        _, codes = _enable_totp(http, live_server, account)
        first = login(http, account.email, account.auth_secret, recovery_code=codes[0].upper())
        assert first.status_code == 200
        again = login(http, account.email, account.auth_secret, recovery_code=codes[0])
        assert again.status_code == 401
        assert (
            login(http, account.email, account.auth_secret, recovery_code=codes[1]).status_code
            == 200
        )


def test_account_deletion_needs_the_second_factor(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        secret, _ = _enable_totp(http, live_server, account)
        body = {"auth_secret": b64(account.auth_secret)}
        refused = http.post("/account/delete", headers=account.headers, json=body)
        assert refused.status_code == 403
        body["totp_code"] = _code(secret, live_server)
        assert http.post("/account/delete", headers=account.headers, json=body).status_code == 204


@pytest.fixture
def strict_server(tmp_path: Path) -> Iterator[LiveServer]:
    """A server with small limits so throttling shows within a few requests."""
    with database_url("sqlite", tmp_path) as url:
        settings = cheap_settings(url, tmp_path, failures_before_delay=3, ip_failures_per_window=40)
        with run_server(settings) as server:
            yield server


def test_repeated_failures_are_delayed_but_a_known_device_still_gets_in(
    strict_server: LiveServer,
) -> None:
    with httpx.Client(base_url=strict_server.base_url) as http:
        account = new_account(http)
        statuses = [
            login(http, account.email, secrets.token_bytes(32)).status_code for _ in range(6)
        ]
        assert statuses[:3] == [401, 401, 401]
        assert 429 in statuses[3:]
        throttled = login(http, account.email, account.auth_secret)
        assert throttled.status_code == 429
        assert int(throttled.headers["retry-after"]) >= 1
        # The clinician's own laptop (device token from an earlier sign-in) is not locked out.
        own = login(http, account.email, account.auth_secret, device_token=account.device_token)
        assert own.status_code == 200
        # After the delay has passed, a new device may try again.
        strict_server.clock.advance(int(throttled.headers["retry-after"]) + 1)
        assert login(http, account.email, account.auth_secret).status_code == 200


def test_account_failures_are_capped_per_hour(strict_server: LiveServer) -> None:
    with httpx.Client(base_url=strict_server.base_url) as http:
        account = new_account(http)
        accepted_failures = 0
        for _ in range(150):
            response = login(http, account.email, secrets.token_bytes(32))
            if response.status_code == 401:
                accepted_failures += 1
            strict_server.clock.advance(int(response.headers.get("retry-after", "0")) + 0.5)
            if strict_server.clock.offset.total_seconds() > 3000:
                break
        assert 0 < accepted_failures <= 100


def test_one_address_guessing_many_accounts_is_throttled(tmp_path: Path) -> None:
    with database_url("sqlite", tmp_path) as url:
        settings = cheap_settings(url, tmp_path, ip_failures_per_window=5)
        with run_server(settings) as server, httpx.Client(base_url=server.base_url) as http:
            statuses = [
                login(http, f"victim{n}@example.org", secrets.token_bytes(32)).status_code
                for n in range(8)
            ]
            assert statuses[:5] == [401] * 5
            assert statuses[5:] == [429] * 3
            server.clock.advance(601)
            assert login(http, "victim0@example.org", secrets.token_bytes(32)).status_code == 401
