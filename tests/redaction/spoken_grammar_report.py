"""Score the generated spoken identifiers: per label and family, found of total.

Found as the README scores it: redacted characters cover at least 80% of the identifier.
Run ``.venv/bin/python -m tests.redaction.spoken_grammar_report`` for the table.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from tenor_desktop.redaction import Redactor
from tests.redaction.spoken_identifier_cases import all_cases
from tests.redaction.spoken_identifier_grammar import SpokenCase
from tests.redaction.spoken_non_phi import NON_PHI_SENTENCES

COVERED = 0.8


@dataclass
class GrammarScore:
    """Found/total per label and per (label, family), missed cases, and false spans."""

    per_label: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    per_family: dict[tuple[str, str], list[int]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0])
    )
    misses: list[SpokenCase] = field(default_factory=list)
    false_spans: list[tuple[str, str]] = field(default_factory=list)

    def recall(self, label: str) -> float:
        found, total = self.per_label[label]
        return found / total if total else 1.0


def covered(redactor: Redactor, case: SpokenCase) -> bool:
    """Whether redacted characters cover >= 80% of the case's identifier."""
    spans = redactor.redact(case.text).spans
    hit = sum(max(0, min(span.end, case.end) - max(span.start, case.start)) for span in spans)
    return hit >= COVERED * (case.end - case.start)


def score(redactor: Redactor) -> GrammarScore:
    """Every generated case and every non-PHI sentence through ``redactor``."""
    result = GrammarScore()
    for case in all_cases():
        found = covered(redactor, case)
        for key in (case.label,):
            result.per_label[key][0] += found
            result.per_label[key][1] += 1
        result.per_family[(case.label, case.family)][0] += found
        result.per_family[(case.label, case.family)][1] += 1
        if not found:
            result.misses.append(case)
    for sentence in NON_PHI_SENTENCES:
        text = "Client: " + sentence
        for span in redactor.redact(text).spans:
            result.false_spans.append((text[span.start : span.end], span.label))
    return result


def table(result: GrammarScore) -> str:
    """The per-label and per-family table as text."""
    lines = [f"{'label':<12} {'family':<22} found/total"]
    for label in sorted(result.per_label):
        found, total = result.per_label[label]
        lines.append(f"{label:<12} {'(all)':<22} {found}/{total}")
        for (fam_label, family), (f_found, f_total) in sorted(result.per_family.items()):
            if fam_label == label:
                lines.append(f"{'':<12} {family:<22} {f_found}/{f_total}")
    lines.append(f"false spans on {len(NON_PHI_SENTENCES)} non-PHI sentences: {result.false_spans}")
    return "\n".join(lines)


def main() -> None:
    import sys

    from tenor_desktop.redaction import RedactionModels, RedactionSettings

    result = score(Redactor(RedactionSettings(), RedactionModels.load()))
    print(table(result))
    if "--misses" in sys.argv:
        for case in result.misses:
            print(
                "MISS",
                case.label,
                case.family,
                repr(case.text[case.start : case.end]),
                "::",
                case.text.split("\n")[-1],
            )


if __name__ == "__main__":
    main()
