"""HTTP client of the sync server (httpx). The transport and base URL are injectable.

The client keeps the current access/refresh tokens in a ``Credentials`` object owned by the
caller (who persists it in the vault); on a 401 it refreshes once and retries. Errors become the
sync package's exceptions: nothing here prints, and messages never carry content.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from typing import Any

import httpx

from tenor_desktop.sync.errors import (
    AuthenticationFailed,
    SecondFactorRequired,
    ServerRejected,
    ServerUnavailable,
    StaleCursor,
    Throttled,
)
from tenor_desktop.sync.kdf import KdfParameters
from tenor_desktop.sync.wire import OutgoingChange, PushOutcome, RemoteItem, b64


@dataclass
class Credentials:
    """Tokens of one signed-in device."""

    access_token: str
    refresh_token: str
    device_token: str = ""
    session_id: str = ""


class SyncApiClient:
    """Typed calls to the server; one instance per server and device."""

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.BaseTransport | None = None,
        timeout: float = 30.0,
        credentials: Credentials | None = None,
    ) -> None:
        self._http = httpx.Client(base_url=base_url, transport=transport, timeout=timeout)
        self.credentials = credentials

    def close(self) -> None:
        """Release the connection pool."""
        self._http.close()

    # --- accounts -------------------------------------------------------------------------
    def kdf_parameters(self, email: str) -> KdfParameters:
        """The account's KDF parameters (decoys for unknown addresses)."""
        body = self._call("POST", "/auth/params", json={"email": email}, auth=False).json()
        return KdfParameters(
            salt=base64.b64decode(body["salt"]),
            memory_kib=int(body["memory_kib"]),
            iterations=int(body["iterations"]),
            parallelism=int(body["parallelism"]),
        )

    def register(
        self, email: str, auth_secret: bytes, params: KdfParameters, wrapped_account_key: bytes
    ) -> str:
        """Create an account; returns its id."""
        body = {
            "email": email,
            "auth_secret": b64(auth_secret),
            "kdf": _kdf_json(params),
            "wrapped_account_key": b64(wrapped_account_key),
        }
        return str(self._call("POST", "/auth/register", json=body, auth=False).json()["account_id"])

    def login(
        self,
        email: str,
        auth_secret: bytes,
        *,
        device_name: str,
        totp_code: str | None = None,
        recovery_code: str | None = None,
        device_token: str | None = None,
    ) -> bytes:
        """Sign in; stores the credentials and returns the wrapped account key."""
        wrapped, _generation = self.login_with_generation(
            email,
            auth_secret,
            device_name=device_name,
            totp_code=totp_code,
            recovery_code=recovery_code,
            device_token=device_token,
        )
        return wrapped

    def login_with_generation(
        self,
        email: str,
        auth_secret: bytes,
        *,
        device_name: str,
        totp_code: str | None = None,
        recovery_code: str | None = None,
        device_token: str | None = None,
    ) -> tuple[bytes, int]:
        """Sign in; returns the wrapped account key and which generation it is."""
        body: dict[str, Any] = {
            "email": email,
            "auth_secret": b64(auth_secret),
            "device_name": device_name,
        }
        for key, value in (
            ("totp_code", totp_code),
            ("recovery_code", recovery_code),
            ("device_token", device_token),
        ):
            if value:
                body[key] = value
        answer = self._call("POST", "/auth/login", json=body, auth=False).json()
        self.credentials = Credentials(
            answer["access_token"],
            answer["refresh_token"],
            answer["device_token"],
            answer["session_id"],
        )
        generation = int(answer.get("account_key_generation", 0))
        return base64.b64decode(answer["wrapped_account_key"]), generation

    def logout(self) -> None:
        """Revoke this device's session."""
        self._call("POST", "/auth/logout")
        self.credentials = None

    def delete_account(self, auth_secret: bytes, totp_code: str | None = None) -> None:
        """Delete the account and everything the server holds for it."""
        body: dict[str, Any] = {"auth_secret": b64(auth_secret)}
        if totp_code:
            body["totp_code"] = totp_code
        self._call("POST", "/account/delete", json=body)
        self.credentials = None

    def change_password(
        self,
        current_auth_secret: bytes,
        new_auth_secret: bytes,
        params: KdfParameters,
        wrapped_account_key: bytes,
        *,
        end_other_sessions: bool,
        account_key_generation: int = 0,
    ) -> None:
        """Replace the auth secret, KDF parameters and wrapped account key."""
        body = {
            "current_auth_secret": b64(current_auth_secret),
            "new_auth_secret": b64(new_auth_secret),
            "kdf": _kdf_json(params),
            "wrapped_account_key": b64(wrapped_account_key),
            "account_key_generation": account_key_generation,
            "end_other_sessions": end_other_sessions,
        }
        self._call("POST", "/account/password", json=body)

    def enrol_totp(self) -> tuple[str, str]:
        """Start TOTP enrolment: (secret, otpauth URI)."""
        body = self._call("POST", "/account/totp/enrol").json()
        return body["secret"], body["otpauth_uri"]

    def confirm_totp(self, code: str) -> list[str]:
        """Confirm enrolment; returns the ten recovery codes."""
        return list(
            self._call("POST", "/account/totp/confirm", json={"code": code}).json()[
                "recovery_codes"
            ]
        )

    def devices(self) -> list[dict[str, Any]]:
        """Signed-in devices of the account."""
        return list(self._call("GET", "/devices").json())

    def revoke_device(self, device_id: str) -> None:
        """Sign another device out."""
        self._call("DELETE", f"/devices/{device_id}")

    # --- items ----------------------------------------------------------------------------
    def pull(self, cursor: int, limit: int | None = None) -> tuple[list[RemoteItem], int, bool]:
        """One page of changes after ``cursor``."""
        params: dict[str, int] = {"cursor": cursor}
        if limit:
            params["limit"] = limit
        body = self._call("GET", "/items", params=params).json()
        items = [RemoteItem.from_json(item) for item in body["items"]]
        return items, int(body["cursor"]), bool(body["has_more"])

    def content(self, item_id: str) -> bytes:
        """The full ciphertext of a streamed item."""
        return self._call("GET", f"/items/{item_id}/content").content

    def upload(self, request_id: str, change: OutgoingChange) -> PushOutcome:
        """Stream one large ciphertext (``PUT /items/{id}/content``); 409 is a conflict."""
        headers = {
            "X-Item-Kind": change.kind,
            "X-Key-Id": change.key_id or "",
            "X-Wrapped-Item-Key": b64(change.wrapped_item_key or b""),
            "X-Base-Version": str(change.base_version),
            "X-Request-Id": request_id,
            "Content-Type": "application/octet-stream",
        }
        data = change.ciphertext or b""
        chunks = (data[i : i + 256 * 1024] for i in range(0, len(data), 256 * 1024))
        response = self._send(
            "PUT", f"/items/{change.item_id}/content", auth=True, headers=headers, content=chunks
        )
        if response.status_code == 401 and self._refresh():
            chunks = (data[i : i + 256 * 1024] for i in range(0, len(data), 256 * 1024))
            response = self._send(
                "PUT",
                f"/items/{change.item_id}/content",
                auth=True,
                headers=headers,
                content=chunks,
            )
        if response.status_code == 409:
            return PushOutcome(
                change.item_id, "conflict", RemoteItem.from_json(response.json()["item"])
            )
        item = RemoteItem.from_json(_check(response).json())
        return PushOutcome(change.item_id, "applied", item)

    def push(self, request_id: str, changes: list[OutgoingChange]) -> list[PushOutcome]:
        """Send a batch; retries with the same ``request_id`` get the first answer."""
        body = {"request_id": request_id, "changes": [change.to_json() for change in changes]}
        results = self._call("POST", "/sync/push", json=body).json()["results"]
        return [
            PushOutcome(
                r["item_id"], r["status"], RemoteItem.from_json(r["item"]) if r["item"] else None
            )
            for r in results
        ]

    # --- plumbing -------------------------------------------------------------------------
    def _call(self, method: str, path: str, *, auth: bool = True, **kwargs: Any) -> httpx.Response:
        response = self._send(method, path, auth=auth, **kwargs)
        if response.status_code == 401 and auth and self._refresh():
            response = self._send(method, path, auth=auth, **kwargs)
        return _check(response)

    def _send(self, method: str, path: str, *, auth: bool, **kwargs: Any) -> httpx.Response:
        headers = dict(kwargs.pop("headers", None) or {})
        if auth:
            if self.credentials is None:
                raise AuthenticationFailed("This device is not signed in to a sync account.")
            headers["Authorization"] = f"Bearer {self.credentials.access_token}"
        try:
            return self._http.request(method, path, headers=headers, **kwargs)
        except httpx.HTTPError as error:
            raise ServerUnavailable(
                f"The sync server could not be reached ({type(error).__name__})."
            ) from None

    def _refresh(self) -> bool:
        if self.credentials is None:
            return False
        response = self._send(
            "POST",
            "/auth/refresh",
            auth=False,
            json={"refresh_token": self.credentials.refresh_token},
        )
        if response.status_code != 200:
            return False
        body = response.json()
        self.credentials.access_token = body["access_token"]
        self.credentials.refresh_token = body["refresh_token"]
        return True


def _check(response: httpx.Response) -> httpx.Response:
    status = response.status_code
    if status < 400:
        return response
    code = _detail(response)
    if status == 401:
        if code == "totp_required":
            raise SecondFactorRequired("This account needs a code from your authenticator app.")
        raise AuthenticationFailed("Sign-in failed: check the password and code, or sign in again.")
    if status == 429:
        retry = int(response.headers.get("retry-after", "60"))
        raise Throttled(f"Too many attempts; try again in {retry} seconds.", retry)
    if status == 410:
        raise StaleCursor("The server asked for a full resynchronisation.")
    if status >= 500:
        raise ServerUnavailable(f"The sync server failed (HTTP {status}).")
    raise ServerRejected(f"The sync server refused the request ({code}).", status, code)


def _detail(response: httpx.Response) -> str:
    try:
        detail = response.json().get("detail")
    except ValueError:
        return "unknown"
    return detail if isinstance(detail, str) else "invalid_request"


def _kdf_json(params: KdfParameters) -> dict[str, Any]:
    return {
        "algorithm": "argon2id",
        "salt": b64(params.salt),
        "memory_kib": params.memory_kib,
        "iterations": params.iterations,
        "parallelism": params.parallelism,
    }
