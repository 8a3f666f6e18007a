"""A seeded grammar of facility names in client sentences: a name of one or two words (often
everyday words, as dev's "Willow Creek Assisted Living" and "Iron Works Fitness") and a
facility word, in frames with and without a slot before them, written or lowercase."""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.redaction.entity_grammar_cases import framed_sentences

NAME_PARTS = (
    "Willow Creek,Sunrise,Harbor View,Maple Grove,Oak Hill,Valley,Riverbend,Lakeside,Summit,"
    "Cedar Ridge,Pine Hollow,Meadowbrook,Eagle Crest,Golden Gate,Silver Lake,Bluewater,"
    "North Star,Coastal,Little Sprouts,Bright Futures,New Hope,Grace,Good Shepherd,Lincoln,"
    "Kennedy,Roosevelt,Dunmore,Castleton,Keystone,Westbrook,Hartwell,Brennan,Ashford,Fairview,"
    "Greenfield,Highland,Stonegate,Heritage,Pioneer,Crossroads,Evergreen,Harmony,Liberty,"
    "Hillcrest,Brookside,Foxwood,Redstone,Clearwater"
).split(",")
FACILITY_WORDS = (
    "Elementary,Middle School,High School,Academy,College,Community College,Medical Center,"
    "Hospital,Clinic,Health,Behavioral Health,Dental,Fitness,Gym,Insurance Group,Freight,"
    "Logistics,Poultry,Fabrication,Partners,Assisted Living,Learning Center,Sleep Center,"
    "Baptist Church,Assembly,Tavern,Inn,Diner,Cafe,Bakery,Salon,Auto Body,Motors,Realty,"
    "Credit Union,Library,Recreation Center,Family Practice,Pediatrics,Physical Therapy,"
    "Counseling Center,Recovery Center,Treatment Center,Apartments,Manor,Village,Nursing Home,"
    "Senior Center,Pharmacy,Market,Grill,Brewing,Landscaping,Construction,Plumbing,Daycare,"
    "Preschool,Montessori"
).split(",")
FRAMES = (
    "I work at {X} now, mostly nights.",
    "My son goes to {X} and he hates it.",
    "She's been at {X} since the spring.",
    "{X} called me twice yesterday.",
    "I got a letter from {X} about the bill.",
    "We met at {X} years ago.",
    "After {X} closed, I had nowhere to go.",
    "The folks at {X} were kind to me.",
    "I used to volunteer at {X} on weekends.",
    "They moved her to {X} last week.",
    "My boss at {X} keeps texting me.",
    "I quit {X} because of the hours.",
    "He was let go from {X} in the fall.",
    "My daughter is in second grade at {X}.",
    "I go to {X} every morning before work.",
    "Honestly {X} is the only place that feels safe.",
    "I applied to {X} and I'm waiting.",
    "We had the reception at {X}.",
    "I've been going to {X} for my back.",
    "they transferred me to {X} after that",
    "i'm on the waitlist for {X}.",
)


def facility_sentences(count: int, seed: int = 15) -> Iterator[tuple[str, str]]:
    """``count`` (sentence, facility name) pairs, about half of them lowercase."""

    def pick(rng: random.Random) -> str:
        return f"{rng.choice(NAME_PARTS)} {rng.choice(FACILITY_WORDS)}"

    return framed_sentences(pick, FRAMES, count, seed)
