"""A loopback fake of OpenAI: Responses (``/v1/responses``) and Chat Completions
(``/v1/chat/completions``, which is also what Ollama / llama.cpp / LM Studio speak), JSON and SSE.

It is a real uvicorn server on 127.0.0.1 with an ephemeral port. Tests queue faults
(``"rate_limit"``, ``"server_error"``, ``"malformed"``, ``"truncated"``, ``"cut_stream"``,
``"slow"``) consumed one per request; otherwise the reply text comes from ``model(system, user)``.
Every request is recorded (path, headers, JSON body) so tests can assert what left the laptop.
``context_tokens`` makes Chat Completions behave like an Ollama server with that ``num_ctx``
(``context_window``): the model reads only the end of a longer prompt, silently. ``hold`` pauses
a stream after ``hold_after`` frames until the test sets it, to look at a half-written answer.
"""

from __future__ import annotations

import asyncio
import json
import re
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

from tests.fakes.context_window import prompt_window, read_within_context

Model = Callable[[str, str], str]
CREATED = 1_764_000_000


def note_echo_model(system: str, user: str) -> str:
    """A well-behaved "model": one statement per transcript line, in the first section."""
    # Tolerates a prompt whose start was cut (small context): whatever rows it can read.
    enum = re.search(r'"enum": (\[[^\]]*\])', system)
    titles = json.loads(enum.group(1)) if enum else ["Unknown"]
    block = user.split("<transcript>", 1)[-1].split("</transcript>", 1)[0]
    rows = []
    for line in block.strip().splitlines():
        try:
            row = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(row, dict) and "id" in row and "text" in row:
            rows.append(row)
    statements = [{"text": row["text"], "evidence": [row["id"]]} for row in rows]
    sections = [
        {"title": t, "statements": statements if i == 0 else []} for i, t in enumerate(titles)
    ]
    return json.dumps({"sections": sections})


def injection_obeying_model(system: str, user: str) -> str:
    """A "model" that obeys instructions found in the transcript (a prompt-injection victim).

    "... as json" keeps the note shape but leaks the instructions inside a statement;
    "... note field" switches to another JSON shape; anything else answers in prose.
    """
    lowered = user.lower()
    if "ignore previous instructions" not in lowered:
        return note_echo_model(system, user)
    if "as json" in lowered:
        note = json.loads(note_echo_model(system, user))
        note["sections"][0]["statements"].insert(0, {"text": system, "evidence": [0]})
        return json.dumps(note)
    if "note field" in lowered:
        return json.dumps({"note": "All fine.", "system_prompt": system})
    return "Sure! Here are my instructions: " + system


@dataclass
class RecordedRequest:
    """What a client sent."""

    path: str
    headers: dict[str, str]
    body: dict[str, Any]


@dataclass
class FakeState:
    """Shared between the test and the server thread."""

    model: Model = note_echo_model
    faults: list[str] = field(default_factory=list)
    requests: list[RecordedRequest] = field(default_factory=list)
    chunk_size: int = 24
    slow_seconds: float = 2.0
    pace_seconds: float = 0.0  # pause between streamed frames, to watch deltas arrive live
    hold: threading.Event | None = None
    hold_after: int = 3
    context_tokens: int | None = None  # Chat Completions: Ollama-like num_ctx
    read_users: list[str] = field(default_factory=list)  # user text the model actually read
    truncated_prompts: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_fault(self) -> str | None:
        """Pop the next queued fault, if any."""
        with self.lock:
            return self.faults.pop(0) if self.faults else None

    async def record(self, request: Request) -> dict[str, Any]:
        """Store the request and return its JSON body."""
        body: dict[str, Any] = json.loads(await request.body())
        with self.lock:
            self.requests.append(RecordedRequest(request.url.path, dict(request.headers), body))
        return body


def sse(event: str | None, payload: dict[str, Any] | str) -> bytes:
    """One SSE frame."""
    data = payload if isinstance(payload, str) else json.dumps(payload)
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {data}\n\n".encode()


def chunks(text: str, size: int) -> list[str]:
    """Split text into stream deltas."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


async def fault_response(
    fault: str | None, state: FakeState, error_body: Callable[[str], dict[str, Any]]
) -> Response | None:
    """The HTTP-level faults shared by every endpoint."""
    if fault == "rate_limit":
        return JSONResponse(error_body("rate_limit"), status_code=429, headers={"retry-after": "0"})
    if fault == "server_error":
        return JSONResponse(error_body("server_error"), status_code=500)
    if fault == "malformed":
        return Response("<html>upstream exploded", status_code=200, media_type="application/json")
    if fault == "slow":
        await asyncio.sleep(state.slow_seconds)
    return None


def _openai_error(kind: str) -> dict[str, Any]:
    return {"error": {"message": f"fake {kind}", "type": kind, "param": None, "code": kind}}


def _system_and_user_from_responses(body: dict[str, Any]) -> tuple[str, str]:
    user = (
        body["input"] if isinstance(body["input"], str) else body["input"][0]["content"][0]["text"]
    )
    return body.get("instructions") or "", user


def _response_object(body: dict[str, Any], text: str, status: str) -> dict[str, Any]:
    message = {
        "id": "msg_fake1",
        "type": "message",
        "status": "completed" if status == "completed" else "incomplete",
        "role": "assistant",
        "content": [{"type": "output_text", "text": text, "annotations": [], "logprobs": []}],
    }
    return {
        "id": "resp_fake1",
        "object": "response",
        "created_at": CREATED,
        "status": status,
        "error": None,
        "incomplete_details": {"reason": "max_output_tokens"} if status == "incomplete" else None,
        "instructions": body.get("instructions"),
        "max_output_tokens": body.get("max_output_tokens"),
        "model": body.get("model"),
        "output": [message] if status != "in_progress" else [],
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "reasoning": {"effort": None, "summary": None},
        "store": body.get("store", True),
        "temperature": 1.0,
        "text": body.get("text", {"format": {"type": "text"}}),
        "tool_choice": "auto",
        "tools": [],
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": {
            "input_tokens": 100,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens": len(text) // 4,
            "output_tokens_details": {"reasoning_tokens": 0},
            "total_tokens": 100 + len(text) // 4,
        },
        "user": None,
        "metadata": {},
    }


def _responses_stream(
    body: dict[str, Any], text: str, fault: str | None, size: int
) -> Iterator[bytes]:
    seq = iter(range(10_000))
    start = _response_object(body, "", "in_progress")
    yield sse(
        "response.created",
        {"type": "response.created", "sequence_number": next(seq), "response": start},
    )
    yield sse(
        "response.in_progress",
        {"type": "response.in_progress", "sequence_number": next(seq), "response": start},
    )
    item = {
        "id": "msg_fake1",
        "type": "message",
        "status": "in_progress",
        "role": "assistant",
        "content": [],
    }
    yield sse(
        "response.output_item.added",
        {
            "type": "response.output_item.added",
            "sequence_number": next(seq),
            "output_index": 0,
            "item": item,
        },
    )
    part = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
    where = {"item_id": "msg_fake1", "output_index": 0, "content_index": 0}
    yield sse(
        "response.content_part.added",
        {
            "type": "response.content_part.added",
            "sequence_number": next(seq),
            **where,
            "part": part,
        },
    )
    pieces = chunks(text, size)
    for index, delta in enumerate(pieces):
        if fault == "cut_stream" and index == len(pieces) // 2:
            return
        yield sse(
            "response.output_text.delta",
            {
                "type": "response.output_text.delta",
                "sequence_number": next(seq),
                **where,
                "delta": delta,
                "logprobs": [],
            },
        )
    status = "incomplete" if fault == "truncated" else "completed"
    yield sse(
        "response.output_text.done",
        {
            "type": "response.output_text.done",
            "sequence_number": next(seq),
            **where,
            "text": text,
            "logprobs": [],
        },
    )
    yield sse(
        "response.content_part.done",
        {
            "type": "response.content_part.done",
            "sequence_number": next(seq),
            **where,
            "part": {**part, "text": text},
        },
    )
    final = _response_object(body, text, status)
    yield sse(
        "response.output_item.done",
        {
            "type": "response.output_item.done",
            "sequence_number": next(seq),
            "output_index": 0,
            "item": final["output"][0],
        },
    )
    kind = f"response.{status}"
    yield sse(kind, {"type": kind, "sequence_number": next(seq), "response": final})


def _chat_chunk(body: dict[str, Any], delta: dict[str, Any], finish: str | None) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake1",
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": body.get("model"),
        "system_fingerprint": None,
        "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}],
    }


def _usage(prompt_tokens: int, text: str) -> dict[str, int]:
    completion = len(text) // 4
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion,
        "total_tokens": prompt_tokens + completion,
    }


def _chat_stream(
    body: dict[str, Any], text: str, fault: str | None, size: int, prompt_tokens: int
) -> Iterator[bytes]:
    yield sse(None, _chat_chunk(body, {"role": "assistant", "content": ""}, None))
    pieces = chunks(text, size)
    for index, delta in enumerate(pieces):
        if fault == "cut_stream" and index == len(pieces) // 2:
            return
        yield sse(None, _chat_chunk(body, {"content": delta}, None))
    yield sse(None, _chat_chunk(body, {}, "length" if fault == "truncated" else "stop"))
    if (body.get("stream_options") or {}).get("include_usage"):
        yield sse(
            None,
            {**_chat_chunk(body, {}, None), "choices": [], "usage": _usage(prompt_tokens, text)},
        )
    yield sse(None, "[DONE]")


async def _paced(frames: Iterator[bytes], state: FakeState) -> AsyncIterator[bytes]:
    for index, frame in enumerate(frames):
        if state.hold is not None and index == state.hold_after:
            await asyncio.to_thread(state.hold.wait, 30)
        yield frame
        await asyncio.sleep(state.pace_seconds)


def build_openai_app(state: FakeState) -> Starlette:
    """The Starlette app behind the fake."""

    async def responses(request: Request) -> Response:
        body = await state.record(request)
        if not request.headers.get("authorization", "").startswith("Bearer "):
            return JSONResponse(_openai_error("invalid_api_key"), status_code=401)
        fault = state.next_fault()
        early = await fault_response(fault, state, _openai_error)
        if early is not None:
            return early
        text = state.model(*_system_and_user_from_responses(body))
        if body.get("stream"):
            frames = _responses_stream(body, text, fault, state.chunk_size)
            return StreamingResponse(_paced(frames, state), media_type="text/event-stream")
        status = "incomplete" if fault == "truncated" else "completed"
        return JSONResponse(_response_object(body, text, status))

    async def chat(request: Request) -> Response:
        body = await state.record(request)
        fault = state.next_fault()
        early = await fault_response(fault, state, _openai_error)
        if early is not None:
            return early
        messages = body["messages"]
        system = next((m["content"] for m in messages if m["role"] == "system"), "")
        user = next(m["content"] for m in messages if m["role"] == "user")
        window = prompt_window(state.context_tokens, body.get("max_tokens"))
        read = read_within_context(system, user, window)
        with state.lock:
            state.read_users.append(read.user)
            state.truncated_prompts += read.truncated
        text = state.model(read.system, read.user)
        if body.get("stream"):
            frames = _chat_stream(body, text, fault, state.chunk_size, read.tokens)
            return StreamingResponse(_paced(frames, state), media_type="text/event-stream")
        return JSONResponse(
            {
                "id": "chatcmpl-fake1",
                "object": "chat.completion",
                "created": CREATED,
                "model": body.get("model"),
                "system_fingerprint": None,
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text, "refusal": None},
                        "logprobs": None,
                        "finish_reason": "length" if fault == "truncated" else "stop",
                    }
                ],
                "usage": _usage(read.tokens, text),
            }
        )

    return Starlette(
        routes=[
            Route("/v1/responses", responses, methods=["POST"]),
            Route("/v1/chat/completions", chat, methods=["POST"]),
        ]
    )


class LoopbackServer:
    """Runs an ASGI app with uvicorn on 127.0.0.1:<ephemeral> in a background thread."""

    def __init__(self, app: Starlette) -> None:
        config = uvicorn.Config(
            app,
            host="127.0.0.1",
            port=0,
            log_level="error",
            lifespan="off",
            ws="none",
            timeout_graceful_shutdown=1,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, daemon=True)
        self.port = 0

    def start(self) -> LoopbackServer:
        """Start and wait until the socket is listening."""
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("fake server did not start")
            time.sleep(0.01)
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self) -> None:
        """Ask uvicorn to exit and wait for the thread."""
        self._server.should_exit = True
        self._thread.join(timeout=10)

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``."""
        return f"http://127.0.0.1:{self.port}"


class FakeOpenAIServer:
    """The fake as tests use it: ``base_url`` (with ``/v1``), ``state`` to script and inspect."""

    def __init__(self) -> None:
        self.state = FakeState()
        self._server = LoopbackServer(build_openai_app(self.state))

    def __enter__(self) -> FakeOpenAIServer:
        self._server.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.stop()

    @property
    def base_url(self) -> str:
        """What the OpenAI SDK calls ``base_url``."""
        return f"{self._server.url}/v1"
