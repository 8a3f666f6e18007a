"""Layered PHI detector: spoken-form normalisation, rules, validators, lexicons and spaCy NER.

Layers, in order of trust: structured identifiers (e-mail, phone, SSN, codes with context
words), dates and ages, then names and places from rules, lexicons and NER. Overlaps resolve
to the most trusted, then longest span. Names and places found once are then searched for
everywhere else in the text (and, through ``known``, in later segments of the session).

Rules run first; the NER model then sees the text with their finds blanked out (see
:mod:`ner_view`), which is what a second call on the redacted output would show it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tenor_desktop.redaction import (
    affiliation_places,
    capitalised_names,
    city_rules,
    date_rules,
    employer_names,
    entity_rules,
    greeted_questions,
    handle_rules,
    identifier_rules,
    initial_names,
    known_institutions,
    listed_names,
    lone_names,
    not_phi_names,
    owned_venues,
    paired_names,
    person_cues,
    person_slots,
    place_cues,
    place_rules,
    question_names,
    rare_names,
    rare_word_names,
    role_names,
    speech_names,
    turn_vocatives,
    word_name_slots,
    word_names,
)
from tenor_desktop.redaction.biometric_ids import biometric_ids
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.ner_entities import Candidate, map_entity
from tenor_desktop.redaction.ner_model import NerModel
from tenor_desktop.redaction.ner_view import build_view
from tenor_desktop.redaction.owner_named_places import owner_named_places
from tenor_desktop.redaction.phi_mentions import (
    learn_mentions,
    may_name_region,
    propagate_mentions,
)
from tenor_desktop.redaction.phi_tagger import PhiTagger
from tenor_desktop.redaction.place_extents import owned_place_word, widen_places
from tenor_desktop.redaction.place_pairs import join_place_pairs
from tenor_desktop.redaction.repeated_surfaces import one_label_per_surface, repeated_surfaces
from tenor_desktop.redaction.span_index import DisjointRanges, RangeIndex
from tenor_desktop.redaction.spans import PhiSpan
from tenor_desktop.redaction.spoken_forms import normalise_spoken
from tenor_desktop.redaction.text_case import fold_accents, truecase_set, truecase_words
from tenor_desktop.redaction.verb_slots import verb_after_relation

# Rule finders of people and places: (text, lexicons) -> (start, end, label, confidence).
_ENTITY_FINDERS: tuple[Callable[[str, Lexicons], Iterable[tuple[int, int, str, float]]], ...] = (
    entity_rules.find_names,
    capitalised_names.find_capitalised_unknowns,
    rare_word_names.find_rare_word_subjects,
    rare_word_names.find_rare_word_objects,
    speech_names.find_speech_names,
    turn_vocatives.find_turn_vocatives,
    greeted_questions.find_greeted_questions,
    paired_names.find_pair_subjects,
    question_names.find_question_subjects,
    listed_names.find_listed_names,
    lone_names.find_lone_names,
    person_cues.find_person_cues,
    person_slots.find_slot_names,
    role_names.find_role_names,
    initial_names.find_opening_subjects,
    word_names.find_word_names,
    word_name_slots.find_word_name_slots,
    rare_names.find_rare_names,
    employer_names.find_employers,
    affiliation_places.find_affiliation_places,
    owned_venues.find_owned_venues,
)
_TIER = {
    "contact": 4,
    "number": 3,
    "date": 2,
    "entity": 1,
    "ner": 1,
    "propagated": 0,
    "tagger": 0,
}
_STREET_END = re.compile(r"\s(?:boulevard|blvd|avenue|ave|street|road|drive|parkway)\.?$", re.I)
_SPEAKER = re.compile(r"(?m)^[ \t]*([A-Z][A-Za-z]*(?:[ \t](?:\d+|[A-Z]))?)[ \t]*:")


@dataclass(frozen=True, slots=True)
class Detection:
    """Spans found, and those the NER model saw in place (the text around them changes)."""

    spans: list[PhiSpan]
    unseen_by_ner: list[tuple[int, int]]


class PhiDetector:
    """Finds Safe Harbor identifiers in a text; offsets are into that text."""

    def __init__(
        self, lexicons: Lexicons, ner: NerModel | None, tagger: PhiTagger | None = None
    ) -> None:
        self._lex = lexicons
        self._ner = ner
        # The learned tagger (bundled, checksum verified) adds names and places no rule found;
        # a Redactor passes the one its RedactionModels loaded once for the process.
        self._tagger = tagger if tagger is not None else PhiTagger.load(lexicons)
        self._truecase = truecase_set(lexicons)
        regions = sorted((p for p in lexicons.not_phi_places if " " in p), key=len, reverse=True)
        self._regions = re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in regions) + r")\b", re.IGNORECASE
        )

    def detect(self, text: str, known: dict[str, str] | None = None) -> list[PhiSpan]:
        """All identifiers in ``text``; ``known`` maps already-seen names/places to labels."""
        return self.detect_detailed(text, known).spans

    def detect_detailed(
        self,
        text: str,
        known: dict[str, str] | None = None,
        ner_windows: list[tuple[int, int]] | None = None,
        tagger_windows: list[tuple[int, int]] | None = None,
    ) -> Detection:
        """Identifiers plus the spans whose neighbourhood the NER model has not seen redacted.

        ``ner_windows`` limits the (costly) NER model to those ranges of ``text`` (default: all
        of it); rules always see everything. ``tagger_windows`` are the learned tagger's ranges
        (default: ``ner_windows``).
        """
        # Every rule reads Latin letters plain ("Efraín", "tía remedios"); offsets stay valid.
        text = fold_accents(text, self._lex.common_words)
        # Famous, branded, fictional and pet names are no identifiers: nothing may take them.
        not_phi = not_phi_names.find_not_phi(text, self._lex)
        labels = self._speaker_labels(text)
        protected = labels + not_phi
        # Bisection indexes: a long transcript has hundreds of speaker labels.
        in_label, in_not_phi = RangeIndex(labels).overlaps, RangeIndex(not_phi).overlaps
        in_protected = RangeIndex(protected).overlaps
        rules = [
            c
            for c in self._structured(text) + self._rule_entities(text)
            if not in_label(c[0], c[1])
            and not (in_not_phi(c[0], c[1]) and _spared_by_fame(text, c))
            and not (c[2] == "NAME" and verb_after_relation(text, c[0], c[1], self._lex))
        ]
        names = [(c[0], c[1]) for c in rules if c[2] == "NAME"]
        rules += [
            (s, e, label, conf, "entity")
            for s, e, label, conf in (
                *paired_names.coordinated_names(text, names, self._lex),
                *person_cues.adjacent_name_parts(text, names, self._lex),
            )
            if not in_protected(s, e)
        ]
        learned = dict(known or {})
        chosen = self._choose(text, rules, learned, labels)
        if ner_windows is None:
            ner_windows = [(0, len(text))]
        if tagger_windows is None:
            tagger_windows = ner_windows
        entities = [
            e for e in self._ner_entities(text, chosen, ner_windows) if not in_not_phi(e[0], e[1])
        ]
        blanked = {(c[0], c[1]) for c in chosen}
        if entities:
            learned = dict(known or {})
            chosen = self._choose(text, rules + entities, learned, labels)
        chosen = _resolve(chosen + repeated_surfaces(text, chosen, protected))
        chosen = one_label_per_surface(text, chosen)
        # Last and least trusted: the learned tagger, only where nothing else stands and only
        # in ``tagger_windows`` (a live segment, not its context again).
        taken = [(c[0], c[1]) for c in chosen] + protected
        tagged = [
            (s + low, e + low, label, conf, "tagger")
            for low, high in tagger_windows
            for s, e, label, conf in self._tagger.find(
                text[low:high], [(a - low, b - low) for a, b in taken if a < high and low < b]
            )
        ]
        chosen = sorted(chosen + tagged, key=lambda c: c[0])
        if known is not None:
            known.update(learned)
        spans = []
        placed = join_place_pairs(text, widen_places(text, _merge(text, chosen), self._lex))
        placed = owner_named_places(text, placed)
        placed = biometric_ids(text, placed)
        for start, end, label, conf, source in placed:
            # NER entities can swallow neighbouring whitespace; a span never starts or ends in it.
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                spans.append(PhiSpan(start, end, label, conf, source))
        unseen = [(c[0], c[1]) for c in chosen if (c[0], c[1]) not in blanked]
        return Detection(spans, unseen)

    def _ner_entities(
        self, text: str, chosen: list[Candidate], windows: list[tuple[int, int]]
    ) -> list[Candidate]:
        """NER candidates in ``windows``, read with ``chosen`` blanked and names truecased."""
        if self._ner is None or not windows:
            return []
        # Same length as ``text``: offsets found in it are offsets into the original.
        ner_text = truecase_words(text, self._truecase)
        views = [
            build_view(
                ner_text[low:high],
                [
                    (max(c[0], low) - low, min(c[1], high) - low)
                    for c in chosen
                    if c[0] < high and low < c[1]
                ],
            )
            for low, high in windows
        ]
        found_per_view = self._ner.entities_many([view.text for view in views])
        entities: list[Candidate] = []
        for (offset, _high), view, found in zip(windows, views, found_per_view, strict=True):
            for start, end, kind in found:
                # An entity reaching across a blanked identifier ("Tucson [NAME] turned")
                # keeps only its part before the blank, as on every later pass.
                blank = view.text.find("   ", start, end)
                if blank > start:
                    end = blank
                elif blank == start:
                    continue
                low, high = view.to_original(start, end)
                low, high = low + offset, high + offset
                if kind == "ORG" and ner_text[low:high] != text[low:high]:
                    # An organisation we capitalised is a brand or chain ("the safeway on 24th").
                    continue
                mapped = map_entity(ner_text, low, high, kind, self._lex)
                if mapped is not None:
                    entities.append(mapped)
        return entities

    def _choose(
        self,
        text: str,
        candidates: list[Candidate],
        learned: dict[str, str],
        labels: list[tuple[int, int]],
    ) -> list[Candidate]:
        """Resolve overlaps, learn names and places, find their other mentions (updates learned).

        A name or place found anywhere is found again everywhere but in speaker labels, even
        where a brand, a pet or a car model has the same word ("Ram said ... a black Ram"):
        sparing it there would leave the identifier readable.
        """
        # "moved back to Puerto Rico", "my cousin in El Salvador": inside a state, territory or
        # country of several words no part is a person, nor a place unless a city has the name
        # ("New York"). One-word ones may be names ("Georgia called").
        candidates = [c for c in candidates if not self._inside_region(text, c)]
        chosen = _resolve(candidates)
        learned.update(learn_mentions(text, chosen))
        return _resolve(chosen + propagate_mentions(text, learned, labels, self._lex))

    def _inside_region(self, text: str, candidate: Candidate) -> bool:
        if not may_name_region(text, self._regions):
            return False  # no region named anywhere in the text (one cheap test per text)
        start, end, label = candidate[0], candidate[1], candidate[2]
        for match in self._regions.finditer(text, max(0, start - 30), min(len(text), end + 30)):
            if match.start() <= start and end <= match.end():
                return label == "NAME" or match.group().lower() not in self._lex.places
        return False

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
            ("number", handle_rules.find_handles(norm.text, self._lex)),
        ):
            for start, end, label, conf in hits:
                original = norm.to_original(start, end)
                found.append((original[0], original[1], label, conf, kind))
        for finder in (date_rules.find_dates, date_rules.find_old_ages):
            for start, end, conf in finder(norm.text):
                original = date_rules.with_article(text, *norm.to_original(start, end))
                found.append((original[0], original[1], "DATE", conf, "date"))
        places = [
            *place_rules.find_places(norm.text, self._lex),
            *known_institutions.find_institutions(norm.text, self._lex),
            *city_rules.find_cities(norm.text, self._lex),
            *place_cues.find_place_cues(norm.text, self._lex),
        ]
        for start, end, label, conf in places:
            original = norm.to_original(start, end)
            found.append((original[0], original[1], label, conf, "entity"))
        return found

    def _rule_entities(self, text: str) -> list[Candidate]:
        return [
            (s, e, label, conf, "entity")
            for finder in _ENTITY_FINDERS
            for s, e, label, conf in finder(text, self._lex)
        ]


def _spared_by_fame(text: str, candidate: Candidate) -> bool:
    """Whether a famous, branded or holiday name inside ``candidate`` makes it no identifier.

    Names and places are spared ("Taylor Swift", "St. Patrick's Day"). A date, number,
    mailbox or web address stays ("St. Patrick's Day 2019", "maddie.nike@gmail.com"): Safe
    Harbor lists every web address, and which site a client visits ("pornhub dot com", "a
    gambling site") tells about them as much as their own page would; every set's writers
    mark famous sites too (61 of 61 addresses in the tunable sets).
    """
    label = candidate[2]
    if label == "LOCATION" and _STREET_END.search(text, candidate[0], candidate[1]):
        return False  # "martin luther king boulevard": a street named after the famous
    return label in ("NAME", "LOCATION")


def _resolve(candidates: list[Candidate]) -> list[Candidate]:
    """Keep non-overlapping spans, preferring trusted tiers, then longer, then confident."""
    ordered = sorted(
        (c for c in candidates if c[1] > c[0]),
        key=lambda c: (-_TIER[c[4]], -(c[1] - c[0]), -c[3], c[0]),
    )
    taken: list[Candidate] = []
    held = DisjointRanges()
    for cand in ordered:
        if not held.overlaps(cand[0], cand[1]):
            held.add(cand[0], cand[1])
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
            if prev[2] == "NAME" and gap == "'s " and owned_place_word(text[cand[0] : cand[1]]):
                # "Hannah" + "'s " + "House": a program or shop named after its owner.
                merged[-1] = (prev[0], cand[1], "LOCATION", max(prev[3], cand[3]), prev[4])
                continue
        merged.append(cand)
    return merged
