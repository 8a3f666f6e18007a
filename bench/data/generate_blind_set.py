"""Generate the blind PHI set ``redaction_blind_annotated.txt`` (then run build_redaction_sets.py).

The blind set judges PHI detection only. It was generated, scored once (aggregate and per
label) and committed before any detector change it could inform; nobody looks at its
individual misses. Names and places are drawn from pools written for it, and every pool
entry that the detector's word lists or any other set (dev, tuning, held-out, fresh, the
test suite's sets) already contains is dropped when the set is generated, so it measures
how the detector generalises to people and places it has never seen. The dialogue frames
are new phrasings too.

Run from the repository root: ``.venv/bin/python bench/data/generate_blind_set.py [seed]``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[1]
SEED = 4_2026_1127

# Given names: words that are also names, non-Anglo names, hyphenated names.
_FIRST = """
honey story journey harmony clover blaze ember wren sparrow willow meadow haven bliss cash
king rocky birdie storm misty pearl ginger coco candy brook cliff forrest gale marsh arden
oluwaseun chidinma thandiwe siddharth priyanka nguyet bao thuy xiomara yesenia guadalupe itzel
ximena joaquin tadeo anselmo radek zofia wojciech agnieszka bogdan dmitri svetlana yevgenia
aigerim nurlan kwabena efua akosua tendai farida yusuf habib reza parisa shirin dariush
hiroshi akiko haruto sakura wen xiaoling liang kalani keanu noelani tavita sione aroha tane
mary-kate jean-luc anne-marie jo-ellen lou-ann marie-claire ifeoma chinedu babajide folake
temitope olamide ngozi emeka yaw kofi abena ama kwame esi nomvula sipho lindiwe bongani
rashida latrice shaniqua dequan jamarion tayshawn keyonna marisol evaristo florencio
rosalinda eusebio graciela heriberto maximiliano leopoldo casimir ludmila stanislav oksana
taras halyna bohdan mykola anastazja jadwiga przemek kasia grzegorz ingrid solveig torbjorn
astrid leif sigrid birgitta henrik matthias lorenz wolfgang ottilie benedikt friederike
""".split()
_SURNAMES = """
przybylski okoro wojcik castellanos villarreal oyelowo tshabalala abernathy fairweather
lindqvist haugen szabo nakashima ferreira quispe mamani delacroix vukovic oyebanji adeleke
nwachukwu mbeki dlamini ndlovu kowalczyk zielinski lewandowski grabowski hashemi tehrani
farahani rostami karimi okwuosa achterberg vanderloo osei-bonsu appiah ampofo fairbanks
whitcombe pennywhistle thistlewood ravenscroft hollingsworth blackburn quattlebaum
""".split()
_CITIES = """
oaxaca cebu kumasi enugu ibadan lviv tbilisi medellin cuenca arequipa chiclayo ponce
mayaguez jacmel tegucigalpa quetzaltenango ipoh davao iloilo mangalore coimbatore kochi
multan faisalabad tabriz mashhad izmir bursa poznan gdansk wroclaw brno cluj
""".split()
_CITIES += ["san pedro sula", "nha trang", "da nang", "cap-haitien", "santa ana de yacuma"]
_NEIGHBOURHOODS = """
fishtown pilsen corktown frogtown swansea dogpatch bywater tremé kensington-west ironbound
""".split()
_NEIGHBOURHOODS += ["little haiti", "east end flats", "the north bottoms", "mill creek hollow"]
_STREET_WORDS = """
juniper tamarack osage quarry larkspur foxglove saddlebrook wickham pemberton thistle
barberry kestrel ironwood windmere copperfield hazelnut marigold
""".split()
_STREET_TYPES = "lane terrace way circle court trail boulevard place pike loop crescent".split()
_FACILITY_FORMS = (
    "{w} recovery center",
    "{w} middle school",
    "{w} family shelter",
    "saint {s}'s hospital",
    "{w} manor",
    "the {w} apartments",
    "{w} community clinic",
)
_SAINTS = "brigid cuthbert benedict scholastica wenceslaus ignatia".split()
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_DIGITS = "zero one two three four five six seven eight nine".split()
_DOMAINS = ("yahoo dot com", "gmail dot com", "hotmail dot com", "proton dot me", "icloud dot com")

Draw = Callable[[random.Random], str]


def _excluded() -> set[str]:
    """Every word of the detector's name/place lists and of other sets' names and places."""
    words: set[str] = set()
    lexicons = ROOT / "resources" / "lexicons"
    for name in ("first_names.txt", "surnames.txt", "ambiguous_names.txt"):
        for line in (lexicons / name).read_text(encoding="utf-8").splitlines():
            if not line.startswith("#"):
                words.update(line.lower().split())
    for name in ("us_places.txt", "world_places.txt"):
        for line in (lexicons / name).read_text(encoding="utf-8").splitlines():
            words.add(line.strip().lower())
    sets = [
        ROOT.parent / "shared" / "data" / "phi" / "dev.jsonl",
        *HERE.glob("redaction_*.jsonl"),
        *(ROOT / "tests" / "redaction" / "data").glob("*.jsonl"),
    ]
    for path in sets:
        if path.name.startswith("redaction_blind") or not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            for span in json.loads(line)["phi"] if line.strip() else ():
                if span["label"] in ("NAME", "LOCATION"):
                    words.update(w.lower() for w in re.findall(r"[A-Za-z'-]+", span["text"]))
                    words.add(span["text"].lower())
    return words


def _pools() -> dict[str, list[str]]:
    excluded = _excluded()

    def fresh(items: list[str]) -> list[str]:
        return [i for i in items if i not in excluded and not set(i.split()) & excluded]

    return {
        "first": fresh(_FIRST),
        "surname": fresh(_SURNAMES),
        "city": fresh(_CITIES),
        "hood": fresh(_NEIGHBOURHOODS),
        "street_word": fresh(_STREET_WORDS),
    }


def _spoken_digits(rng: random.Random, digits: str) -> str:
    words = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.3:
            words.append(f"double {_DIGITS[int(d)]}")
            i += 2
            continue
        words.append("oh" if d == "0" and rng.random() < 0.5 else _DIGITS[int(d)])
        i += 1
    return " ".join(words)


def _number(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


class Filler:
    """Draws slot values for one example; a slot name seen twice gets the same value."""

    def __init__(self, rng: random.Random, pools: dict[str, list[str]], cased: bool) -> None:
        self.rng = rng
        self.pools = pools
        self.cased = cased
        self.values: dict[str, str] = {}

    def _case(self, text: str) -> str:
        if not self.cased:
            return text
        return " ".join(w if w in ("the", "de") else w[:1].upper() + w[1:] for w in text.split())

    def _first(self) -> str:
        return self._case(self.rng.choice(self.pools["first"]))

    def value(self, slot: str) -> str:
        if slot not in self.values:
            kind = slot.rstrip("0123456789")
            self.values[slot] = getattr(self, f"_draw_{kind}")()
        return self.values[slot]

    def _draw_n(self) -> str:
        return "[[NAME:" + self._first() + "]]"

    def _draw_full(self) -> str:
        name = self._first() + " " + self._case(self.rng.choice(self.pools["surname"]))
        return "[[NAME:" + name + "]]"

    def _draw_sur(self) -> str:
        return "[[NAME:" + self._case(self.rng.choice(self.pools["surname"])) + "]]"

    def _draw_city(self) -> str:
        return "[[LOCATION:" + self._case(self.rng.choice(self.pools["city"])) + "]]"

    def _draw_hood(self) -> str:
        return "[[LOCATION:" + self._case(self.rng.choice(self.pools["hood"])) + "]]"

    def _draw_street(self) -> str:
        number = _spoken_digits(self.rng, _number(self.rng, self.rng.choice((3, 4))))
        name = self.rng.choice(self.pools["street_word"]) + " " + self.rng.choice(_STREET_TYPES)
        return "[[LOCATION:" + number + " " + self._case(name) + "]]"

    def _draw_road(self) -> str:
        name = self.rng.choice(self.pools["street_word"]) + " " + self.rng.choice(_STREET_TYPES)
        return "[[LOCATION:" + self._case(name) + "]]"

    def _draw_fac(self) -> str:
        form = self.rng.choice(_FACILITY_FORMS)
        name = form.format(w=self.rng.choice(self.pools["street_word"]), s=self.rng.choice(_SAINTS))
        return "[[LOCATION:" + self._case(name) + "]]"

    def _draw_zip(self) -> str:
        return "[[LOCATION:" + _spoken_digits(self.rng, _number(self.rng, 5)) + "]]"

    def _draw_date(self) -> str:
        month = self.rng.choice(_MONTHS)
        day = self.rng.choice(_ORDINALS)
        form = self.rng.choice(("{m} {d}", "the {d} of {m}", "{m} the {d}"))
        return "[[DATE:" + form.format(m=month, d=day) + "]]"

    def _draw_dob(self) -> str:
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, 28)
        year = self.rng.randint(50, 99)
        if self.rng.random() < 0.5:
            day_word = _ORDINALS[day - 1] if day <= 20 else "twenty " + _ORDINALS[day - 21]
            text = f"{_MONTHS[month - 1]} {day_word} nineteen {_tens(year)}"
        else:
            text = f"{_cardinal(month)} {_cardinal(day)} {_tens(year)}"
        return "[[DATE:" + text + "]]"

    def _draw_old(self) -> str:
        age = self.rng.choice(
            ("ninety one", "ninety three", "ninety six", "ninety-eight", "a hundred and two")
        )
        return "[[DATE:" + age + "]]"

    def _draw_phone(self) -> str:
        parts = [_number(self.rng, 3), _number(self.rng, 3), _number(self.rng, 4)]
        return "[[PHONE:" + ", ".join(_spoken_digits(self.rng, p) for p in parts) + "]]"

    def _draw_email(self) -> str:
        user = self.rng.choice(self.pools["first"]).replace("-", " dash ")
        user += self.rng.choice((" dot ", " underscore ", "")) + _spoken_digits(
            self.rng, _number(self.rng, 2)
        )
        return "[[EMAIL:" + user + " at " + self.rng.choice(_DOMAINS) + "]]"

    def _draw_member(self) -> str:
        prefix = " ".join(self.rng.choice("ABCHKMWXYZ") for _ in range(self.rng.choice((0, 1, 3))))
        digits = _spoken_digits(self.rng, _number(self.rng, self.rng.choice((8, 9, 10))))
        return "[[HEALTH_PLAN:" + (prefix + " " if prefix else "") + digits + "]]"

    def _draw_case(self) -> str:
        digits = _number(self.rng, self.rng.choice((6, 7, 8)))
        return "[[ID:" + _spoken_digits(self.rng, digits) + "]]"

    def _draw_handle(self) -> str:
        handle = (
            self.rng.choice(self.pools["street_word"])
            + self.rng.choice(("_", ".", ""))
            + _number(self.rng, 2)
        )
        return "[[ID:" + handle + "]]"

    def _draw_code(self) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2))
        return "[[ID:" + letters + _number(self.rng, 6) + "]]"

    def _draw_mrn(self) -> str:
        return "[[MRN:" + _spoken_digits(self.rng, _number(self.rng, 8)) + "]]"

    def _draw_acct(self) -> str:
        return "[[ACCOUNT:" + _spoken_digits(self.rng, _number(self.rng, 10)) + "]]"

    def _draw_plate(self) -> str:
        letters = " ".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return "[[VEHICLE:" + letters + " " + _spoken_digits(self.rng, _number(self.rng, 4)) + "]]"

    def _draw_lic(self) -> str:
        letter = self.rng.choice("ABDFGKLMPRSTW")
        return "[[LICENSE:" + letter + " " + _spoken_digits(self.rng, _number(self.rng, 8)) + "]]"


def _cardinal(n: int) -> str:
    teens = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return teens.split()[n - 10]
    return _tens(n)


def _tens(year: int) -> str:
    tens = "twenty thirty forty fifty sixty seventy eighty ninety".split()
    word = tens[year // 10 - 2]
    return word if year % 10 == 0 else f"{word} {_DIGITS[year % 10]}"


# Dialogue frames: T/C lines, {slot} names a drawn value (same slot, same value).
_FRAMES = (
    "T: who have you been leaning on lately\n"
    "C: mostly {n1}. {n1} and I started walking after work, and {n2} joins us sometimes.\n"
    "T: that sounds supportive\n"
    "C: it is. I hope it lasts past the summer.",
    "T: how did the weekend go\n"
    "C: I talked to {n1} finally. she said she's moving to {city} with her new partner.\n"
    "T: how did you take that\n"
    "C: I may need some time. I will be fine, I think.",
    "T: You mentioned an argument?\n"
    "C: {n1}, my roommate, ate my food again. I told {n1} it's not okay.\n"
    "T: How did that feel to say?\n"
    "C: Scary. But good.",
    "T: tell me about your family\n"
    "C: my sister {n1} lives in {hood}. my stepdad {full1} still lives on {road1}.\n"
    "T: are you close with them\n"
    "C: with {n1} yes. we talk every sunday.",
    "T: what happened at work\n"
    "C: my supervisor {sur1} wrote me up. {n1} from payroll says he does it to everyone.\n"
    "T: do you believe that\n"
    "C: sort of. I've been there four years.",
    "T: where are you living now\n"
    "C: {street1}, it's a basement unit. the zip is {zip1}.\n"
    "T: and it feels safe\n"
    "C: safer than the last place.",
    "T: can you give me your insurance information\n"
    "C: sure, member number {member1}. the plan is through my husband's job.\n"
    "T: thank you\n"
    "C: and my date of birth is {dob1}.",
    "T: Did you reach the caseworker?\n"
    "C: Yes, {full1}. My case number is {case1}. She wants me at {fac1} on {date1}.\n"
    "T: Will you be able to get there?\n"
    "C: If the bus runs. It's been late every day this week.",
    "T: how's your grandmother doing\n"
    "C: she's {old1} now. she lives at {fac1} in {city}.\n"
    "T: do you get to visit\n"
    "C: every other saturday. {n1} drives me.",
    "T: what did {n1} say when you told her\n"
    "C: {n1} cried. then {n2} came over and we all just sat there.\n"
    "T: that must have been a lot\n"
    "C: it was. march was a hard month for all of us.",
    "T: you said you wanted to change your contact info\n"
    "C: yeah my new number is {phone1} and email {email1}.\n"
    "T: got it\n"
    "C: the old one got hacked.",
    "T: how is your son\n"
    "C: {n1} is struggling. his teacher, {full1}, called me twice this week.\n"
    "T: what did she say\n"
    "C: that he's falling asleep in class. he's only eight.",
    "T: Where did you grow up?\n"
    "C: In {city}. We moved here when I was nine. My abuela {n1} stayed behind.\n"
    "T: Do you still talk to her?\n"
    "C: Every week on video.",
    "T: anything you want to start with today\n"
    "C: {n1} texted me out of nowhere. we haven't spoken since the funeral.\n"
    "T: how did you respond\n"
    "C: I didn't yet. I keep drafting it.",
    "T: who was at the party\n"
    "C: me and {n1}, and {n2}'s cousin {n3}. it got loud.\n"
    "T: and how were you feeling\n"
    "C: anxious the whole time. I left early.",
    "T: tell me about the new job\n"
    "C: I'm at {fac1} now, front desk. my employee id is {code1}.\n"
    "T: how are the hours\n"
    "C: long. but {n1}, the manager, is kind.",
    "T: did the online stuff stop\n"
    "C: no. someone with the handle {handle1} keeps messaging me.\n"
    "T: have you blocked them\n"
    "C: yes, but they make new accounts.",
    "T: how are things with your ex\n"
    "C: {full1} got the kids this weekend. I picked them up from his place on {road1}.\n"
    "T: how was the handoff\n"
    "C: tense but no yelling.",
    "T: You look tired.\n"
    "C: I was up all night with {n1}. She had a fever of a hundred and two.\n"
    "T: Is she better?\n"
    "C: A little. We saw doctor {sur1} this morning.",
    "T: what's the hospital number on your bracelet\n"
    "C: it says {mrn1}.\n"
    "T: thanks. and who's your emergency contact\n"
    "C: my brother {n1}, same number as before.",
    "T: how did court go\n"
    "C: the judge gave me until {date1}. my lawyer, {full1}, thinks we can win.\n"
    "T: that's hopeful\n"
    "C: I'm trying not to get my hopes up.",
    "T: did you get the car back\n"
    "C: yeah, the plate is {plate1} if the shelter needs it. my license is {lic1}.\n"
    "T: okay I'll add it to the form\n"
    "C: thanks.",
    "T: what's been on your mind\n"
    "C: {n1}. we broke up on {date1}. I keep checking her page.\n"
    "T: what do you notice when you check\n"
    "C: that I feel worse every time.",
    "T: who's in your support circle\n"
    "C: {n1} from church, and {n2}. {n2} lives near {hood} so it's easy to see her.\n"
    "T: good\n"
    "C: and my neighbor {n3} checks on me.",
    "T: can you repeat the account the payment came from\n"
    "C: {acct1}. it's a joint account with {n1}.\n"
    "T: thank you\n"
    "C: she doesn't know I'm here.",
    "T: How was the trip?\n"
    "C: We flew into {city} and drove to my aunt's on {street1}.\n"
    "T: How was seeing everyone?\n"
    "C: My cousin {n1} and I finally talked things out.",
    "T: what did your dad say\n"
    "C: he said {n1} is not welcome at thanksgiving. {n1} is my girlfriend.\n"
    "T: how did that land\n"
    "C: like a punch. I might skip it this year.",
    "T: Tell me about your roommate situation.\n"
    "C: {n1} moved out and {full1} moved in. He's quiet. I like him.\n"
    "T: That's a relief.\n"
    "C: Yeah. Rent is due on {date1} though and I'm short.",
    "T: what helps when you feel like this\n"
    "C: calling {n1}. or walking to {fac1} and sitting in the garden.\n"
    "T: that's a good plan\n"
    "C: it works most days.",
    "T: any updates on the custody case\n"
    "C: the hearing is at the courthouse in {city}. the docket number is {case1}.\n"
    "T: do you have a ride\n"
    "C: {n1} said she'd take me.",
    "T: how's your mom's memory\n"
    "C: worse. she called me {n1}, which was her sister's name.\n"
    "T: that's hard\n"
    "C: she turns {old1} next month.",
    "T: Did you get a chance to use the app?\n"
    "C: Yes, my login is {handle1}. {n1} helped me set it up.\n"
    "T: Great.\n"
    "C: It reminds me to breathe.",
    "T: how did you meet {n1}\n"
    "C: at {fac1}, in group. {n1} was the first person who didn't judge me.\n"
    "T: sounds important\n"
    "C: very.",
    "T: Who picked you up?\n"
    "C: {full1}. He's my sponsor. We went to a diner on {road1}.\n"
    "T: How was it?\n"
    "C: Good. I'm at ninety days now.",
    "T: what do you want me to know about this week\n"
    "C: {n1} and {n2} are fighting again and I'm stuck in the middle.\n"
    "T: what does stuck feel like\n"
    "C: like I can't breathe.",
    "T: You said you had news?\n"
    "C: I got into the program at {fac1}. My student ID is {code1}.\n"
    "T: Congratulations!\n"
    "C: Thanks. {n1} doesn't know yet.",
)


_SPEAKERS = (("Therapist", "Client"), ("Speaker 1", "Speaker 2"), ("Speaker A", "Speaker B"))


def generate(seed: int) -> str:
    """The annotated text of the blind set for ``seed``: every frame twice, fresh values."""
    rng = random.Random(seed)
    pools = _pools()
    blocks = []
    for frame in _FRAMES + _FRAMES:
        filler = Filler(rng, pools, cased=rng.random() < 0.35)
        labels = rng.choice(_SPEAKERS)
        text = re.sub(r"\{([a-z]+\d*)\}", lambda m, f=filler: f.value(m.group(1)), frame)
        text = re.sub(r"(?m)^T:", labels[0] + ":", text)
        text = re.sub(r"(?m)^C:", labels[1] + ":", text)
        blocks.append(text + "\n")
    return "====\n".join(blocks)


def main() -> None:
    """Write redaction_blind_annotated.txt (the seed is the first argument, if any)."""
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else SEED
    (HERE / "redaction_blind_annotated.txt").write_text(generate(seed), encoding="utf-8")


if __name__ == "__main__":
    main()
