"""One live websocket to Deepgram through the official SDK, read on its own thread.

The reader thread opens the stream with ``client.listen.v1.connect(...)`` and puts what
happens into the engine's inbox: ``Opened``, each parsed ``Received`` message, and finally
``Closed``. The engine's worker thread sends audio and control messages on the same socket
(the ``websockets`` sync connection allows one sender and one reader thread at once).
"""

from __future__ import annotations

import queue
import threading
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from websockets.exceptions import ConnectionClosed

from tenor_desktop.transcription.deepgram_settings import DeepgramSettings


@dataclass(frozen=True)
class Opened:
    """The handshake succeeded."""

    generation: int


@dataclass(frozen=True)
class Received:
    """A parsed server message (an SDK pydantic model)."""

    generation: int
    message: Any


@dataclass(frozen=True)
class Closed:
    """The stream ended: ``clean`` for a normal close; ``status_code`` of a failed handshake."""

    generation: int
    clean: bool
    status_code: int | None = None


ConnectionEvent = Opened | Received | Closed


def build_deepgram_client(api_key: str, settings: DeepgramSettings) -> Any:
    """A ``DeepgramClient`` whose websocket and REST bases come from ``settings``."""
    # deepgram-sdk 7.x imports websockets' deprecated legacy names; importing its listen
    # modules here, under a narrow filter, keeps that noise out of the app's warnings.
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=r"websockets\.\S+ is deprecated", category=DeprecationWarning
        )
        import deepgram.listen.v1.client
        import deepgram.listen.v1.raw_client  # noqa: F401
        from deepgram import DeepgramClient
        from deepgram.environment import DeepgramClientEnvironment

    rest = settings.rest_base_url()
    environment = DeepgramClientEnvironment(
        base=rest, production=settings.base_url, agent=settings.base_url, agent_rest=rest
    )
    return DeepgramClient(api_key=api_key, environment=environment)


def _handshake_status(error: BaseException) -> int | None:
    """HTTP status of a refused upgrade: the SDK's ``ApiError`` or websockets' ``InvalidStatus``."""
    # With websockets >= 14 the SDK's own except clause misses the new exception type, so both
    # shapes reach us.
    status = getattr(error, "status_code", None)
    if status is None:
        status = getattr(getattr(error, "response", None), "status_code", None)
    return status if isinstance(status, int) else None


class DeepgramConnection:
    """A live stream; ``send_*`` return False instead of raising when the socket is gone."""

    def __init__(
        self,
        client: Any,
        options: Mapping[str, str],
        inbox: queue.Queue[ConnectionEvent],
        generation: int,
    ) -> None:
        self._client = client
        self._options = dict(options)
        self._inbox = inbox
        self.generation = generation
        self._socket: Any = None
        self._thread = threading.Thread(
            target=self._read, name=f"deepgram-reader-{generation}", daemon=True
        )

    def start(self) -> None:
        """Begin connecting in the background."""
        self._thread.start()

    def _read(self) -> None:
        clean = False
        status_code: int | None = None
        try:
            with self._client.listen.v1.connect(**self._options) as socket:
                self._socket = socket
                self._inbox.put(Opened(self.generation))
                for message in socket:
                    self._inbox.put(Received(self.generation, message))
                clean = True
        except Exception as error:
            status_code = _handshake_status(error)
        finally:
            self._socket = None
            self._inbox.put(Closed(self.generation, clean, status_code))

    def _call(self, method: str, *args: Any) -> bool:
        socket = self._socket
        if socket is None:
            return False
        try:
            getattr(socket, method)(*args)
        except (ConnectionClosed, OSError, RuntimeError):
            return False
        return True

    def send_audio(self, data: bytes | bytearray) -> bool:
        """Send one binary audio frame."""
        return self._call("send_media", data)

    def send_keep_alive(self) -> bool:
        """Send ``{"type": "KeepAlive"}``."""
        return self._call("send_keep_alive")

    def send_finalize(self) -> bool:
        """Send ``{"type": "Finalize"}``: flush pending audio into final results."""
        return self._call("send_finalize")

    def send_close_stream(self) -> bool:
        """Send ``{"type": "CloseStream"}``: finalise everything, then the server closes."""
        return self._call("send_close_stream")

    def abort(self) -> None:
        """Close the socket in the background; the engine ignores whatever is still in flight.

        Never blocks the caller: on a half-open connection a websocket close waits for its
        timeout, and the transcription worker must keep serving audio meanwhile.
        """
        # The SDK's socket wrapper has no close(); its underlying websockets connection does.
        websocket = getattr(self._socket, "_websocket", None)
        if websocket is not None:
            threading.Thread(
                target=_close_quietly,
                args=(websocket,),
                name=f"deepgram-close-{self.generation}",
                daemon=True,
            ).start()


def _close_quietly(websocket: Any) -> None:
    try:
        websocket.close()
    except (ConnectionClosed, OSError, RuntimeError):
        pass
