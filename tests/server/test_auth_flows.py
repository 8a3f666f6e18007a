"""Accounts, sign-in, refresh rotation, idle expiry, logout, devices, password change."""

from __future__ import annotations

import secrets

import httpx

from tests.server.api_helpers import STRONG_KDF, b64, login, new_account, register
from tests.server.live_server import LiveServer


def test_register_then_login_returns_tokens_and_wrapped_key(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        email, secret = register(http)
        body = login(http, email, secret).json()
        assert body["token_type"] == "bearer"
        assert body["kdf"]["memory_kib"] == 65536
        assert len(body["wrapped_account_key"]) > 40
        me = http.get("/account", headers={"Authorization": f"Bearer {body['access_token']}"})
        assert me.status_code == 200
        assert me.json()["email"] == email
        assert register_again(http, email).status_code == 409


def register_again(http: httpx.Client, email: str) -> httpx.Response:
    """A second registration for the same address."""
    return http.post(
        "/auth/register",
        json={
            "email": email,
            "auth_secret": b64(secrets.token_bytes(32)),
            "kdf": {"salt": b64(secrets.token_bytes(16)), **STRONG_KDF},
            "wrapped_account_key": b64(secrets.token_bytes(60)),
        },
    )


def test_weak_kdf_parameters_are_refused_at_registration(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        response = http.post(
            "/auth/register",
            json={
                "email": "weak@example.org",
                "auth_secret": b64(secrets.token_bytes(32)),
                "kdf": {
                    "salt": b64(secrets.token_bytes(16)),
                    "memory_kib": 1024,
                    "iterations": 1,
                    "parallelism": 1,
                },
                "wrapped_account_key": b64(secrets.token_bytes(60)),
            },
        )
        assert response.status_code == 422


def test_params_for_unknown_address_are_stable_decoys(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        first = http.post("/auth/params", json={"email": "nobody@example.org"}).json()
        second = http.post("/auth/params", json={"email": "nobody@example.org"}).json()
        assert first == second
        assert first["memory_kib"] >= 65536


def test_wrong_secret_is_refused(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        email, _ = register(http)
        response = login(http, email, secrets.token_bytes(32))
        assert response.status_code == 401
        assert response.json()["detail"] == "invalid_credentials"


def test_refresh_rotates_and_reuse_revokes_the_session(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        first = http.post("/auth/refresh", json={"refresh_token": account.refresh_token})
        assert first.status_code == 200
        rotated = first.json()
        assert rotated["refresh_token"] != account.refresh_token
        # The old access token died with the rotation.
        assert http.get("/account", headers=account.headers).status_code == 401
        new_headers = {"Authorization": f"Bearer {rotated['access_token']}"}
        assert http.get("/account", headers=new_headers).status_code == 200
        # Replaying the spent refresh token is reuse: the whole session is revoked.
        replay = http.post("/auth/refresh", json={"refresh_token": account.refresh_token})
        assert replay.status_code == 401
        assert http.get("/account", headers=new_headers).status_code == 401
        again = http.post("/auth/refresh", json={"refresh_token": rotated["refresh_token"]})
        assert again.status_code == 401


def test_access_token_expires_after_30_idle_minutes(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        live_server.clock.advance(29 * 60)
        assert http.get("/account", headers=account.headers).status_code == 200
        live_server.clock.advance(29 * 60)  # used a minute ago... 29 minutes idle again
        assert http.get("/account", headers=account.headers).status_code == 200
        live_server.clock.advance(30 * 60 + 1)
        response = http.get("/account", headers=account.headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        refreshed = http.post("/auth/refresh", json={"refresh_token": account.refresh_token})
        assert refreshed.status_code == 200


def test_logout_revokes_access_and_refresh(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        assert http.post("/auth/logout", headers=account.headers).status_code == 204
        assert http.get("/account", headers=account.headers).status_code == 401
        response = http.post("/auth/refresh", json={"refresh_token": account.refresh_token})
        assert response.status_code == 401


def test_devices_can_be_listed_and_revoked(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        other = login(http, account.email, account.auth_secret, device_name="desktop").json()
        devices = http.get("/devices", headers=account.headers).json()
        assert sorted(d["name"] for d in devices) == ["desktop", "laptop"]
        assert [d["current"] for d in devices if d["name"] == "laptop"] == [True]
        revoked = http.delete(f"/devices/{other['session_id']}", headers=account.headers)
        assert revoked.status_code == 204
        other_headers = {"Authorization": f"Bearer {other['access_token']}"}
        assert http.get("/account", headers=other_headers).status_code == 401
        assert [d["name"] for d in http.get("/devices", headers=account.headers).json()] == [
            "laptop"
        ]


def test_password_change_can_end_every_other_session(live_server: LiveServer) -> None:
    with httpx.Client(base_url=live_server.base_url) as http:
        account = new_account(http)
        other = login(http, account.email, account.auth_secret, device_name="desktop").json()
        new_secret = secrets.token_bytes(32)
        body = {
            "current_auth_secret": b64(account.auth_secret),
            "new_auth_secret": b64(new_secret),
            "kdf": {"salt": b64(secrets.token_bytes(16)), **STRONG_KDF},
            "wrapped_account_key": b64(secrets.token_bytes(60)),
            "end_other_sessions": True,
        }
        response = http.post("/account/password", headers=account.headers, json=body)
        assert response.status_code == 204
        assert http.get("/account", headers=account.headers).status_code == 200
        other_headers = {"Authorization": f"Bearer {other['access_token']}"}
        assert http.get("/account", headers=other_headers).status_code == 401
        assert login(http, account.email, account.auth_secret).status_code == 401
        assert login(http, account.email, new_secret).status_code == 200
        audit = http.get("/account/audit", headers=account.headers).json()
        assert "account.password_changed" in [event["action"] for event in audit]
