"""Build the transcriber a session should use, enforcing the client's processing mode.

Privacy rule: audio of a ``local_only`` client never leaves this computer, so a cloud engine
is refused here, before any connection exists. Engines are imported lazily: building the
offline engine must not import the Deepgram SDK and the reverse.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tenor_desktop.core.models import ProcessingMode
from tenor_desktop.transcription.deepgram_settings import (
    CloudNotAllowedError,
    DeepgramSettings,
    TranscriberNotice,
)
from tenor_desktop.transcription.errors import TranscriptionError
from tenor_desktop.transcription.protocol import Transcriber

ENGINES = ("offline", "deepgram")


def create_offline_transcriber(**offline_options: Any) -> Transcriber:
    """The offline Whisper engine (``model="tiny"|"base"``, ``cpu_threads``, ...)."""
    from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber

    return OfflineTranscriber(**offline_options)


def create_transcriber(
    engine: str,
    client_processing_mode: ProcessingMode | str,
    *,
    deepgram_api_key: Callable[[], str] | None = None,
    deepgram_settings: DeepgramSettings | None = None,
    fallback: Callable[[], Transcriber] | None = None,
    on_notice: Callable[[TranscriberNotice], None] | None = None,
    **offline_options: Any,
) -> Transcriber:
    """Return a ready engine for one session.

    Args:
        engine: ``offline`` or ``deepgram``.
        client_processing_mode: the client's ``ProcessingMode``; ``deepgram`` needs
            ``cloud_allowed`` and raises ``CloudNotAllowedError`` otherwise.
        deepgram_api_key: returns the key (e.g. ``SecretStore`` lookup); called per connection.
        deepgram_settings: base URL and resilience limits; production defaults when None.
        fallback: builds the engine that continues when Deepgram is gone; the offline engine
            with ``offline_options`` when None. A Deepgram engine is always wrapped in a
            ``FallbackTranscriber`` so a session never stops for a network fault.
        on_notice: receives connection/fallback notices on the worker thread.
        offline_options: passed to ``OfflineTranscriber`` (``model``, ``cpu_threads``, ...).
    """
    if engine not in ENGINES:
        raise TranscriptionError(
            f"Unknown transcription engine '{engine}'; choose offline or deepgram."
        )
    try:
        mode = ProcessingMode(client_processing_mode)
    except ValueError:
        raise TranscriptionError("Unknown client processing mode.") from None
    if engine == "offline":
        return create_offline_transcriber(**offline_options)
    if mode is not ProcessingMode.CLOUD_ALLOWED:
        raise CloudNotAllowedError(
            "This client's sessions stay on this computer; cloud transcription (Deepgram) is not"
            " allowed. Use offline transcription or change the client's processing mode."
        )
    if deepgram_api_key is None:
        raise TranscriptionError("Deepgram needs an API key. Add it in Settings.")
    from tenor_desktop.transcription.deepgram_transcriber import DeepgramTranscriber
    from tenor_desktop.transcription.fallback_transcriber import FallbackTranscriber

    primary = DeepgramTranscriber(deepgram_api_key, deepgram_settings)

    def make_offline() -> Transcriber:
        return create_offline_transcriber(**offline_options)

    return FallbackTranscriber(primary, fallback or make_offline, on_notice=on_notice)
