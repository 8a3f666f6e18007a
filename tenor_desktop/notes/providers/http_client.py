"""The HTTP plumbing shared by the provider clients: connection, retries, JSON, stream errors."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx

from tenor_desktop.core.errors import TenorError
from tenor_desktop.notes.errors import MalformedNoteOutput, ProviderRefused, ProviderUnavailable
from tenor_desktop.notes.providers.base import SecretGetter
from tenor_desktop.notes.providers.http_retry import RetryPolicy, send_with_retry

DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=120.0, write=30.0, pool=10.0)


class HttpNoteClient:
    """Base of the provider clients: owns base URL, key lookup, transport, timeout and retries."""

    name = "provider"
    secret_name = ""

    def __init__(
        self,
        *,
        base_url: str,
        model: str,
        get_secret: SecretGetter,
        transport: httpx.BaseTransport | None = None,
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        stream: bool = True,
        max_output_tokens: int = 4096,
    ) -> None:
        self.base_url = base_url
        self.model = model
        self._get_secret = get_secret
        self._transport = transport
        self._timeout = timeout
        self._retry = retry or RetryPolicy()
        self.stream = stream
        self.max_output_tokens = max_output_tokens

    def _api_key(self, *, required: bool = True) -> str | None:
        try:
            key = self._get_secret(self.secret_name) if self.secret_name else None
        except TenorError:
            if required:
                raise
            key = None  # an optional key (local servers) that the store cannot hold: send none
        if required and not key:
            raise ProviderRefused(f"No API key is stored for {self.name}. Add it in Settings.")
        return key

    @contextmanager
    def _post(
        self, path_url: str, headers: dict[str, str], body: dict[str, Any]
    ) -> Iterator[httpx.Response]:
        with (
            httpx.Client(transport=self._transport, timeout=self._timeout) as client,
            send_with_retry(
                client,
                self.name,
                path_url,
                headers=headers,
                body=body,
                policy=self._retry,
                stream=self.stream,
            ) as response,
        ):
            content_type = response.headers.get("content-type", "")
            if self.stream and not content_type.startswith("text/event-stream"):
                raise self.malformed("expected an event stream")
            try:
                yield response
            except httpx.TimeoutException as error:
                raise ProviderUnavailable(f"{self.name} stopped answering mid-note.") from error
            except httpx.TransportError as error:
                raise ProviderUnavailable(
                    f"{self.name} dropped the connection mid-note."
                ) from error

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        try:
            value = response.json()
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise self.malformed("the response body is not JSON") from error
        if not isinstance(value, dict):
            raise self.malformed("the response body is not a JSON object")
        return value

    def _event_json(self, data: str) -> dict[str, Any]:
        try:
            value = json.loads(data)
        except json.JSONDecodeError as error:
            raise self.malformed("a streamed event is not JSON") from error
        if not isinstance(value, dict):
            raise self.malformed("a streamed event is not a JSON object")
        return value

    def malformed(self, reason: str) -> MalformedNoteOutput:
        """The error for an answer that breaks the provider's wire format."""
        return MalformedNoteOutput(
            f"{self.name} returned an unusable answer ({reason}). "
            "The transcript is unchanged; retry or draft the note offline."
        )

    def truncated(self) -> MalformedNoteOutput:
        """The error for an answer cut short (token limit, dropped stream)."""
        return MalformedNoteOutput(
            f"{self.name} stopped before the note was complete. "
            "The transcript is unchanged; retry or draft the note offline."
        )
