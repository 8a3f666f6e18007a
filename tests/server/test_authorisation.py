"""Authorisation on every route: account B can never read, list, modify or delete A's data.

``CALLS`` names one request per route; a guard test fails when a route is added to the app
without being listed here, so new routes cannot skip this check.
"""

from __future__ import annotations

import httpx

from tests.server.api_helpers import SignedIn, b64, new_account, put_item
from tests.server.live_server import LiveServer

PUBLIC = {
    ("POST", "/auth/params"),
    ("POST", "/auth/register"),
    ("POST", "/auth/login"),
    ("POST", "/auth/refresh"),
    ("GET", "/health"),
}
ITEM_ID = "note_owned_by_a"

# Route -> request B makes against A's data (path parameters filled with A's ids).
CALLS: dict[tuple[str, str], tuple[str, dict[str, object]]] = {
    ("GET", "/items"): ("/items", {"params": {"cursor": 0}}),
    ("GET", "/items/{item_id}"): (f"/items/{ITEM_ID}", {}),
    ("GET", "/items/{item_id}/content"): (f"/items/{ITEM_ID}/content", {}),
    ("PUT", "/items/{item_id}"): (f"/items/{ITEM_ID}", {}),
    ("PUT", "/items/{item_id}/content"): (f"/items/{ITEM_ID}/content", {"content": b"x"}),
    ("DELETE", "/items/{item_id}"): (f"/items/{ITEM_ID}", {"params": {"request_id": "b-delete-1"}}),
    ("POST", "/sync/push"): ("/sync/push", {}),
    ("GET", "/devices"): ("/devices", {}),
    ("DELETE", "/devices/{device_id}"): ("/devices/{a_session}", {}),
    ("GET", "/account"): ("/account", {}),
    ("GET", "/account/audit"): ("/account/audit", {}),
    ("POST", "/account/password"): ("/account/password", {}),
    ("POST", "/account/delete"): ("/account/delete", {}),
    ("POST", "/account/totp/enrol"): ("/account/totp/enrol", {}),
    ("POST", "/account/totp/confirm"): ("/account/totp/confirm", {}),
    ("POST", "/account/totp/disable"): ("/account/totp/disable", {}),
    ("POST", "/auth/logout"): ("/auth/logout", {}),
}


def _routes(http: httpx.Client) -> set[tuple[str, str]]:
    schema = http.get("/openapi.json").json()
    return {
        (method.upper(), path) for path, methods in schema["paths"].items() for method in methods
    }


def test_every_route_is_either_public_or_checked_here(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        assert _routes(http) == PUBLIC | set(CALLS)


def test_every_protected_route_refuses_requests_without_a_valid_token(
    live_server: LiveServer,
) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        for (method, _), (path, extra) in CALLS.items():
            for headers in ({}, {"Authorization": "Bearer " + "x" * 43}):
                response = http.request(
                    method,
                    path.format(a_session="dev_x"),
                    headers=headers,
                    **extra,  # type: ignore[arg-type]
                )
                assert response.status_code == 401, (method, path, response.status_code)


def _a_state(http: httpx.Client, a: SignedIn) -> dict[str, object]:
    return {
        "item": http.get(f"/items/{ITEM_ID}", headers=a.headers).json(),
        "pull": http.get("/items", headers=a.headers).json(),
        "devices": [d["id"] for d in http.get("/devices", headers=a.headers).json()],
        "account": http.get("/account", headers=a.headers).json(),
    }


def test_b_cannot_touch_a(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        a = new_account(http)
        b = new_account(http)
        assert put_item(http, a, ITEM_ID, b"a-private").status_code == 200
        before = _a_state(http, a)
        # Reads and lists never show A's data.
        assert http.get(f"/items/{ITEM_ID}", headers=b.headers).status_code == 404
        assert http.get(f"/items/{ITEM_ID}/content", headers=b.headers).status_code == 404
        assert http.get("/items", headers=b.headers).json()["items"] == []
        assert a.session_id not in {d["id"] for d in http.get("/devices", headers=b.headers).json()}
        assert http.get("/account", headers=b.headers).json()["email"] == b.email
        audit = http.get("/account/audit", headers=b.headers).json()
        assert {e["object_id"] for e in audit}.isdisjoint({a.session_id, ITEM_ID})
        # Deleting A's item or A's device is indistinguishable from a missing one.
        deleted = http.delete(
            f"/items/{ITEM_ID}", headers=b.headers, params={"request_id": "b-delete-1"}
        )
        assert deleted.status_code == 404
        assert http.delete(f"/devices/{a.session_id}", headers=b.headers).status_code == 404
        # Writing "A's" id from B creates B's own item; A's copy is untouched.
        assert put_item(http, b, ITEM_ID, b"b-data", base_version=1).status_code == 200
        push = http.post(
            "/sync/push",
            headers=b.headers,
            json={
                "request_id": "b-push-0001",
                "changes": [
                    {"item_id": ITEM_ID, "kind": "note", "base_version": 0, "deleted": True}
                ],
            },
        )
        assert push.status_code == 200
        # Account-level actions with A's secret but B's token act on B only (and fail).
        wrong = http.post(
            "/account/delete", headers=b.headers, json={"auth_secret": b64(a.auth_secret)}
        )
        assert wrong.status_code == 403
        after = _a_state(http, a)
        assert after == before
        assert http.get(f"/items/{ITEM_ID}", headers=b.headers).json()["deleted"] is True
