"""The numpy voice encoder: mel features, LSTM forward pass and embeddings, from first principles.

torch is never installed, so there are no reference embeddings to compare with. Instead:
the mel front end is checked against closed-form answers (Slaney mel scale values, the Hann
window's DFT of a bin-centred sine); the vectorised LSTM against a naive step-by-step float64
implementation written from PyTorch's equations; the whole encoder by what a speaker encoder
must do: same voice close, different voices far, on synthetic and on real recorded speech.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.transcription.file_audio import decode_audio_file
from tenor_desktop.transcription.voice_encoder import VoiceEncoder, window_starts
from tenor_desktop.transcription.voice_encoder_lstm import (
    HIDDEN,
    SpeakerNetwork,
    embed_mels,
    network_from_state,
)
from tenor_desktop.transcription.voice_encoder_mel import (
    frame_count,
    hz_to_mel,
    mel_filterbank,
    mel_spectrogram,
    mel_to_hz,
    power_spectrogram,
)
from tests.transcription.speech import SENTENCES, speak

LIBRIVOX = Path("/usr/share/pocketsphinx/test/data/librivox")


@pytest.fixture(scope="module")
def encoder() -> VoiceEncoder:
    return VoiceEncoder.load()


def test_slaney_mel_scale_known_values() -> None:
    # librosa's documented examples: hz_to_mel(60) == 0.9, mel_to_hz(3) == 200.
    assert hz_to_mel(np.array(60.0)) == pytest.approx(0.9)
    assert mel_to_hz(np.array(3.0)) == pytest.approx(200.0)
    assert hz_to_mel(np.array(1000.0)) == pytest.approx(15.0)  # where the log part starts
    assert hz_to_mel(np.array(6400.0)) == pytest.approx(15.0 + 27.0)  # 27 mels per factor 6.4
    hz = np.array([0.0, 50.0, 999.0, 1000.0, 3000.0, 8000.0])
    np.testing.assert_allclose(mel_to_hz(hz_to_mel(hz)), hz, atol=1e-9)


def test_filterbank_triangles_have_unit_area_and_peak_at_their_centre() -> None:
    bank = mel_filterbank().astype(np.float64)
    assert bank.shape == (40, 201)
    assert (bank >= 0).all()
    bin_hz = 8000.0 / 200
    areas = bank.sum(axis=1) * bin_hz
    np.testing.assert_allclose(areas, 1.0, rtol=0.06)  # Slaney norm: area 1 per filter
    centres = mel_to_hz(np.linspace(0.0, float(hz_to_mel(np.array(8000.0))), 42))[1:-1]
    np.testing.assert_allclose(bank.argmax(axis=1) * bin_hz, centres, atol=bin_hz / 2 + 1e-9)


def test_power_spectrum_of_a_bin_centred_sine_is_exact() -> None:
    amplitude = 0.5
    t = np.arange(16_000) / 16_000
    sine = (amplitude * np.sin(2 * np.pi * 1000.0 * t)).astype(np.float32)  # FFT bin 25
    power = power_spectrogram(sine)
    assert power.shape == (frame_count(16_000), 201) == (101, 201)
    middle = power[50]
    # Periodic Hann: |X[k0]| = A * N / 4, each neighbour half of that; nothing elsewhere.
    assert middle[25] == pytest.approx((amplitude * 400 / 4) ** 2, rel=1e-4)
    assert middle[24] == pytest.approx((amplitude * 400 / 8) ** 2, rel=1e-3)
    assert middle[26] == pytest.approx((amplitude * 400 / 8) ** 2, rel=1e-3)
    assert middle[np.r_[0:23, 28:201]].max() < 1e-6 * middle[25]
    mel = mel_spectrogram(sine)
    assert int(mel[50].argmax()) == int(mel_filterbank()[:, 25].argmax())


# librosa 0.11.0, computed once outside this project (librosa is not a dependency):
# librosa.feature.melspectrogram(y, sr=16000, n_fft=400, hop_length=160, n_mels=40,
# pad_mode="reflect") of the three-tone signal below; channels above 1e-3 at two frames.
LIBROSA_MEL = {
    0: {
        0: 0.04086792,
        1: 0.04920752,
        2: 0.07065621,
        3: 0.1484999,
        4: 0.6408637,
        5: 0.5058079,
        6: 0.4666549,
        7: 0.06589544,
        8: 0.01998942,
        9: 0.008633283,
        10: 0.004311098,
        11: 0.002357774,
        12: 0.001285591,
        25: 0.002206025,
        26: 0.02035296,
        27: 0.1065086,
        28: 0.0267283,
        29: 0.002175548,
        37: 0.008206072,
        38: 0.003644388,
    },
    25: {
        4: 0.2175697,
        5: 1.643108,
        6: 0.1781924,
        26: 0.003215768,
        27: 0.1481868,
        28: 0.0132872,
        37: 0.009226077,
        38: 0.002941918,
    },
}


def test_mel_spectrogram_matches_librosa_reference_values() -> None:
    t = np.arange(8000) / 16000
    tones = 0.1 * np.sin(2 * np.pi * 440 * t) + 0.05 * np.sin(2 * np.pi * 3000 * t)
    signal = (tones + 0.02 * np.sin(2 * np.pi * 6500 * t)).astype(np.float32)
    mel = mel_spectrogram(signal)
    assert mel.shape == (51, 40)
    for frame, channels in LIBROSA_MEL.items():
        for channel, value in channels.items():
            assert mel[frame, channel] == pytest.approx(value, rel=1e-5)
        others = [c for c in range(40) if c not in channels]
        assert (mel[frame, others] <= 1e-3).all()


def test_partial_windows_follow_resemblyzer() -> None:
    # 1.6 s: frames = ceil(25601/160) = 161, step = round(16000/1.3/160) = 77, second window
    # only 52 % covered: dropped.
    assert window_starts(25_600) == [0]
    assert window_starts(8_000) == [0]  # shorter than one window: still one, padded
    # 3 s: windows at 0, 77, 154 frames; the last covers (48000 - 24640) / 25600 = 91 %.
    assert window_starts(48_000) == [0, 77, 154]


def naive_lstm_embedding(network: SpeakerNetwork, mels: np.ndarray) -> np.ndarray:
    """PyTorch's LSTM equations, one sample, one step, one gate at a time, in float64."""
    out = []
    for sequence in mels.astype(np.float64):
        x = sequence
        for layer in network.layers:
            w_ih = layer.input_weights.T.astype(np.float64)  # (4H, in), PyTorch's layout
            w_hh = layer.recurrent_weights.T.astype(np.float64)
            b = layer.bias.astype(np.float64)
            h, c = np.zeros(HIDDEN), np.zeros(HIDDEN)
            states = []
            for x_t in x:
                z = w_ih @ x_t + w_hh @ h + b
                i = 1 / (1 + np.exp(-z[:HIDDEN]))
                f = 1 / (1 + np.exp(-z[HIDDEN : 2 * HIDDEN]))
                g = np.tanh(z[2 * HIDDEN : 3 * HIDDEN])
                o = 1 / (1 + np.exp(-z[3 * HIDDEN :]))
                c = f * c + i * g
                h = o * np.tanh(c)
                states.append(h)
            x = np.array(states)
        proj = network.projection_weights.T.astype(np.float64) @ x[-1]
        raw = np.maximum(proj + network.projection_bias, 0.0)
        out.append(raw / np.linalg.norm(raw))
    return np.array(out)


def test_vectorised_lstm_matches_the_naive_one_on_the_real_weights(encoder: VoiceEncoder) -> None:
    network = encoder._network
    rng = np.random.default_rng(3)
    mels = rng.gamma(0.5, 2.0, size=(3, 25, 40)).astype(np.float32)  # mel energies are >= 0
    np.testing.assert_allclose(
        embed_mels(network, mels), naive_lstm_embedding(network, mels), atol=2e-5
    )


def test_vectorised_lstm_matches_the_naive_one_on_random_weights() -> None:
    rng = np.random.default_rng(4)
    state: dict[str, np.ndarray] = {}
    for k in range(3):
        width = 40 if k == 0 else HIDDEN
        state[f"lstm.weight_ih_l{k}"] = rng.normal(0, 0.3, (4 * HIDDEN, width))
        state[f"lstm.weight_hh_l{k}"] = rng.normal(0, 0.3, (4 * HIDDEN, HIDDEN))
        state[f"lstm.bias_ih_l{k}"] = rng.normal(0, 0.5, 4 * HIDDEN)
        state[f"lstm.bias_hh_l{k}"] = rng.normal(0, 0.5, 4 * HIDDEN)
    state["linear.weight"] = rng.normal(0, 0.2, (256, HIDDEN))
    state["linear.bias"] = rng.normal(0, 0.2, 256)
    network = network_from_state(state)
    mels = rng.normal(0, 2.0, size=(2, 12, 40)).astype(np.float32)
    np.testing.assert_allclose(
        embed_mels(network, mels), naive_lstm_embedding(network, mels), atol=2e-5
    )


def test_embeddings_are_unit_length_non_negative_and_volume_independent(
    encoder: VoiceEncoder, voices_dir: Path
) -> None:
    clip = speak(SENTENCES[0], "en-us+m3", voices_dir)
    embedding = encoder.embed(clip)
    assert embedding.shape == (256,)
    assert float(np.linalg.norm(embedding)) == pytest.approx(1.0, abs=1e-5)
    assert (embedding >= 0).all()
    # Quiet audio is raised to -30 dBFS (resemblyzer); loud audio too is levelled on request.
    kept = clip.copy()
    encoder.embed(clip, lower_loud=True)
    encoder.embed_windows(clip[:12_000])  # shorter than a window: padded internally
    np.testing.assert_array_equal(clip, kept)  # temporaries are zeroed, the input is not
    quiet = (clip * 0.02).astype(np.float32)
    at_target = (clip * (10 ** (-30 / 20) / np.sqrt(np.mean(clip**2)))).astype(np.float32)
    assert float(encoder.embed(quiet) @ encoder.embed(at_target)) > 0.999
    assert (
        float(encoder.embed(quiet, lower_loud=True) @ encoder.embed(clip, lower_loud=True)) > 0.999
    )


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_same_voice_is_closer_than_a_different_voice(
    encoder: VoiceEncoder, voices_dir: Path
) -> None:
    voices = ("en-us+m3", "en-us+f4", "en-us+m7")
    embeddings = {
        v: [encoder.embed(speak(s, v, voices_dir)) for s in SENTENCES[:3]] for v in voices
    }
    same = [cosine(e[0], e[i]) for e in embeddings.values() for i in (1, 2)]
    different = [
        cosine(a, b)
        for i, v in enumerate(voices)
        for w in voices[i + 1 :]
        for a in embeddings[v]
        for b in embeddings[w]
    ]
    assert min(same) > 0.85
    assert max(different) < min(same) - 0.03
    # m3 and f4 (different sex) are far apart; m3 and m7 (two male voices) less so.
    assert max(cosine(a, b) for a in embeddings["en-us+m3"] for b in embeddings["en-us+f4"]) < 0.7


@pytest.mark.skipif(not LIBRIVOX.is_dir(), reason="pocketsphinx-testdata is not installed")
def test_a_real_reader_matches_himself_better_than_synthetic_voices(
    encoder: VoiceEncoder, voices_dir: Path
) -> None:
    reader = [encoder.embed(decode_audio_file(p)) for p in sorted(LIBRIVOX.glob("*.wav"))]
    assert len(reader) == 5
    same = [cosine(a, b) for i, a in enumerate(reader) for b in reader[i + 1 :]]
    synthetic = [
        encoder.embed(speak(SENTENCES[1], v, voices_dir)) for v in ("en-us+m3", "en-us+f4")
    ]
    other = [cosine(a, b) for a in reader for b in synthetic]
    assert min(same) > 0.7
    assert np.mean(same) > np.mean(other) + 0.2
