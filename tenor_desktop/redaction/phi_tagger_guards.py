"""The PHI tagger's guard on lowercase common words: when a confident span of them may stand.

Lowercase words of everyday English ("the sand bar", "station 4", "rock bottom prices") are
the rules' call. But the embedding vocabulary the tagger calls "common" also holds given names,
surnames and place words English writes with a capital ("garfield", "logan", "tucker"), so a
lowercase span of common words may stand when it has a name's shape:

- a name word before a facility or place head ("garfield elementary", "logan hall");
- two name words ("logan tucker");
- before a head, a word no one writes lowercase that is on no name list ("fairchild hall"),
  at a higher mean probability (``HEAD_BAR``);
- a place by its shape, at ``HEAD_BAR``: everyday words before a street or land kind word
  ("good hope street", "lookout mountain", "two medicine lake"; ``SHAPE_HEADS``) when one of
  them is more than a kind, size or road-surface word ("the back road", "a dirt road" stay the
  rules' call), or a compass word before a name or listed place ("west memphis").

One name word alone ("i left jordan") stays the rules' call: they know the slots.

One lowercase word right after an article ("the bodega", "a deli") is a kind of place or thing,
not a name, whether or not the embedding vocabulary knows it, unless it is on a name or place
list or English writes it only with a capital (``ArticleGuard``).

Name words are data: the lowercased embedding vocabulary (``Lexicons.common_words``) that is
in the given-name, surname or place lists (``first_names.txt``, ``surnames.txt``, the place
lists), minus the everyday words (``everyday_words.txt``: SCOWL levels 10-40, words everyone
writes lowercase, so "hill", "rock", "park" and "grace" stay everyday), function words
(``name_words.STOP_WORDS``), nationalities ("the little italian restaurant" is a kind of
place; ``name_words.NATIONALITIES``) and words of one or two letters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tenor_desktop.redaction.address_numbers import STREET_TYPE
from tenor_desktop.redaction.facility_words import FACILITY_HEADS, KIND_WORDS
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.name_words import NATIONALITIES, STOP_WORDS

# Words that end a named place: facilities and organisations (facility_words), streets, and
# sites ("... air force base", "... park", "... field").
PLACE_HEADS = FACILITY_HEADS | frozenset(
    "street avenue road lane drive court boulevard place terrace circle parkway highway trail"
    " pike square plaza base park field airport mall plant hall station lake river creek bay"
    " island beach county township bridge mountain valley".split()
)
# The mean probability a head's unlisted capitalised word needs (folds, bench/phi_tagger_folds).
HEAD_BAR = 0.9
_ARTICLES = frozenset(("the", "a", "an"))
# Street and land kind words that end a place named by its shape ("good hope street", "lookout
# mountain"): the street types spelled out (abbreviations such as "dr" and "st" are other
# words too; "a safe place", "drug court", "the inner circle" are no streets), "way", and land
# and water features.
_STREET_WORDS = frozenset(w for w in re.findall(r"[a-z]+", STREET_TYPE) if len(w) > 3)
SHAPE_HEADS = _STREET_WORDS - {"place", "court", "circle"} | frozenset(
    "way mountain mountains lake creek ridge hollow county river island isle bay valley heights"
    " hills springs falls canyon gulch bluff bluffs knob holler".split()
)
# Words before such a head that say what sort of road or water it is, not its name: with only
# these (and kind words, ``KIND_WORDS``) before it the run is everyday talk.
_SORT_WORDS = frozenset(
    "dirt gravel paved side back front long short hard easy right wrong toll frontage access"
    " service ring dead end one way country rural forest logging farm steep narrow winding"
    " busy quiet frozen fishing river creek lake mountain whole".split()
)
COMPASS_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern"
    " western".split()
)
# The word before a span: the last word of the text before it.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


class LowercaseGuard:
    """Whether a span of lowercase common words may stand (see the module's docstring)."""

    def __init__(self, lexicons: Lexicons) -> None:
        place_words = frozenset(w for place in lexicons.places for w in place.split())
        listed = lexicons.first_names | lexicons.surnames | place_words
        self._capitalised = frozenset(
            w
            for w in lexicons.common_words
            - lexicons.everyday_words
            - STOP_WORDS
            - KIND_WORDS
            - NATIONALITIES
            if len(w) > 2
        )
        self.name_words = self._capitalised & listed
        self._places = lexicons.places

    def allows(self, words: Sequence[str], label: str, mean: float, common_bar: float) -> bool:
        """``words`` (lowercase, all common) may stand as ``label`` at mean probability
        ``mean``; any such span reaching ``common_bar`` may."""
        if mean >= common_bar:
            return True
        if len(words) < 2:
            return False
        if sum(w in self.name_words for w in words) >= 2:
            return True
        if label == "LOCATION" and mean >= HEAD_BAR and self._place_shape(words):
            return True
        if label != "LOCATION" or words[-1] not in PLACE_HEADS:
            return False
        body = [w for w in words[:-1] if w not in _ARTICLES]
        if any(w in self.name_words for w in body):
            return True
        return mean >= HEAD_BAR and any(w in self._capitalised for w in body)

    def _place_shape(self, words: Sequence[str]) -> bool:
        """``words`` name a place by their shape: a street or land head after a word that is
        more than a sort ("good hope street"), or a compass word before a name or listed place
        ("west memphis")."""
        body = [w for w in words if w not in _ARTICLES]
        if len(body) < 2:
            return False
        if body[-1] in SHAPE_HEADS:
            return any(
                w not in KIND_WORDS and w not in STOP_WORDS and w not in _SORT_WORDS
                for w in body[:-1]
            )
        if body[0] in COMPASS_WORDS:
            rest = body[1:]
            return " ".join(rest) in self._places or any(w in self.name_words for w in rest)
        return False


class ArticleGuard:
    """Whether one lowercase word after "the", "a" or "an" may stand alone ("the bodega": no)."""

    def __init__(self, lexicons: Lexicons) -> None:
        # Whole one-word places only: words of longer ones are often everyday ("bodega bay").
        one_word_places = frozenset(p for p in lexicons.places if " " not in p)
        self._named = (
            lexicons.first_names | lexicons.surnames | one_word_places | lexicons.proper_only
        )

    def blocks(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]`` is one lowercase word, after an article, on no name list."""
        word = text[start:end]
        if " " in word or word != word.lower():
            return False
        before = _WORD_BEFORE.search(text, max(0, start - 24), start)
        if before is None or before.group(1).lower() not in _ARTICLES:
            return False
        return word.removesuffix("'s") not in self._named
