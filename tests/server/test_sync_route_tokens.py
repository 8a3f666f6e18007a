"""The sync routes (pull, push) authenticate on their own fast path: same token rules.

``/items`` and ``/sync/push`` do not use the general ``get_caller`` dependency (one Core query
that also reads the change counters), so idle and absolute expiry, revocation, rotation and
the idle-time touch are checked here on those routes themselves.
"""

from __future__ import annotations

import secrets

import httpx

from tests.server.api_helpers import SignedIn, b64, new_account
from tests.server.live_server import LiveServer


def _push(http: httpx.Client, headers: dict[str, str], item_id: str) -> httpx.Response:
    return http.post(
        "/sync/push",
        headers=headers,
        json={
            "request_id": secrets.token_hex(8),
            "changes": [
                {
                    "item_id": item_id,
                    "kind": "note",
                    "base_version": 0,
                    "ciphertext": b64(b"c" * 32),
                    "wrapped_item_key": b64(b"k" * 40),
                    "key_id": "key_1",
                }
            ],
        },
    )


def _both_routes(http: httpx.Client, headers: dict[str, str]) -> tuple[int, int]:
    pull = http.get("/items", headers=headers)
    push = _push(http, headers, "n_" + secrets.token_hex(4))
    return pull.status_code, push.status_code


def test_idle_expiry_and_the_touch_apply_to_pull_and_push(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        live_server.clock.advance(29 * 60)
        assert http.get("/items", headers=account.headers).status_code == 200
        live_server.clock.advance(29 * 60)  # the pull above moved the last-use time
        assert _push(http, account.headers, "n_1").status_code == 200
        live_server.clock.advance(29 * 60)  # ...and so did the push
        assert http.get("/items", headers=account.headers).status_code == 200
        live_server.clock.advance(30 * 60 + 1)
        assert _both_routes(http, account.headers) == (401, 401)
        response = http.get("/items", headers=account.headers)
        assert response.headers["www-authenticate"] == "Bearer"


def test_absolute_expiry_applies_to_pull_and_push(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        absolute = live_server.settings.access_absolute_seconds
        used = 0
        while used + 20 * 60 < absolute:  # kept busy: never idle for long
            live_server.clock.advance(20 * 60)
            used += 20 * 60
            assert http.get("/items", headers=account.headers).status_code == 200
        live_server.clock.advance(absolute - used)
        assert _both_routes(http, account.headers) == (401, 401)


def test_logout_revocation_and_rotation_apply_to_pull_and_push(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        rotated_away = new_account(http)
        assert _both_routes(http, rotated_away.headers) == (200, 200)
        fresh = http.post("/auth/refresh", json={"refresh_token": rotated_away.refresh_token})
        assert fresh.status_code == 200
        assert _both_routes(http, rotated_away.headers) == (401, 401)
        new_headers = {"Authorization": f"Bearer {fresh.json()['access_token']}"}
        assert _both_routes(http, new_headers) == (200, 200)

        logged_out: SignedIn = new_account(http)
        assert http.post("/auth/logout", headers=logged_out.headers).status_code == 204
        assert _both_routes(http, logged_out.headers) == (401, 401)


def test_no_change_pull_answers_from_the_counters(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        assert _push(http, account.headers, "n_1").status_code == 200
        first = http.get("/items", headers=account.headers).json()
        assert [item["id"] for item in first["items"]] == ["n_1"]
        again = http.get("/items", headers=account.headers, params={"cursor": first["cursor"]})
        assert again.json() == {"items": [], "cursor": first["cursor"], "has_more": False}
        ahead = http.get("/items", headers=account.headers, params={"cursor": first["cursor"] + 1})
        assert ahead.status_code == 410
