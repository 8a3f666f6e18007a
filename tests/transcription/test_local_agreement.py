"""LocalAgreement-2 commits only what two consecutive hypotheses agree on."""

from __future__ import annotations

from tenor_desktop.transcription.local_agreement import LocalAgreement, Word, join_words


def hyp(*items: tuple[float, str]) -> list[Word]:
    """Words 0.3 s long starting at the given times."""
    return [Word(start, start + 0.3, f" {text}") for start, text in items]


def test_first_hypothesis_commits_nothing() -> None:
    agreement = LocalAgreement()
    assert agreement.insert(hyp((0.0, "I've"), (0.4, "been"))) == []
    assert join_words(agreement.tail) == "I've been"


def test_commits_longest_common_prefix_and_holds_back_the_edge_word() -> None:
    agreement = LocalAgreement()
    agreement.insert(hyp((0.0, "I've"), (0.4, "been"), (0.8, "hav")))
    committed = agreement.insert(hyp((0.0, "I've"), (0.4, "been"), (0.8, "having"), (1.2, "a")))
    assert [w.key for w in committed] == ["i've", "been"]
    # The word that was cut at the window edge ("hav") is not committed in its cut form ...
    assert [w.key for w in agreement.tail] == ["having", "a"]
    # ... and is committed once the next decode agrees on the whole word.
    committed = agreement.insert(
        hyp((0.0, "I've"), (0.4, "been"), (0.8, "having"), (1.2, "a"), (1.6, "really"))
    )
    assert [w.key for w in committed] == ["having", "a"]
    assert agreement.committed_end == 1.5


def test_agreement_ignores_case_and_punctuation() -> None:
    agreement = LocalAgreement()
    agreement.insert(hyp((0.0, "Talked"), (0.4, "again")))
    committed = agreement.insert(hyp((0.0, "talked."), (0.4, "again,")))
    assert [w.text for w in committed] == [" talked.", " again,"]


def test_words_before_the_committed_end_are_not_committed_twice() -> None:
    agreement = LocalAgreement()
    agreement.insert(hyp((0.0, "we"), (0.4, "last")))
    agreement.insert(hyp((0.0, "we"), (0.4, "last"), (0.8, "talked")))
    # A re-decode repeats the committed words, one with a shifted timestamp.
    fresh = agreement.new_words(hyp((0.0, "we"), (0.65, "last"), (0.8, "talked")))
    assert [w.key for w in fresh] == ["talked"]


def test_commit_all_takes_the_rest_and_take_committed_empties() -> None:
    agreement = LocalAgreement()
    agreement.insert(hyp((0.0, "right"), (0.4, "now")))
    final = agreement.commit_all(hyp((0.0, "right"), (0.4, "now.")))
    assert [w.key for w in final] == ["right", "now"]
    assert final[-1].ends_sentence
    assert [w.key for w in agreement.take_committed()] == ["right", "now"]
    assert agreement.committed == []
    assert agreement.tail == []
