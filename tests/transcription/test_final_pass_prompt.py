"""The final pass of an utterance is conditioned on the text committed before it."""

from __future__ import annotations

import copy
from typing import Any

from tenor_desktop.transcription.diarization import SingleSpeaker
from tenor_desktop.transcription.models import WhisperModelCache
from tenor_desktop.transcription.offline_transcriber import OfflineTranscriber, StreamingSettings
from tenor_desktop.transcription.protocol import EventKind, Pcm, TranscriptEvent
from tests.transcription.speech import SENTENCES, word_error_rate

CHUNK = 1_600


class RecordingModels(WhisperModelCache):
    """The real cached model, with the keyword arguments of every ``transcribe`` call noted."""

    def __init__(self, base: WhisperModelCache) -> None:
        super().__init__()
        self._base = base
        self.calls: list[dict[str, Any]] = []

    def get(self, name: str, cpu_threads: int = 2) -> Any:
        model = self._base.get(name, cpu_threads)
        real_class = type(model)
        calls = self.calls

        class Recording(real_class):  # type: ignore[misc, valid-type]
            def transcribe(self, audio: Any, *args: Any, **kwargs: Any) -> Any:
                calls.append(dict(kwargs))
                return real_class.transcribe(self, audio, *args, **kwargs)

        recording = copy.copy(model)
        recording.__class__ = Recording  # copies the engine makes of it keep recording
        return recording


def finals_and_final_prompts(
    base: WhisperModelCache, audio: Pcm, settings: StreamingSettings
) -> tuple[list[TranscriptEvent], list[str | None]]:
    models = RecordingModels(base)
    engine = OfflineTranscriber(models=models, speakers=SingleSpeaker(), settings=settings)
    events: list[TranscriptEvent] = []
    for start in range(0, len(audio), CHUNK):
        engine.feed(audio[start : start + CHUNK], start)
        events.extend(engine.poll())
    events.extend(engine.finish())
    engine.close()
    finals = [e for e in events if e.kind is EventKind.FINAL]
    # Final passes decode with the wide beam; LocalAgreement decodes with the streaming beam.
    prompts = [c["initial_prompt"] for c in models.calls if c["beam_size"] == settings.final_beam]
    return finals, prompts


def test_final_pass_prompt_is_the_committed_text(
    whisper_models: WhisperModelCache,
    two_voice_dialogue: tuple[Pcm, list[tuple[float, float, int]]],
) -> None:
    audio, _truth = two_voice_dialogue
    settings = StreamingSettings(final_prompt_chars=40)
    finals, prompts = finals_and_final_prompts(whisper_models, audio, settings)
    assert word_error_rate(" ".join(SENTENCES[:3]), " ".join(e.text for e in finals)) <= 0.2
    assert len(prompts) >= 3  # one final pass per sentence, at least
    assert prompts[0] is None  # nothing was committed before the first utterance
    committed = ""
    expected: list[str | None] = [None]
    for final in finals[:-1]:
        committed = f"{committed} {final.text}"
        expected.append(committed[-40:].strip() or None)
    # Each later final pass is prompted with the end of what was committed before it.
    assert all(prompt in expected for prompt in prompts)
    assert any(prompt is not None and finals[0].text[-20:] in prompt for prompt in prompts[1:])


def test_without_final_prompt_no_decode_is_prompted(
    whisper_models: WhisperModelCache,
    two_voice_dialogue: tuple[Pcm, list[tuple[float, float, int]]],
) -> None:
    audio, _truth = two_voice_dialogue
    finals, prompts = finals_and_final_prompts(
        whisper_models, audio, StreamingSettings(final_prompt_chars=0)
    )
    assert finals and prompts
    assert prompts == [None] * len(prompts)
