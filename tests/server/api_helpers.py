"""Small helpers that speak the server's wire format directly (no client library)."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from typing import Any

import httpx

STRONG_KDF = {"memory_kib": 65536, "iterations": 3, "parallelism": 1}


def b64(data: bytes) -> str:
    """Standard base64 text."""
    return base64.b64encode(data).decode()


@dataclass
class SignedIn:
    """A registered account and one signed-in session."""

    email: str
    auth_secret: bytes
    access_token: str
    refresh_token: str
    device_token: str
    session_id: str

    @property
    def headers(self) -> dict[str, str]:
        """Bearer header of the session."""
        return {"Authorization": f"Bearer {self.access_token}"}


def register(http: httpx.Client, email: str | None = None) -> tuple[str, bytes]:
    """Register a fresh account; return its e-mail and auth secret."""
    email = email or f"t{secrets.token_hex(4)}@example.org"
    secret = secrets.token_bytes(32)
    response = http.post(
        "/auth/register",
        json={
            "email": email,
            "auth_secret": b64(secret),
            "kdf": {"salt": b64(secrets.token_bytes(16)), **STRONG_KDF},
            "wrapped_account_key": b64(secrets.token_bytes(60)),
        },
    )
    assert response.status_code == 201, response.text
    return email, secret


def login(http: httpx.Client, email: str, secret: bytes, **extra: Any) -> httpx.Response:
    """POST /auth/login."""
    return http.post("/auth/login", json={"email": email, "auth_secret": b64(secret), **extra})


def new_account(http: httpx.Client) -> SignedIn:
    """Register and sign in."""
    email, secret = register(http)
    response = login(http, email, secret, device_name="laptop")
    assert response.status_code == 200, response.text
    body = response.json()
    return SignedIn(
        email,
        secret,
        body["access_token"],
        body["refresh_token"],
        body["device_token"],
        body["session_id"],
    )


def put_item(
    http: httpx.Client, account: SignedIn, item_id: str, data: bytes, base_version: int = 0
) -> httpx.Response:
    """PUT one item with opaque bytes as its ciphertext."""
    return http.put(
        f"/items/{item_id}",
        headers=account.headers,
        json={
            "kind": "note",
            "ciphertext": b64(data),
            "wrapped_item_key": b64(b"k" * 40),
            "key_id": "key_1",
            "base_version": base_version,
            "request_id": secrets.token_hex(8),
        },
    )
