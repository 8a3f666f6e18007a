"""Sending a provider request with retries: 429/5xx and connection failures, backoff + jitter.

A streamed answer is retried only until its first text reaches the caller; after that a failure
is reported instead, because text already shown cannot be taken back.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from tenor_desktop.notes.errors import NoteError, ProviderRefused, ProviderUnavailable

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504, 529})


@dataclass
class RetryPolicy:
    """How often and how patiently to retry (``sleep``/``jitter`` injectable for tests)."""

    max_attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = field(default=random.random)

    def delay(self, attempt: int, retry_after: float | None) -> float:
        """Full-jitter exponential backoff; a server's Retry-After is honoured (capped)."""
        if retry_after is not None:
            return float(min(max(retry_after, 0.0), self.max_delay))
        ceiling = min(self.max_delay, self.base_delay * (2**attempt))
        return float(ceiling * (0.5 + 0.5 * self.jitter()))


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return float(response.headers["retry-after"])
    except (KeyError, ValueError):
        return None


def raise_for_status(provider: str, response: httpx.Response) -> None:
    """Turn a non-retryable HTTP error into the matching NoteError."""
    status = response.status_code
    if status < 400:
        return
    if status in (401, 403):
        raise ProviderRefused(
            f"{provider} rejected the API key (HTTP {status}). Check it in Settings."
        )
    if status == 404:
        raise NoteError(f"{provider} does not know this model or endpoint (HTTP 404).")
    if status in RETRYABLE_STATUS:
        raise ProviderUnavailable(
            f"{provider} is busy or failing (HTTP {status}) after several tries. "
            "The transcript is unchanged; retry later or draft the note offline.",
            status=status,
        )
    raise NoteError(f"{provider} rejected the request (HTTP {status}).")


@contextmanager
def send_with_retry(
    client: httpx.Client,
    provider: str,
    url: str,
    *,
    headers: dict[str, str],
    body: dict[str, Any],
    policy: RetryPolicy,
    stream: bool,
) -> Iterator[httpx.Response]:
    """Yield the first successful (2xx) response, retrying transient failures per ``policy``."""
    for attempt in range(policy.max_attempts):
        last = attempt == policy.max_attempts - 1
        request = client.build_request("POST", url, headers=headers, json=body)
        try:
            response = client.send(request, stream=stream)
        except httpx.TimeoutException as error:
            if last:
                raise ProviderUnavailable(f"{provider} did not answer in time.") from error
            policy.sleep(policy.delay(attempt, None))
            continue
        except httpx.TransportError as error:
            if last:
                raise ProviderUnavailable(f"{provider} could not be reached.") from error
            policy.sleep(policy.delay(attempt, None))
            continue
        try:
            if response.status_code in RETRYABLE_STATUS and not last:
                policy.sleep(policy.delay(attempt, _retry_after(response)))
                continue
            raise_for_status(provider, response)
            yield response
            return
        finally:
            response.close()
    raise ProviderUnavailable(f"{provider} could not be reached.")  # pragma: no cover
