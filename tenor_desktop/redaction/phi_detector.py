"""Layered PHI detector: spoken-form normalisation, rules, validators, lexicons and spaCy NER.

Layers, in order of trust: structured identifiers (e-mail, phone, SSN, codes with context
words), dates and ages, then names and places from rules, lexicons and NER. Overlaps resolve
to the most trusted, then longest span. Names and places found once are then searched for
everywhere else in the text (and, through ``known``, in later segments of the session).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tenor_desktop.redaction import date_rules, entity_rules, identifier_rules
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.ner_model import Entity, NerModel
from tenor_desktop.redaction.spans import PhiSpan
from tenor_desktop.redaction.spoken_forms import normalise_spoken

_TIER = {"contact": 4, "number": 3, "date": 2, "entity": 1, "propagated": 0}
_SPEAKER = re.compile(r"(?m)^[ \t]*([A-Z][A-Za-z]*(?:[ \t]\d+)?)[ \t]*:")
_ORG_NOT_PLACE = frozenset(
    "facebook instagram google visa mastercard medicare medicaid amazon netflix uber lyft tiktok "
    "twitter linkedin youtube snapchat onlyfans zoom apple microsoft iphone android reddit "
    "whatsapp venmo paypal cashapp spotify ice cps dcfs fbi dea va hr er icu aa na "
    "honda toyota ford chevy chevrolet nissan subaru tesla bmw kia hyundai jeep dodge "
    "volkswagen mazda lexus acura buick gmc audi".split()
)
_NAME_PREFIX = re.compile(
    r"^(?:dr|mr|mrs|ms|miss|officer|professor|grandma|grandpa|aunt|uncle)\.?\s+", re.I
)

Candidate = tuple[int, int, str, float, str]


class PhiDetector:
    """Finds Safe Harbor identifiers in a text; offsets are into that text."""

    def __init__(self, lexicons: Lexicons, ner: NerModel | None) -> None:
        self._lex = lexicons
        self._ner = ner

    def detect(
        self,
        text: str,
        known: dict[str, str] | None = None,
        ner_windows: list[tuple[int, int]] | None = None,
    ) -> list[PhiSpan]:
        """All identifiers in ``text``; ``known`` maps already-seen names/places to labels.

        ``ner_windows`` limits the (costly) NER model to those ranges; rules see everything.
        """
        entities: list[Entity] = []
        if self._ner is not None and ner_windows is None:
            entities = self._ner.entities(text)
        elif self._ner is not None and ner_windows:
            pieces = [text[start:end] for start, end in ner_windows]
            for (offset, _end), found in zip(
                ner_windows, self._ner.entities_many(pieces), strict=True
            ):
                entities.extend((s + offset, e + offset, kind) for s, e, kind in found)
        return self.detect_with_entities(text, entities, known)

    def detect_many(self, texts: Iterable[str]) -> list[list[PhiSpan]]:
        """Detect in many independent texts, batching the NER model."""
        items = list(texts)
        if self._ner is None:
            return [self.detect_with_entities(text, [], None) for text in items]
        return [
            self.detect_with_entities(text, entities, None)
            for text, entities in zip(items, self._ner.entities_many(items), strict=True)
        ]

    def detect_with_entities(
        self, text: str, entities: list[Entity], known: dict[str, str] | None
    ) -> list[PhiSpan]:
        """Detection given precomputed NER entities."""
        protected = self._speaker_labels(text)
        candidates = self._structured(text) + self._entities(text, entities)
        candidates = [c for c in candidates if not _overlaps_any(c[0], c[1], protected)]
        chosen = _resolve(candidates)
        learned = dict(known or {})
        learned.update(self._learn(text, chosen))
        chosen = _resolve(chosen + self._propagate(text, learned, protected))
        if known is not None:
            known.update(learned)
        spans = []
        for start, end, label, conf, source in _merge(text, chosen):
            # NER entities can swallow neighbouring whitespace; a span never starts or ends in it.
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append(PhiSpan(start, end, label, conf, source))
        return spans

    def _speaker_labels(self, text: str) -> list[tuple[int, int]]:
        spans = []
        for match in _SPEAKER.finditer(text):
            word = match.group(1).split()[0].lower()
            if word in entity_rules.ROLE_WORDS or word == "speaker":
                spans.append((match.start(1), match.end(1)))
        return spans

    def _structured(self, text: str) -> list[Candidate]:
        norm = normalise_spoken(text)
        found: list[Candidate] = []
        for kind, hits in (
            ("contact", identifier_rules.find_contacts(norm.text)),
            ("number", identifier_rules.find_numbers(norm.text)),
        ):
            for start, end, label, conf in hits:
                original = norm.to_original(start, end)
                found.append((original[0], original[1], label, conf, kind))
        for finder in (date_rules.find_dates, date_rules.find_old_ages):
            for start, end, conf in finder(norm.text):
                original = norm.to_original(start, end)
                found.append((original[0], original[1], "DATE", conf, "date"))
        for start, end, label, conf in entity_rules.find_places(norm.text, self._lex):
            original = norm.to_original(start, end)
            found.append((original[0], original[1], label, conf, "entity"))
        return found

    def _entities(self, text: str, entities: list[Entity]) -> list[Candidate]:
        found: list[Candidate] = [
            (s, e, label, conf, "entity")
            for s, e, label, conf in entity_rules.find_names(text, self._lex)
        ]
        found += [
            (s, e, label, conf, "entity")
            for s, e, label, conf in entity_rules.find_capitalised_unknowns(text, self._lex)
        ]
        for start, end, kind in entities:
            mapped = self._map_entity(text, start, end, kind)
            if mapped is not None:
                found.append(mapped)
        return found

    def _map_entity(self, text: str, start: int, end: int, kind: str) -> Candidate | None:
        surface = text[start:end]
        prefix = _NAME_PREFIX.match(surface)
        if prefix:
            start += prefix.end()
            surface = text[start:end]
            kind = "PERSON"
        if surface.lower().startswith("the "):
            start += 4
            surface = surface[4:]
        if surface.endswith("'s"):
            end -= 2
            surface = surface[:-2]
        lower = surface.lower()
        if not surface or any(ch.isdigit() for ch in surface) or "\n" in surface:
            return None
        words = lower.split()
        if lower in _ORG_NOT_PLACE:
            return None
        if all(
            w in entity_rules.ROLE_WORDS
            or w in entity_rules.TITLE_WORDS
            or w in self._lex.medications
            for w in words
        ):
            return None
        if kind == "PERSON":
            if not any(ch.isupper() for ch in surface):
                return None
            # A lone capitalised word opening a sentence ("Email me...") is often not a name;
            # keep it only when the lexicons know it (other mentions are still propagated).
            if (
                len(words) == 1
                and words[0] not in self._lex.first_names
                and words[0] not in self._lex.surnames
                and entity_rules.is_sentence_start(text, start)
                and not entity_rules.followed_by_name_verb(text, end)
            ):
                return None
            return start, end, "NAME", 0.8, "entity"
        if kind != "PERSON" and words[0] in self._lex.first_names and lower not in self._lex.places:
            kind = "PERSON"
        if kind in ("GPE", "LOC", "FAC"):
            if lower in self._lex.not_phi_places or (surface.isupper() and len(surface) <= 3):
                return None
            name_like = lower in self._lex.first_names and lower not in self._lex.places
            return start, end, "LOCATION", 0.7 if name_like else 0.8, "entity"
        if kind == "ORG":
            if surface.isupper() or lower in _ORG_NOT_PLACE or lower in self._lex.not_phi_places:
                return None
            return start, end, "LOCATION", 0.6, "entity"
        return None

    def _learn(self, text: str, chosen: list[Candidate]) -> dict[str, str]:
        learned: dict[str, str] = {}
        for start, end, label, _conf, _source in chosen:
            surface = text[start:end]
            if label == "NAME":
                for word in surface.split():
                    word = word.strip(",.;:!?\"'")
                    low = word.lower()
                    if (
                        len(word) >= 2
                        and word.isalpha()
                        and low not in entity_rules.ROLE_WORDS
                        and low not in entity_rules.TITLE_WORDS
                    ):
                        learned[word] = "NAME"
            elif label == "LOCATION" and not any(ch.isdigit() for ch in surface):
                learned[surface] = "LOCATION"
                head = surface.split()[0]
                if (
                    len(surface.split()) > 1
                    and head[0].isupper()
                    and head.isalpha()
                    and not entity_rules.is_generic_facility_word(head)
                ):
                    learned[head] = "LOCATION"
        return learned

    def _propagate(
        self, text: str, learned: dict[str, str], protected: list[tuple[int, int]]
    ) -> list[Candidate]:
        found: list[Candidate] = []
        # One alternation per case mode keeps this linear in the text, however many names.
        exact = [s for s in learned if s.lower() in self._lex.ambiguous_names or s[0].isupper()]
        loose = [s for s in learned if s not in set(exact)]
        labels = {surface.lower(): label for surface, label in learned.items()}
        for group, flags in ((exact, 0), (loose, re.IGNORECASE)):
            if not group:
                continue
            alternation = "|".join(re.escape(s) for s in sorted(group, key=len, reverse=True))
            pattern = re.compile(rf"(?<![\w@.-])(?:{alternation})(?![\w@-])", flags)
            for match in pattern.finditer(text):
                if not _overlaps_any(match.start(), match.end(), protected):
                    label = labels.get(match.group().lower(), "NAME")
                    found.append((match.start(), match.end(), label, 0.7, "propagated"))
        return found


def _overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping spans, preferring trusted tiers, then longer, then confident."""
    ordered = sorted(
        (c for c in candidates if c[1] > c[0]),
        key=lambda c: (-_TIER[c[4]], -(c[1] - c[0]), -c[3], c[0]),
    )
    taken: list[Candidate] = []
    for cand in ordered:
        if not any(cand[0] < t[1] and t[0] < cand[1] for t in taken):
            taken.append(cand)
    return sorted(taken, key=lambda c: c[0])


def _merge(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Join 'Kroger on Ridgeway Avenue' and adjacent name parts into one span."""
    merged: list[Candidate] = []
    for cand in chosen:
        if merged:
            prev = merged[-1]
            gap = text[prev[1] : cand[0]]
            same_place = prev[2] == cand[2] == "LOCATION" and gap in (" on ", ", ", " in ")
            same_name = prev[2] == cand[2] == "NAME" and gap == " "
            if (same_place and gap == " on ") or same_name:
                merged[-1] = (prev[0], cand[1], prev[2], max(prev[3], cand[3]), prev[4])
                continue
        merged.append(cand)
    return merged
