"""Seeded grammars of people's names and towns in client sentences (see facility_cases).

Names: given names of many backgrounds, names that are everyday words ("Hope", "Will",
"River") and full names, in 30 frames. Towns: US and world towns, listed or not, in 24
frames. About half of each comes out lowercase, as speech recognition writes it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence

GIVEN = (
    "Maria,Jamal,Priya,Tomasz,Keisha,Diego,Mei,Aaliyah,Connor,Fatima,Oluwaseun,Brittany,Hector,"
    "Ingrid,Raj,Shanice,Tyrone,Yusuf,Zoe,Carmen,Dmitri,Esperanza,Gus,Hannah,Imani,Juan,Kofi,"
    "Lupe,Marisol,Nadia,Omar,Pedro,Quinn,Rosalind,Santiago,Tariq,Ursula,Vikram,Wanda,Xavier,"
    "Yolanda,Zeke,Deshawn,Latoya,Anika,Bronwyn,Cyrus"
).split(",")
WORD_NAMES = (
    "Hope,Will,Rose,Grace,Faith,Summer,June,Sky,River,Joy,Dawn,Autumn,Hunter,Chase,Mercy,"
    "Honey,Sunny,Destiny,Bill,Mark,Art,Pat,Sandy,Rusty,Frank,Guy,Jack,Penny,Ruby,Amber"
).split(",")
SURNAMES = (
    "Okafor,Delgado,Nakamura,Kowalski,Haddad,Brennan,Fitzgerald,Oyelaran,Castillo,Abernathy,"
    "Lindqvist,Petrov,Washington,Baker,Hill,Stone,Brooks,Rivers,Fox,Little"
).split(",")
NAME_FRAMES = (
    "My sister {X} keeps calling me.", "{X} and I got into it again.",
    "I told {X} I needed space.", "{X} called me at midnight.",
    "I went to {X}'s house after work.", "Me and {X} drove down together.",
    "{X}, my coworker, covered for me.", "I texted {X} but she never answered.",
    "{X} says I'm overreacting.", "I spent the weekend with {X}.",
    "{X} was there when it happened.", "Like {X} said, it's not my fault.",
    "So {X} is moving out.", "I asked {X} to come with me.", "{X} keeps bringing it up.",
    "Her name is {X}.", "Honestly {X} is the only one who gets it.",
    "My boss, {X}, wants to meet.", "I've known {X} since third grade.",
    "The nurse, {X}, was really kind.", "Then {X} showed up drunk.",
    "Did {X} ever apologize?", "I love {X} but I'm tired.", "We named the baby {X}.",
    "{X} from church brought food.", "I keep thinking about {X}.",
    "Ask {X}, she'll tell you.", "It was {X}'s idea.", "My ex, {X}, got the house.",
    "I don't trust {X} anymore.",
)  # fmt: skip
TOWNS = (
    "Fishkill,Romeoville,Natomas,Ypsilanti,Towson,Kirkland,Bushwick,Dearborn Heights,Lowell,"
    "Sparks,Boyle Heights,Little Haiti,Mission Valley,North Park,Wahoo,Da Nang,Tuzla,Surulere,"
    "Tlaquepaque,Newburgh,Beckley,Anaheim,Brownsville,Clifton,Salinas,Rutland,Albuquerque,"
    "Greensboro,Pawtucket,Chula Vista,Cedar Rapids,Yakima,Dothan,Bakersfield,Lubbock,Paterson,"
    "Hialeah,Kissimmee,Flint,Camden,Joliet,Waukegan,Odessa,Visalia,Modesto,Hoboken,Scranton,"
    "Erie,Macon,Eugene,Provo,Ogden,Duluth,Fargo,Bismarck,Casper,Billings,Missoula,Nampa,Reno,"
    "Yuma,Pueblo,Laredo,McAllen,Harlingen,Tyler,Waco,Killeen"
).split(",")
TOWN_FRAMES = (
    "We moved to {X} when I was nine.", "My mom still lives in {X}.", "I grew up in {X}.",
    "I was born in {X} but I came here at two.", "He's from {X}, originally.",
    "We drove down to {X} for the funeral.", "She took the bus to {X} last week.",
    "My cousin is in {X} now.", "I stayed with my aunt in {X} for a month.",
    "Things were different back in {X}.", "We lived out past {X} on a farm.",
    "They sent him to a program in {X}.", "I keep thinking about going back to {X}.",
    "It's a long drive from {X}.", "My brother works in {X}.",
    "There's a bar in {X} he goes to.", "We had a house near {X}.", "Life in {X} was hard.",
    "i was living in {X} at the time.", "He's been posting from {X}.",
    "We used to go to {X} every summer.", "I got a job out in {X}.",
)  # fmt: skip


def framed_sentences(
    pick: Callable[[random.Random], str], frames: Sequence[str], count: int, seed: int
) -> Iterator[tuple[str, str]]:
    """``count`` (sentence, target) pairs: ``pick`` a target, put it in a frame, and lowercase
    about half of them as speech recognition writes."""
    rng = random.Random(seed)
    for _ in range(count):
        target = pick(rng)
        text = rng.choice(frames).format(X=target)
        if rng.random() < 0.5:
            text, target = text.lower(), target.lower()
        yield text, target


def name_sentences(count: int, seed: int = 11) -> Iterator[tuple[str, str, str]]:
    """``count`` (kind, sentence, name) triples; kind is "given", "word" or "full"."""
    rng = random.Random(seed)
    for _ in range(count):
        kind = rng.choice(("given", "given", "word", "full"))
        if kind == "given":
            name = rng.choice(GIVEN)
        elif kind == "word":
            name = rng.choice(WORD_NAMES)
        else:
            name = f"{rng.choice(GIVEN + WORD_NAMES)} {rng.choice(SURNAMES)}"
        text = rng.choice(NAME_FRAMES).format(X=name)
        if rng.random() < 0.5:
            text, name = text.lower(), name.lower()
        yield kind, text, name


def town_sentences(count: int, seed: int = 5) -> Iterator[tuple[str, str]]:
    """``count`` (sentence, town) pairs, about half lowercase."""
    return framed_sentences(lambda rng: rng.choice(TOWNS), TOWN_FRAMES, count, seed)


BUSINESSES = (
    "Kachka,Husk,Druthers,Twistars,Boba Guys,Casa Fuerte,Pho Saigon,Blue Moon,Lucky Dragon,"
    "Mama Rosa's,El Tapatio,Rusty Nail,Tony's Pizza,Bean There,The Hive,Orangetheory,Sol Cafe,"
    "Taqueria Arandas,Hanoi House,Tres Hermanos,Sunset Grill,Mickey's,Waffle Shop,Cafe Vida"
).split(",")
BUSINESS_FRAMES = (
    "We had lunch at {X} on Friday.", "After six beers at {X}, I drove home.",
    "She used to make me stay after practice at {X}.", "I pick up shifts at {X} on weekends.",
    "We met at {X} years ago.", "Dinner at {X} turned into a fight.",
    "Everyone's planning this huge party at {X}.", "I ran into him at {X} last week.",
    "We used to get drinks at {X} after work.", "He proposed at {X}.",
    "My first job was at {X}.", "She waits tables at {X}.",
    "We celebrated at {X} for her birthday.",
)  # fmt: skip
HOUSE_NUMBERS = (
    "1187,402,2250,17,88,615,4410,twelve forty-one,one one eight seven,four oh two,"
    "twenty two fifty,seventeen,eighty eight,six fifteen,thirty three hundred,fifty five"
).split(",")
STREETS = (
    "Birchwood Lane,Juniper Court,Orchard Hill Road,Lakeshore Terrace,Wrenfield Avenue,"
    "East Apache Boulevard,Fairview Drive,Maple Street,North Acadian Thruway,Old Mill Road,"
    "Sycamore Street,Route 9,Delmar Boulevard,West Pico Boulevard,Knickerbocker Avenue"
).split(",")
ADDRESS_FRAMES = (
    "I live at {X} now.", "We moved into {X} last month.", "My address is {X}.",
    "She's staying at {X} with her aunt.", "Send it to {X}, apartment 4.",
    "my mom's place is {X}", "the shelter is at {X}", "it's the blue house at {X}",
    "I used to live at {X} before the fire.",
)  # fmt: skip


def business_sentences(count: int, seed: int = 9) -> Iterator[tuple[str, str]]:
    """``count`` (sentence, business) pairs, about half lowercase."""
    return framed_sentences(lambda rng: rng.choice(BUSINESSES), BUSINESS_FRAMES, count, seed)


def address_sentences(count: int, seed: int = 3) -> Iterator[tuple[str, str]]:
    """``count`` (sentence, address) pairs: a house number (often spoken) and a street."""

    def pick(rng: random.Random) -> str:
        return f"{rng.choice(HOUSE_NUMBERS)} {rng.choice(STREETS)}"

    return framed_sentences(pick, ADDRESS_FRAMES, count, seed)
