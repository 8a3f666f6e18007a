"""A loopback fake of Anthropic's Messages API (``POST /v1/messages``), JSON and SSE.

Same scripting as ``openai_server``: queued faults (``"rate_limit"``, ``"overloaded"``,
``"server_error"``, ``"malformed"``, ``"truncated"``, ``"cut_stream"``, ``"slow"``,
``"stream_error"``), otherwise the text of ``model(system, user)``; requests are recorded.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.openai_server import (
    FakeState,
    LoopbackServer,
    _paced,
    chunks,
    fault_response,
    sse,
)


def _anthropic_error(kind: str) -> dict[str, Any]:
    names = {"rate_limit": "rate_limit_error", "server_error": "api_error"}
    return {"type": "error", "error": {"type": names.get(kind, kind), "message": f"fake {kind}"}}


def _message(body: dict[str, Any], text: str, stop_reason: str | None) -> dict[str, Any]:
    return {
        "id": "msg_fake01",
        "type": "message",
        "role": "assistant",
        "model": body.get("model"),
        "content": [{"type": "text", "text": text}] if text else [],
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 100, "output_tokens": max(1, len(text) // 4)},
    }


def _stream(body: dict[str, Any], text: str, fault: str | None, size: int) -> Iterator[bytes]:
    yield sse("message_start", {"type": "message_start", "message": _message(body, "", None)})
    block = {
        "type": "content_block_start",
        "index": 0,
        "content_block": {"type": "text", "text": ""},
    }
    yield sse("content_block_start", block)
    yield sse("ping", {"type": "ping"})
    pieces = chunks(text, size)
    for index, piece in enumerate(pieces):
        if fault in ("cut_stream", "stream_error") and index == len(pieces) // 2:
            if fault == "stream_error":
                yield sse("error", _anthropic_error("overloaded_error"))
            return
        delta = {"type": "text_delta", "text": piece}
        yield sse(
            "content_block_delta", {"type": "content_block_delta", "index": 0, "delta": delta}
        )
    yield sse("content_block_stop", {"type": "content_block_stop", "index": 0})
    stop = "max_tokens" if fault == "truncated" else "end_turn"
    yield sse(
        "message_delta",
        {
            "type": "message_delta",
            "delta": {"stop_reason": stop, "stop_sequence": None},
            "usage": {"output_tokens": max(1, len(text) // 4)},
        },
    )
    yield sse("message_stop", {"type": "message_stop"})


def build_anthropic_app(state: FakeState) -> Starlette:
    """The Starlette app behind the fake."""

    async def messages(request: Request) -> Response:
        body = await state.record(request)
        # Like the real API: a version header and a key (x-api-key, or Bearer as newer SDKs send).
        has_key = "x-api-key" in request.headers or "authorization" in request.headers
        if not has_key:
            return JSONResponse(_anthropic_error("authentication_error"), status_code=401)
        if "anthropic-version" not in request.headers:
            return JSONResponse(_anthropic_error("invalid_request_error"), status_code=400)
        fault = state.next_fault()
        if fault == "overloaded":
            return JSONResponse(_anthropic_error("overloaded_error"), status_code=529)
        early = await fault_response(fault, state, _anthropic_error)
        if early is not None:
            return early
        system = body.get("system") or ""
        if isinstance(system, list):
            system = "".join(block["text"] for block in system)
        content = body["messages"][-1]["content"]
        user = content if isinstance(content, str) else "".join(b["text"] for b in content)
        text = state.model(system, user)
        if body.get("stream"):
            frames = _stream(body, text, fault, state.chunk_size)
            return StreamingResponse(_paced(frames, state), media_type="text/event-stream")
        stop = "max_tokens" if fault == "truncated" else "end_turn"
        return JSONResponse(_message(body, text, stop))

    return Starlette(routes=[Route("/v1/messages", messages, methods=["POST"])])


class FakeAnthropicServer:
    """The fake as tests use it: ``base_url`` (no ``/v1``, like the SDK) and ``state``."""

    def __init__(self) -> None:
        self.state = FakeState()
        self._server = LoopbackServer(build_anthropic_app(self.state))

    def __enter__(self) -> FakeAnthropicServer:
        self._server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.stop()

    @property
    def base_url(self) -> str:
        """What the Anthropic SDK calls ``base_url``."""
        return self._server.url
