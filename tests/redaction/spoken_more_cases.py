"""A second round of spoken shapes, written after the first round's fixes to check they
generalise: partial socials, pauses written as ellipses, masked digits, plate cues with
fillers and contractions, handles said with "at", mail domains whose dot was dropped,
holiday phrases with a part of the day, and ages in apposition."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

from tests.redaction.spoken_identifier_grammar import SpokenCase, build_case, say_groups

_MARK = re.compile(r"\[\[(.+?)\]\]")


def _marked(label: str, family: str, marked: str) -> SpokenCase:
    turn = "Therapist: okay, go on.\nClient: "
    first = _MARK.search(marked)
    assert first is not None
    start = len(turn) + first.start()
    text = turn + _MARK.sub(lambda m: m.group(1), marked)
    return SpokenCase(label, family, text, start, start + len(first.group(1)))


def _four(rng: random.Random, style: str) -> str:
    return say_groups([str(rng.randint(1000, 9999))], style, " ")


def more_cases(rng: random.Random) -> Iterator[SpokenCase]:
    """The second-round families, every one in a few cue and casing variants."""
    partial_cues = (
        "my social ending ", "ssn ending in ", "last four of ssn ", "last 4 of social: ",
        "ssn last four ", "my social's last four is ", "social security number ending with ",
        "the last four of the social are ",
    )  # fmt: skip
    for index, cue in enumerate(partial_cues):
        style = ("digits", "words_zero", "pairs")[index % 3]
        yield build_case("SSN", "partial_more", cue, _four(rng, style), index % 2 == 0, rng)
    for index, style in enumerate(("digits", "words_zero", "words_oh")):
        groups = [str(rng.randint(100, 899)), f"{rng.randint(10, 99)}", _four(rng, "digits")]
        ssn = say_groups(groups, style, "... ")
        yield build_case("SSN", "ellipsis", "my social is ", ssn, index > 0, rng)
        phone = say_groups(
            [str(rng.randint(200, 999)), str(rng.randint(200, 999)), _four(rng, "digits")],
            style,
            "... ",
        )
        yield build_case("PHONE", "ellipsis", "my cell is ", phone, index > 0, rng)
    for cue in ("my social is ", "they have his ssn as "):
        yield build_case("SSN", "masked", cue, f"xxx-xx-{_four(rng, 'digits')}", True, rng)
    plates = (
        "the plate number's [[8 k l m 2 2 1]].",
        "his plate's [[kjr 4471]], i memorized it.",
        "the plate was like [[7 a b c 1 2 3]].",
        "the plate, um, [[bxt 9921]], i think.",
        "the plates say [[GTR 5510]].",
        "it had a plate ending in [[4 2 7]].",
        "the car's registration is [[RKT 3302]].",
        "his license plate number was [[eight k l m two two one]].",
    )
    for marked in plates:
        yield _marked("VEHICLE", "plate_more", marked)
    handles = (
        "my insta is at [[jay underscore rivers]].",
        "follow her at [[kaylee lynn twenty two]] on tiktok.",
        "her tiktok is at [[sadgirlclub]], it's public.",
        "his snap is [[jake dot m ninety nine]].",
        "my discord is [[shadowfox eighty eight]].",
        "his gamertag is [[xx reaper xx]], all lowercase.",
    )
    for marked in handles:
        yield _marked("ID", "handle_more", marked)
    mails = (
        "my email is [[jdoe at gmail com]].",
        "email me at [[keisha park at yahoo period com]].",
        "it's [[j.doe at gmail dot com]], with the dot.",
        "send it to [[marco rivera ninety one at hotmail dot com]].",
        "her email is [[dana underscore k at outlook]], i think.",
    )
    for marked in mails:
        yield _marked("EMAIL", "email_more", marked)
    urls = (
        "the fundraiser is at [[gofundme dot com slash f slash help dash maya]].",
        "my youtube is [[youtube.com/@jayrivers]].",
        "book with me at [[calendly dot com slash doctor dash rivera]].",
        "it's [[bit dot ly slash three x y z]], i'll text it.",
    )
    for marked in urls:
        yield _marked("URL", "url_more", marked)
    dates = (
        "he's been clean since [[labor day weekend]].",
        "i relapsed on [[christmas morning]].",
        "she moved out on [[april fools day]], no joke.",
        "we haven't spoken since [[presidents day]].",
        "my dad died the night after [[new year's day]].",
        "my grandmother, [[ninety-six]], lives with us.",
        "my great aunt is [[a hundred and two]] and sharp as ever.",
        "her [[ninety first]] birthday is coming up.",
        "he'll be [[ninety nine]] in june.",
        "my court date is [[the twenty third of next month]].",
    )
    for marked in dates:
        yield _marked("DATE", "date_more", marked)
    # Third round, shapes seen in the tunable training3 set's misses, said anew.
    third = (
        ("ID", "her insta is at [[k train underscore two oh two]] and she posts a lot."),
        ("ID", "my dating profile's up, at [[river city guy eighty]], and nobody writes."),
        ("IP", "there were logins from [[one ninety two dot oh dot two dot seventeen]]."),
        ("IP", "the other one was [[two oh three dot oh dot one thirteen dot eighty eight]]."),
        ("URL", "they posted it on [[shadyvault dot net slash r j nineteen]], i saw it."),
        ("DATE", "i used again on [[easter]], just one."),
        ("VEHICLE", "he followed my car, the gray civic, [[k t w, thirty-one twenty]], for miles."),
    )
    for label, marked in third:
        yield _marked(label, "third_round", marked)
    # Fourth round, from probe sentences written for this work (partial and masked numbers,
    # handles with dashes and tags, codes with letter groups between dashes).
    fourth = (
        ("SSN", "the last four, [[six two one nine]], matched what they had."),
        ("SSN", "the last four digits of my social are [[six two, one nine]]."),
        ("SSN", "my social starts with [[five oh two]], the rest i don't know."),
        ("SSN", "the statement shows my social as [[***-**-6219]]."),
        ("SSN", "he had my ss number, [[502.31.6219]], on a sticky note."),
        ("ACCOUNT", "the card was [[xxxx-xxxx-xxxx-4410]] on the receipt."),
        ("ID", "my venmo is at [[tia dash marie dash seven]]."),
        ("ID", "his discord is [[wolfkid#2210]]."),
        ("ID", "the docket is [[twenty twenty five dash cr dash oh oh four one]]."),
        ("EMAIL", "my email is [[the underscore real underscore tia at yahoo dot com]]."),
    )
    for label, marked in fourth:
        yield _marked(label, "fourth_round", marked)
    # Fifth round: typographic dashes, and mailboxes written half out.
    fifth = (
        ("SSN", "my social is [[602\u201341\u20135590]]."),
        ("SSN", "my social is [[six oh two \u2014 four one \u2014 five five nine oh]]."),
        ("PHONE", "call me at [[415\u2013555\u20130148]]."),
        ("SSN", "my social? [[Six. Oh. Two. Four. One. Five. Five. Nine. Oh.]]"),
        ("EMAIL", "my email is [[tiarose22 at gmail.com]]."),
        ("EMAIL", "the email was from [[billing at paypal-secure dot net]]."),
        ("EMAIL", "my email is [[tia.rose @ icloud.com]]."),
        ("EMAIL", "my email is [[tiarose22@gmail]], no caps."),
    )
    for label, marked in fifth:
        yield _marked(label, "fifth_round", marked)
    # Sixth round: holidays named without a preposition, or with which year's.
    sixth = (
        "my anniversary is [[valentine's]].",
        "i relapsed [[new year's eve]] and told nobody.",
        "he died [[christmas day]] two years ago.",
        "my son's birthday is [[the fourth of july]].",
        "i've been clean since [[last easter]].",
        "my dad passed [[this past thanksgiving]].",
    )
    for marked in sixth:
        yield _marked("DATE", "sixth_round", marked)
    # Seventh round: handles named with their network, a letter group opening a code.
    seventh = (
        "my insta's [[mara.vance]].",
        "follow me on instagram, [[mara underscore vance]].",
        "on tiktok i'm [[maravance04]].",
        "i'm [[mara_vance]] on reddit.",
        "her twitter was [[at mara vance]].",
        "my gamertag's [[NightOwl77]].",
        "the case number is [[cw dash twenty twenty four dash one eighteen]].",
    )
    for marked in seventh:
        yield _marked("ID", "seventh_round", marked)
    # Eighth round: addresses with their dots dropped, a spelled scheme, a shortened IPv6.
    eighth = (
        ("URL", "my website is [[www maravance com]]."),
        ("URL", "it's [[h t t p s colon slash slash mara vance dot org]]."),
        ("IP", "his ipv6 was [[2001:db8::4f]], the tech said."),
        ("DEVICE", "the hearing aid's bluetooth address is [[00:1a:7d:da:71:13]]."),
    )
    for label, marked in eighth:
        yield _marked(label, "eighth_round", marked)
    # Ninth round, shapes of training2's and training3's last misses, said anew.
    ninth = (
        ("ID", "she posts everything. her profile is [[sunny side up twenty two]] if you look."),
        ("DATE", "Client: she'll be ninety-six in may.\nTherapist: [[Ninety-six]]! Wow."),
    )
    for label, marked in ninth:
        yield _marked(label, "ninth_round", marked)
    answer = "Therapist: can i get the last four of your social?\nClient: "
    digits = "six two one nine"
    yield SpokenCase(
        "SSN", "fourth_round", answer + digits + ".", len(answer), len(answer) + len(digits)
    )
