"""The fine-tuned topic classifier: merged updates, pinned file, real inference in context."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.errors import ModelIntegrityError, RedactionConfigError
from tenor_desktop.redaction.minilm import MiniLMEncoder
from tenor_desktop.redaction.topic_catalogue import BUILTIN_CATEGORIES
from tenor_desktop.redaction.topic_classifier import (
    CONTEXT_WORDS,
    TopicClassifier,
    joined_with_context,
    topic_adapter_path,
)
from tenor_desktop.redaction.topic_detector import TopicDetector

SENTENCES = ["my visa ran out and i am scared they will deport me", "we had lunch by the lake"]


@pytest.fixture(scope="module")
def numpy_encoder() -> MiniLMEncoder:
    """The base encoder on the numpy pass only (the reference for merged weights)."""
    return MiniLMEncoder(use_onnxruntime=False)


@pytest.fixture(scope="module")
def classifier(models: RedactionModels) -> TopicClassifier:
    assert models.encoder is not None
    return TopicClassifier.load(models.encoder)


def topic_of(classifier: TopicClassifier, sentence: str, previous: str = "") -> tuple[str, float]:
    window = joined_with_context(sentence, previous, classifier.context_words)
    probs = classifier.probabilities([window])[0]
    best = int(probs.argmax())
    return classifier.labels[best], float(probs[best])


def test_a_zero_update_gives_the_base_vectors(numpy_encoder: MiniLMEncoder) -> None:
    zero = {(layer, key): np.zeros((384, 384), np.float32) for layer in range(6) for key in "qko"}
    tuned = numpy_encoder.tuned(zero)
    np.testing.assert_allclose(tuned.encode(SENTENCES), numpy_encoder.encode(SENTENCES), atol=1e-6)


def test_an_update_changes_the_sibling_only(numpy_encoder: MiniLMEncoder) -> None:
    before = numpy_encoder.encode(SENTENCES)
    rng = np.random.default_rng(0)
    update = {(2, "v"): rng.normal(0, 0.05, (384, 384)).astype(np.float32)}
    update[(3, "i")] = rng.normal(0, 0.05, (1536, 384)).astype(np.float32)
    tuned = numpy_encoder.tuned(update)
    moved = tuned.encode(SENTENCES)
    assert float(np.min(np.sum(moved * before, axis=1))) < 0.999
    np.testing.assert_allclose(numpy_encoder.encode(SENTENCES), before, atol=1e-7)


def test_the_int8_graph_agrees_with_the_numpy_pass(
    classifier: TopicClassifier, numpy_encoder: MiniLMEncoder
) -> None:
    reference = TopicClassifier.load(numpy_encoder)
    windows = [joined_with_context(s, "how was your week?") for s in SENTENCES]
    fast = classifier.probabilities(windows)
    slow = reference.probabilities(windows)
    assert fast.argmax(axis=1).tolist() == slow.argmax(axis=1).tolist()
    np.testing.assert_allclose(fast, slow, atol=0.1)


def test_a_shallower_sibling_keeps_only_its_first_layers(numpy_encoder: MiniLMEncoder) -> None:
    zero = {(layer, "q"): np.zeros((384, 384), np.float32) for layer in range(4)}
    shallow = numpy_encoder.tuned(zero, depth=4)
    full = numpy_encoder.tuned(zero)
    assert len(shallow._layers) == 4
    cosines = np.sum(shallow.encode(SENTENCES) * full.encode(SENTENCES), axis=1)
    assert float(cosines.max()) < 0.99
    with pytest.raises(ValueError, match="beyond"):
        numpy_encoder.tuned({(5, "q"): np.zeros((384, 384), np.float32)}, depth=4)


def _adapter_with(tmp_path: Path, **arrays: object) -> Path:
    """A copy of the shipped adapter file with some arrays replaced or added."""
    with np.load(topic_adapter_path(), allow_pickle=False) as data:
        contents = {name: data[name] for name in data.files}
    contents.update({name: np.asarray(value) for name, value in arrays.items()})
    path = tmp_path / "adapter.npz"
    np.savez(path, **contents)
    return path


def test_depth_and_context_come_from_the_file(tmp_path: Path, numpy_encoder: MiniLMEncoder) -> None:
    with np.load(topic_adapter_path(), allow_pickle=False) as data:
        depth = int(data["depth"]) if "depth" in data else 6
        trimmed = {n: data[n] for n in data.files if not n[0].isdigit() or int(n[0]) < 2}
    path = tmp_path / "shallow.npz"
    np.savez(path, **{**trimmed, "depth": np.array(2), "context_words": np.array(5)})
    shallow = TopicClassifier.load(numpy_encoder, path, verify_checksum=False)
    assert shallow.context_words == 5
    assert len(shallow._encoder._layers) == 2
    shipped = TopicClassifier.load(numpy_encoder)
    assert len(shipped._encoder._layers) == depth


def test_an_update_beyond_the_files_depth_is_refused(
    tmp_path: Path, numpy_encoder: MiniLMEncoder
) -> None:
    path = _adapter_with(tmp_path, depth=1)
    with pytest.raises(RedactionConfigError):
        TopicClassifier.load(numpy_encoder, path, verify_checksum=False)


def test_a_changed_adapter_file_is_refused(tmp_path: Path, numpy_encoder: MiniLMEncoder) -> None:
    copy = tmp_path / "adapter.npz"
    shutil.copy(topic_adapter_path(), copy)
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 0x01
    copy.write_bytes(bytes(data))
    with pytest.raises(ModelIntegrityError):
        TopicClassifier.load(numpy_encoder, copy)


def test_labels_are_none_and_the_builtin_topics(classifier: TopicClassifier) -> None:
    assert set(classifier.labels) == {"NONE"} | {c.name for c in BUILTIN_CATEGORIES}


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        ("my visa ran out last spring and i'm scared they'll send me back", "IMMIGRATION"),
        ("he used to lock me in the basement when he was angry", "ABUSE"),
        ("i've been snorting a line before every shift just to get through it", "SUBSTANCE_USE"),
        ("i keep thinking everyone would be better off if i wasn't here", "SELF_HARM"),
        ("they caught me taking cash out of the register at work", "CRIMINAL"),
        ("we haven't had sex in months and he keeps watching porn", "SEXUAL_CONTENT"),
        ("we drove to the coast and had lunch with my cousins", "NONE"),
        ("i've been sleeping better since i moved the desk out of the bedroom", "NONE"),
    ],
)
def test_clear_sentences_get_their_topic(
    classifier: TopicClassifier, sentence: str, topic: str
) -> None:
    label, probability = topic_of(classifier, sentence)
    assert label == topic, (label, probability)


def test_a_short_answer_is_read_with_its_question(classifier: TopicClassifier) -> None:
    asked_about_harm = topic_of(
        classifier, "yeah, twice since we last met.", "have you cut yourself again since then?"
    )
    asked_about_gym = topic_of(
        classifier, "yeah, twice since we last met.", "have you been back to the gym?"
    )
    assert asked_about_harm[0] == "SELF_HARM", asked_about_harm
    assert asked_about_gym[0] == "NONE", asked_about_gym


def test_context_keeps_the_end_of_a_long_previous_sentence() -> None:
    previous = " ".join(f"w{i}" for i in range(100))
    joined = joined_with_context("and then?", previous)
    assert joined.endswith("w99 || and then?")
    assert len(joined.split()) == CONTEXT_WORDS + 3
    assert joined_with_context("hello.", "") == "hello."
    assert joined_with_context("and then?", previous, 3) == "w97 w98 w99 || and then?"
    assert joined_with_context("and then?", previous, 0) == "and then?"


def test_the_detector_places_what_the_classifier_is_sure_of(models: RedactionModels) -> None:
    detector = TopicDetector(models.encoder, BUILTIN_CATEGORIES)
    text = (
        "Therapist: How has the week been?\n"
        "Client: Honestly the worst part is the papers, my status expired in march and "
        "every knock on the door makes me think it's them coming to take me.\n"
        "Therapist: And work?\n"
        "Client: Work is fine, the new manager is nice."
    )
    found = {(text[s.start : s.end], s.category) for s in detector.detect(text)}
    assert any(category == "IMMIGRATION" for _sentence, category in found), found
    assert not any("new manager" in sentence for sentence, _category in found), found
