"""A Deepgram-compatible live transcription server on 127.0.0.1 for tests.

It speaks the wire format of ``wss://api.deepgram.com/v1/listen`` as the deepgram-sdk 7.x
types define it (``deepgram/listen/v1/types``): query parameters on the upgrade request,
``Authorization: Token <key>``, binary linear16 audio frames, JSON control messages
``KeepAlive`` / ``Finalize`` / ``CloseStream``, and JSON responses ``Results``, ``Metadata``,
``UtteranceEnd`` and ``SpeechStarted``. Speech is really transcribed (faster-whisper tiny.en);
speakers come from a pitch diarizer. Tests can record every request, drop a connection
abruptly mid-utterance, refuse connections for a while (an outage) and set the idle timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http import HTTPStatus
from typing import Any, Protocol
from urllib.parse import parse_qsl, urlsplit

import numpy as np
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from tests.fakes.deepgram_segmenter import (
    RATE,
    Audio,
    Cut,
    DecodedWord,
    PitchDiarizer,
    Segmenter,
)

MODEL_INFO = {"name": "general-nova-3", "version": "2026-01-01.0", "arch": "nova-3"}
MODEL_UUID = "40bd3654-e622-47c4-a111-63a61b23bfa5"
INTERIM_EVERY_SAMPLES = RATE  # one interim result per second of new speech


class WordDecoder(Protocol):
    """Anything that turns a clip into timed words."""

    def decode(self, audio: Audio) -> list[DecodedWord]:
        """Return the words of ``audio`` with clip-relative times."""
        ...


@dataclass
class RecordedConnection:
    """What one websocket connection carried, for assertions."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]
    audio: bytearray = field(default_factory=bytearray)
    control: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    dropped: bool = False
    stalled: bool = False


@dataclass
class _Stream:
    record: RecordedConnection
    request_id: str
    diarizer: PitchDiarizer = field(default_factory=PitchDiarizer)
    segmenter: Segmenter = field(default_factory=Segmenter)
    last_interim_at: int = 0
    last_word_end: float | None = None


def _flag(query: dict[str, str], name: str) -> bool:
    return query.get(name, "false").lower() == "true"


def _seconds(samples: int) -> float:
    return round(samples / RATE, 3)


class FakeDeepgramServer:
    """Serve the Deepgram live API on an ephemeral loopback port from a background thread."""

    def __init__(
        self,
        api_key: str,
        decoder: WordDecoder,
        *,
        idle_timeout_s: float = 10.0,
        send_interim_results: bool = True,
    ) -> None:
        """``send_interim_results=False`` saves CPU in tests that only look at finals."""
        self._api_key = api_key
        self._decoder = decoder
        self.idle_timeout_s = idle_timeout_s
        self._send_interims = send_interim_results
        self.connections: list[RecordedConnection] = []
        self.rejected: list[dict[str, str]] = []
        self.refusing = False
        self._drop_next_after_samples: int | None = None
        self._refuse_after_drop = False
        self._abrupt_drop = True
        self._stall_next_after_samples: int | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._server: Server | None = None
        self.port = 0

    @property
    def ws_base(self) -> str:
        """Base URL for ``DeepgramClientEnvironment.production``."""
        return f"ws://127.0.0.1:{self.port}"

    @property
    def http_base(self) -> str:
        """Base URL for ``DeepgramClientEnvironment.base``."""
        return f"http://127.0.0.1:{self.port}"

    def drop_next_connection_after(
        self, seconds_of_audio: float, *, then_refuse: bool = False, abrupt: bool = True
    ) -> None:
        """Drop the next connection once it has carried this much audio.

        ``abrupt``: abort the TCP connection (no close frame; the client may also lose replies
        still in flight); otherwise close it with 1011 as Deepgram does on an internal error
        (replies already sent arrive). With ``then_refuse`` the server also starts refusing
        new connections at that moment (an outage); set ``refusing = False`` to end it.
        """
        self._drop_next_after_samples = int(seconds_of_audio * RATE)
        self._refuse_after_drop = then_refuse
        self._abrupt_drop = abrupt

    def stall_next_connection_after(self, seconds_of_audio: float) -> None:
        """Stop answering on the next connection; it stays open and swallows what arrives."""
        self._stall_next_after_samples = int(seconds_of_audio * RATE)

    def __enter__(self) -> FakeDeepgramServer:
        self._thread.start()
        started = asyncio.run_coroutine_threadsafe(self._start(), self._loop)
        started.result(timeout=10)
        return self

    def __exit__(self, *_exc: object) -> None:
        asyncio.run_coroutine_threadsafe(self._stop(), self._loop).result(timeout=30)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    async def _start(self) -> None:
        self._server = await serve(
            self._handle, "127.0.0.1", 0, process_request=self._check_request, compression=None
        )
        self.port = next(iter(self._server.sockets)).getsockname()[1]

    async def _stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    def _check_request(self, connection: ServerConnection, request: Request) -> Response | None:
        headers = {name.lower(): value for name, value in request.headers.raw_items()}
        if self.refusing:
            self.rejected.append(headers)
            return connection.respond(HTTPStatus.SERVICE_UNAVAILABLE, "temporarily unavailable\n")
        if urlsplit(request.path).path != "/v1/listen":
            return connection.respond(HTTPStatus.NOT_FOUND, "not found\n")
        if headers.get("authorization") != f"Token {self._api_key}":
            self.rejected.append(headers)
            return connection.respond(HTTPStatus.UNAUTHORIZED, "invalid credentials\n")
        return None

    async def _handle(self, websocket: ServerConnection) -> None:
        request = websocket.request
        assert request is not None
        parts = urlsplit(request.path)
        record = RecordedConnection(
            path=parts.path,
            query=dict(parse_qsl(parts.query)),
            headers={name.lower(): value for name, value in request.headers.raw_items()},
        )
        self.connections.append(record)
        stream = _Stream(record=record, request_id=str(uuid.uuid4()))
        drop_after, self._drop_next_after_samples = self._drop_next_after_samples, None
        stall_after, self._stall_next_after_samples = self._stall_next_after_samples, None
        try:
            while True:
                try:
                    message = await asyncio.wait_for(websocket.recv(), self.idle_timeout_s)
                except TimeoutError:
                    await websocket.close(1011, "NET-0001: no audio received within the timeout")
                    return
                if isinstance(message, bytes):
                    record.audio.extend(message)
                    if drop_after is not None and len(record.audio) // 2 >= drop_after:
                        record.dropped = True
                        self.refusing = self.refusing or self._refuse_after_drop
                        if self._abrupt_drop:
                            websocket.transport.abort()
                        else:
                            await websocket.close(1011, "internal server error")
                        return
                    if stall_after is not None and len(record.audio) // 2 >= stall_after:
                        record.stalled = True
                        async for _ignored in websocket:
                            pass  # swallow everything, answer nothing
                        return
                    await self._on_audio(websocket, stream)
                    continue
                control = json.loads(message)
                record.control.append(control)
                kind = control.get("type")
                if kind == "Finalize":
                    await self._flush(websocket, stream, from_finalize=True)
                elif kind == "CloseStream":
                    await self._flush(websocket, stream, from_finalize=False)
                    await self._send(websocket, stream, self._metadata(stream))
                    await websocket.close(1000)
                    return
        except ConnectionClosed:
            return

    def _audio(self, stream: _Stream) -> Audio:
        pcm = np.frombuffer(bytes(stream.record.audio), dtype="<i2")
        return (pcm.astype(np.float32) / 32768.0).astype(np.float32)

    async def _on_audio(self, websocket: ServerConnection, stream: _Stream) -> None:
        audio = self._audio(stream)
        query = stream.record.query
        segmenter = stream.segmenter
        cuts = segmenter.advance(audio)
        if segmenter.speech_started_at is not None and _flag(query, "vad_events"):
            started = {"type": "SpeechStarted", "channel": [0], "timestamp": 0.0}
            started["timestamp"] = _seconds(segmenter.speech_started_at)
            await self._send(websocket, stream, started)
        for cut in cuts:
            await self._final(websocket, stream, audio, cut, from_finalize=False)
        await self._maybe_utterance_end(websocket, stream)
        due = segmenter.processed - stream.last_interim_at >= INTERIM_EVERY_SAMPLES
        wanted = self._send_interims and _flag(query, "interim_results")
        if segmenter.in_speech and due and wanted:
            stream.last_interim_at = segmenter.processed
            cut = Cut(segmenter.final_until, segmenter.processed, speech=True)
            await self._send(websocket, stream, await self._results(stream, audio, cut, False))

    async def _flush(
        self, websocket: ServerConnection, stream: _Stream, *, from_finalize: bool
    ) -> None:
        audio = self._audio(stream)
        cut = stream.segmenter.flush(audio)
        if cut is not None:
            await self._final(websocket, stream, audio, cut, from_finalize=from_finalize)
        await self._maybe_utterance_end(websocket, stream, force=True)

    async def _final(
        self,
        websocket: ServerConnection,
        stream: _Stream,
        audio: Audio,
        cut: Cut,
        *,
        from_finalize: bool,
    ) -> None:
        message = await self._results(stream, audio, cut, True)
        message["from_finalize"] = from_finalize
        words = message["channel"]["alternatives"][0]["words"]
        if words:
            stream.last_word_end = words[-1]["end"]
        await self._send(websocket, stream, message)

    async def _maybe_utterance_end(
        self, websocket: ServerConnection, stream: _Stream, *, force: bool = False
    ) -> None:
        gap_ms = stream.record.query.get("utterance_end_ms")
        if gap_ms is None or stream.last_word_end is None:
            return
        silence = _seconds(stream.segmenter.processed) - stream.last_word_end
        if force or (not stream.segmenter.in_speech and silence * 1000 >= int(gap_ms)):
            message = {
                "type": "UtteranceEnd",
                "channel": [0, 1],
                "last_word_end": stream.last_word_end,
            }
            stream.last_word_end = None
            await self._send(websocket, stream, message)

    async def _results(
        self, stream: _Stream, audio: Audio, cut: Cut, is_final: bool
    ) -> dict[str, Any]:
        clip = audio[cut.start : cut.end]
        words: list[DecodedWord] = []
        speaker = 0
        if cut.speech:
            words = await asyncio.get_running_loop().run_in_executor(
                None, self._decoder.decode, clip
            )
            if _flag(stream.record.query, "diarize"):
                speaker = stream.diarizer.speaker_for(clip, learn=is_final)
        return self._results_message(stream, cut, words, speaker, is_final)

    def _results_message(
        self, stream: _Stream, cut: Cut, words: list[DecodedWord], speaker: int, is_final: bool
    ) -> dict[str, Any]:
        query = stream.record.query
        formatted = _flag(query, "smart_format") or _flag(query, "punctuate")
        offset = cut.start / RATE
        word_items: list[dict[str, Any]] = []
        for word in words:
            item: dict[str, Any] = {
                "word": word.text.strip(".,?!;:\"'").lower(),
                "start": round(offset + word.start, 3),
                "end": round(offset + word.end, 3),
                "confidence": round(word.probability, 4),
            }
            if formatted:
                item["punctuated_word"] = word.text
            if _flag(query, "diarize"):
                item["speaker"] = speaker
            word_items.append(item)
        key = "punctuated_word" if formatted else "word"
        confidence = float(np.mean([w["confidence"] for w in word_items])) if word_items else 0.0
        return {
            "type": "Results",
            "channel_index": [0, 1],
            "duration": _seconds(cut.end - cut.start),
            "start": _seconds(cut.start),
            "is_final": is_final,
            "speech_final": is_final and cut.speech,
            "channel": {
                "alternatives": [
                    {
                        "transcript": " ".join(w[key] for w in word_items),
                        "confidence": round(confidence, 4),
                        "words": word_items,
                    }
                ]
            },
            "metadata": {
                "request_id": stream.request_id,
                "model_info": MODEL_INFO,
                "model_uuid": MODEL_UUID,
            },
        }

    def _metadata(self, stream: _Stream) -> dict[str, Any]:
        audio = bytes(stream.record.audio)
        return {
            "type": "Metadata",
            "transaction_key": "deprecated",
            "request_id": stream.request_id,
            "sha256": hashlib.sha256(audio).hexdigest(),
            "created": datetime.now(UTC).isoformat(),
            "duration": _seconds(len(audio) // 2),
            "channels": 1,
            "models": [MODEL_UUID],
            "model_info": {MODEL_UUID: MODEL_INFO},
        }

    async def _send(
        self, websocket: ServerConnection, stream: _Stream, message: dict[str, Any]
    ) -> None:
        stream.record.sent.append(message)
        await websocket.send(json.dumps(message))


@contextlib.contextmanager
def running_fake_deepgram(
    api_key: str, decoder: WordDecoder, **kwargs: Any
) -> Iterator[FakeDeepgramServer]:
    """Start a fake Deepgram server for the duration of a ``with`` block."""
    with FakeDeepgramServer(api_key, decoder, **kwargs) as server:
        yield server
