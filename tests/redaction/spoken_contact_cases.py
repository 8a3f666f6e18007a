"""Generated e-mail, web, IP addresses and social handles, as said and as written."""

from __future__ import annotations

import random
from collections.abc import Iterator

from tests.redaction.spoken_identifier_grammar import SpokenCase, build_case
from tests.redaction.spoken_speech import say_digit_group

_FIRST = ("jane", "marco", "dana", "keisha", "tomas", "lee", "rosa", "priya", "owen", "mei")
_LAST = ("doe", "rivera", "park", "okafor", "lind", "nguyen", "shah", "brandt", "cole", "ruiz")
_PROVIDERS = ("gmail", "yahoo", "hotmail", "outlook", "icloud", "aol")
_EMAIL_CUES = (
    "my email is ", "email me at ", "send it to ", "her email address is ",
    "you can reach me at ", "my work email is ",
)  # fmt: skip
_URL_CUES = ("my blog is ", "the fundraiser is at ", "go to ", "his website is ", "it's on ")
_IP_CUES = ("my ip address is ", "the ip was ", "he traced it to ", "the router is at ")
_HANDLE_CUES = (
    "my insta is ", "her tiktok is ", "his snap is ", "my handle is ", "my username is ",
    "her instagram is ", "his twitter is ", "you can find me on insta, ",
)  # fmt: skip


def _name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(_FIRST), rng.choice(_LAST)


def _number_words(rng: random.Random) -> str:
    return say_digit_group(str(rng.randint(11, 99)), "pairs")


def _emails(rng: random.Random) -> Iterator[tuple[str, str]]:
    first, last = _name(rng)
    provider = rng.choice(_PROVIDERS)
    yield "written", f"{first}.{last}{rng.randint(1, 99)}@{provider}.com"
    yield "spoken_dot", f"{first} dot {last} at {provider} dot com"
    yield "spoken_number", f"{first}{last} {_number_words(rng)} at {provider} dot com"
    yield "spelled", f"{' '.join(first[:1] + last)} at {provider} dot com"
    yield "underscore", f"{first} underscore {last} at {provider} dot com"
    yield "dash", f"{first} dash {last} at {provider} dot net"
    yield "provider_only", f"{first} {last} at {provider}"
    yield "custom_domain", f"{first} at {last} counseling dot org"
    yield "cased", f"{first.title()} dot {last.title()} at {provider.title()} dot com"
    yield "g_mail", f"{first}{last} at g mail dot com"
    yield "two_word_local", f"{first} {last} at {provider} dot com"
    yield "mixed_written_domain", f"{first}{last} at {provider}.com"
    yield "at_written_dot_spoken", f"{first}.{last}@{provider} dot com"


def _urls(rng: random.Random) -> Iterator[tuple[str, str]]:
    first, last = _name(rng)
    yield "written", f"www.{first}{last}writes.net"
    yield "written_path", f"gofundme.com/f/help-for-{first}"
    yield "spoken", f"{first} {last} writes dot net"
    yield "spoken_www", f"www dot {first}{last} dot com"
    yield "spoken_path", f"gofundme dot com slash help dash for dash {first}"
    yield "spoken_site_path", f"facebook dot com slash {first} dot {last}"
    yield "rare_tld_written", f"linktr.ee/{first}{last}"
    yield "rare_tld_spoken", f"{first} {last} dot church"


def _ips(rng: random.Random) -> Iterator[tuple[str, str]]:
    octets = [
        str(rng.randint(1, 223)),
        str(rng.randint(0, 255)),
        str(rng.randint(0, 9)),
        str(rng.randint(10, 99)),
    ]
    yield "written", ".".join(octets)
    yield "words_dot", " dot ".join(say_digit_group(octet, "words_zero") for octet in octets)
    yield "pairs_dot", " dot ".join(say_digit_group(octet, "pairs") for octet in octets)
    yield "words_point", " point ".join(say_digit_group(octet, "words_oh") for octet in octets)


def _handles(rng: random.Random) -> Iterator[tuple[str, str]]:
    first, last = _name(rng)
    yield "at_sign", f"@{first}_{last}{rng.randint(1, 99)}"
    yield "underscore", f"{first} underscore {last}"
    yield "dot_number", f"{first} dot {last[0]} {_number_words(rng)}"
    yield "word_number", f"{first}{last} {_number_words(rng)}"
    yield "written_dot", f"{first}.{last}"
    yield "words_number", f"{first} wavy {_number_words(rng)}"


def contact_cases(rng: random.Random) -> Iterator[SpokenCase]:
    """Two renderings of every address family, cue and casing in turn."""
    for label, cues, families in (
        ("EMAIL", _EMAIL_CUES, _emails),
        ("URL", _URL_CUES, _urls),
        ("IP", _IP_CUES, _ips),
        ("ID", _HANDLE_CUES, _handles),
    ):
        for turn in range(2):
            for index, (family, surface) in enumerate(families(rng)):
                cue = cues[(index + turn) % len(cues)]
                asr = family != "cased" and (index + turn) % 3 != 0
                name = family if label != "ID" else f"handle_{family}"
                yield build_case(label, name, cue, surface, asr, rng)
