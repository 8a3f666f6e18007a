"""Famous people, brands, fiction and pets are no identifiers; real people next to them are."""

from __future__ import annotations

import pytest

from tenor_desktop.redaction import Redactor
from tenor_desktop.redaction.lexicons import Lexicons
from tenor_desktop.redaction.not_phi_names import find_not_phi


def _redacted_words(redactor: Redactor, text: str) -> list[str]:
    return [text[s.start : s.end] for s in redactor.redact(text).spans]


@pytest.mark.parametrize(
    "text",
    [
        "i watched a documentary about hitler last night",
        "He compared my dad to Hitler's generals.",
        "we built lego all weekend",
        "we read shakespeare in school and i hated it",
        "i pack his lunch in a ziploc bag",
        "Bluetooth never connects in my car.",
        "My Fitbit says I sleep four hours.",
        "I read Harry Potter to my son every night.",
        "I listen to Taylor Swift when I'm sad.",
        "He watches SpongeBob all day.",
        "He wants to be Spider-Man for Halloween.",
        "My son watches Mr. Rogers.",
        "Our dog Biscuit is the only one who gets me. Biscuit sleeps on my bed.",
        "my cat luna sleeps on my chest",
        "We adopted a puppy named Waffles.",
        "My sister's dog Rocky barks all night.",
        "Our cat Mr. Whiskers knocked everything over.",
        "The cat's name is Pumpkin.",
        "wifi keeps dropping during our calls",
        "We got a kitten and named her Olive.",
        "He was playing Call of Duty until 3 am.",
        "i miss oreos.",
        "I miss Hitler's speeches less than you'd think.",
        "Bluetooth and wifi both went out.",
        # Devices, apps, programmes and drinks (stop 32), and a listed brand counted.
        "Client: The court put me on the Soberlink, so I blow into it twice a day.",
        "Client: I took a couple of Nyquils to knock out.",
        "Client: A few beers after work, then Fireball.",
        "Client: The Pyxis count was off again on my shift.",
        "Client: We found a painter on Nextdoor.",
        "Client: I had two Tecates and some Old Crow.",
        "Client: His Dexcom keeps falling off in gym class.",
        "Client: He went in for the Live Scan last week.",
    ],
)
def test_famous_branded_fictional_and_pet_names_are_kept(redactor: Redactor, text: str) -> None:
    assert _redacted_words(redactor, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My dog walker Jenna quit last week.", "Jenna"),
        ("Our cat sitter Marisol stole from us.", "Marisol"),
        ("My sister Taylor called me last night.", "Taylor"),
        ("Harry texted me again.", "Harry"),
        ("Our dog Biscuit bit my neighbour Dmitri.", "Dmitri"),
        ("I watched Star Wars with my brother Kenji.", "Kenji"),
        ("my cat luna hates my roommate beatriz", "beatriz"),
        ("My manager Jess from Chipotle keeps texting me.", "Jess"),
        ("My friend Oprah Jenkins runs the group.", "Oprah Jenkins"),
        ("My uncle Elvis drinks too much.", "Elvis"),
        ("Dr. Freud at the clinic changed my meds.", "Freud"),
        ("My cousin Taylor Swift hates her name.", "Taylor Swift"),
    ],
)
def test_real_people_next_to_them_are_redacted(redactor: Redactor, text: str, name: str) -> None:
    assert name in "".join(_redacted_words(redactor, text))
    assert not any(
        word in _redacted_words(redactor, text) for word in ("Biscuit", "luna", "Star Wars")
    )


def test_listed_phrases_match_whole_words_only() -> None:
    lex = Lexicons.load()
    text = "legolas and the legos, then harry and potter"
    assert [text[s:e] for s, e in find_not_phi(text, lex)] == ["legos"]


def test_a_one_word_brand_counted_is_listed_but_not_a_longer_word() -> None:
    lex = Lexicons.load()
    text = "two nikes and three tecates, not nikesha"
    assert [text[s:e] for s, e in find_not_phi(text, lex)] == ["nikes", "tecates"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("We met at the Chipotle on Fifth Street.", "Chipotle"),
        ("He took the kids to Six Flags in Valencia.", "Six Flags"),
    ],
)
def test_a_listed_chain_with_its_street_or_town_is_redacted(
    redactor: Redactor, text: str, place: str
) -> None:
    assert place in " ".join(_redacted_words(redactor, text))


@pytest.mark.parametrize(
    "text",
    [
        "Client: I did meth for about a year when I was driving long haul.",
        "Client: My son is in juvie for stealing cars.",
        "Client: I got a deportation order in absentia.",
        "Client: my son has strep and i've been home with him.",
        "Client: i found my daughter's bong in her room.",
    ],
)
def test_drug_slang_custody_slang_and_illnesses_are_kept(redactor: Redactor, text: str) -> None:
    assert _redacted_words(redactor, text) == []
