"""The numpy MiniLM forward pass: sensible embeddings and checksum verification."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from tenor_desktop.redaction import RedactionModels
from tenor_desktop.redaction.errors import ModelIntegrityError
from tenor_desktop.redaction.minilm import MiniLMEncoder, minilm_model_dir


def test_embeddings_are_unit_length_and_similar_sentences_are_closer(
    models: RedactionModels,
) -> None:
    assert models.encoder is not None
    vectors = models.encoder.encode(
        [
            "The new movie is awesome",
            "The new movie is so great",
            "I love pasta",
            "Do you like pizza?",
        ]
    )
    assert vectors.shape == (4, 384)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    # Reference values of sentence-transformers/all-MiniLM-L6-v2 (its documentation example).
    assert vectors[0] @ vectors[1] == pytest.approx(0.8939, abs=0.002)
    assert vectors[2] @ vectors[3] == pytest.approx(0.5096, abs=0.002)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]


def test_corrupted_model_file_is_refused(tmp_path: Path) -> None:
    source = minilm_model_dir()
    shutil.copy(source / "tokenizer.json", tmp_path / "tokenizer.json")
    (tmp_path / "model.safetensors").write_bytes(b"not the model")
    with pytest.raises(ModelIntegrityError):
        MiniLMEncoder(tmp_path)


def test_onnxruntime_graph_matches_the_numpy_forward_pass(models: RedactionModels) -> None:
    assert models.encoder is not None
    if not models.encoder.wait_for_fast_backend():
        pytest.skip("onnxruntime is not installed")
    assert models.encoder.backend == "onnxruntime"
    reference = MiniLMEncoder(verify_checksum=False, use_onnxruntime=False)
    assert reference.backend == "numpy"
    sentences = [
        "He hit me again last night.",
        "okay",
        "i have been drinking a lot more since my mom passed away in the spring",
        "He hit me again last night.",
    ]
    fast = models.encoder.encode(sentences, batch_size=3)
    slow = reference.encode(sentences, batch_size=3)
    np.testing.assert_allclose(fast, slow, atol=1e-4)
    np.testing.assert_array_equal(fast[0], fast[3])


def test_int8_vector_does_not_depend_on_the_batch(models: RedactionModels) -> None:
    encoder = models.encoder
    assert encoder is not None and encoder.wait_for_fast_backend(quantized=True)
    sentence = "i started using again after my mom died and i can't stop."
    alone = encoder.encode([sentence], quantized=True)[0]
    neighbours = [
        "ok.",
        "we went to the lake on saturday and it rained the whole time, so we drove home early.",
        sentence,
        "my boss keeps scheduling meetings at five and i miss dinner with the kids every week.",
    ]
    in_batch = encoder.encode(neighbours, quantized=True)[2]
    np.testing.assert_array_equal(alone, in_batch)


def test_padded_batch_equals_each_sentence_alone(models: RedactionModels) -> None:
    # The fused attention masks padded keys through the graph's key mask: a short sentence
    # batched beside a long one gets the vector it gets alone.
    encoder = models.encoder
    assert encoder is not None
    if not encoder.wait_for_fast_backend():
        pytest.skip("onnxruntime is not installed")
    sentences = [
        "no.",
        "i keep thinking about the night he pushed me down the stairs and nobody came.",
        "she said the court date moved to march.",
    ]
    batched = encoder.encode(sentences, batch_size=3)
    alone = np.stack([encoder.encode([sentence])[0] for sentence in sentences])
    np.testing.assert_allclose(batched, alone, atol=1e-5)
