"""Evidence support check, transcript parsing, the template library, the embedding fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tenor_desktop.notes.errors import TemplateError
from tenor_desktop.notes.evidence_support import is_supported, support_ratio
from tenor_desktop.notes.sentence_classifier import SentenceClassifier
from tenor_desktop.notes.templates import TemplateLibrary, builtin_template_dir
from tenor_desktop.notes.transcript import (
    Sentence,
    clinician_speakers,
    parse_transcript_text,
    split_sentences,
)

SEGMENTS = {
    3: "I had two panic attacks at work, one during the Monday meeting.",
    4: "My sister called and we argued about our mother.",
}


def test_support_is_lexical_and_tolerates_framing_and_inflection() -> None:
    assert is_supported("Client reported a panic attack during a meeting.", [3], SEGMENTS)
    assert not is_supported("Client reported a panic attack.", [4], SEGMENTS)
    assert not is_supported("Client reported a panic attack.", [], SEGMENTS)
    assert not is_supported("Client reported a panic attack.", [3, 99], SEGMENTS)
    assert support_ratio("Client is alert, oriented and euthymic.", [SEGMENTS[3]]) == 0.0


def test_parse_keeps_line_numbers_and_unlabelled_lines() -> None:
    lines = parse_transcript_text("Dr. Lee: Hello.\n\nno label here\nClient:   \n")
    assert [(line.segment_id, line.speaker, line.text) for line in lines] == [
        (0, "Dr. Lee", "Hello."),
        (2, "Unknown", "no label here"),
        (3, "Unknown", "Client:"),
    ]
    assert clinician_speakers(lines) == frozenset({"Dr. Lee"})


def test_sentences_split_but_not_after_titles() -> None:
    lines = parse_transcript_text("Client: I saw Dr. Patel today. It went well! Did it?\n")
    assert [s.text for s in split_sentences(lines)] == [
        "I saw Dr. Patel today.",
        "It went well!",
        "Did it?",
    ]


def test_builtin_templates_and_user_override(tmp_path: Path) -> None:
    library = TemplateLibrary()
    assert library.keys() == ["birp", "dap", "girp", "soap", "summary"]
    assert library.get("girp").titles == ("Goals", "Intervention", "Response", "Plan")
    for path in builtin_template_dir().glob("*.toml"):
        assert all(s.guidance for s in library.get(path.stem).sections)
    (tmp_path / "soap.toml").write_text(
        'key = "soap"\nname = "SOAP (practice)"\n[[sections]]\ntitle = "S"\n'
        'categories = ["presenting"]\n',
        encoding="utf-8",
    )
    overridden = TemplateLibrary.with_user_dir(tmp_path)
    assert overridden.get("soap").name == "SOAP (practice)"
    assert overridden.get("dap").titles == ("Data", "Assessment", "Plan")


@pytest.mark.parametrize(
    "content",
    [
        'name = "x"\n[[sections]]\ntitle = "A"\n',
        'key = "x"\n',
        'key = "x"\n[[sections]]\ntitle = "A"\ncategories = ["vibes"]\n',
        'key = "x"\n[[sections]]\ntitle = "A"\n[[sections]]\ntitle = "A"\n',
        "key = [unclosed\n",
    ],
)
def test_malformed_user_templates_are_named_in_the_error(tmp_path: Path, content: str) -> None:
    (tmp_path / "broken.toml").write_text(content, encoding="utf-8")
    with pytest.raises(TemplateError, match=r"broken\.toml"):
        TemplateLibrary([tmp_path]).keys()


def test_minilm_embeddings_place_sentences_the_rules_miss() -> None:
    from tenor_desktop.redaction.minilm import MiniLMEncoder

    sentences = [
        Sentence(0, "Therapist", "Overall the depression has lifted somewhat since last month.", 0),
        Sentence(1, "Therapist", "The weather was lovely on the drive over here.", 1),
    ]
    clinicians = frozenset({"Therapist"})
    by_rules = SentenceClassifier().classify(sentences, clinicians)
    assert [item.category for item in by_rules] == [None, None]
    encoder = MiniLMEncoder()
    embed = SentenceClassifier(lambda texts: encoder.encode(list(texts)))
    with_embeddings = embed.classify(sentences, clinicians)
    assert [item.category for item in with_embeddings] == ["assessment", None]
