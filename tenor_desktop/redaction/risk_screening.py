"""Whether a session's redacted self-harm talk was disclosed or only screened for and denied.

SELF_HARM redacted from the stored transcript must stay in the clinician's risk view, but a
flag on every session where the clinician asked the screening question ("have you had any
thoughts of hurting yourself?") and the client said no is noise clinicians learn to ignore.
So the session is flagged (``DISCLOSED``) by:

- any SELF_HARM span in a client's turn (an answer carried to SELF_HARM, "yes, twice", too);
- a clinician's SELF_HARM turn, unless every SELF_HARM sentence in it is a yes/no screening
  question, nothing else is asked after it, and the client's next turn is a short, clear
  denial ("no", "nope", "never", "not at all", "nothing like that", "no I haven't");
- every SELF_HARM span when speakers are unknown (no labels, one speaker, no clear clinician).

A restatement ("so you cut yourself last week"), a question that presupposes the act ("have
you cut yourself again?"), a hedge ("not really"), no answer, or anything else in doubt
flags: a missed disclosure costs more than a flag the clinician dismisses.

Only labels leave this module (``TurnSignal`` booleans, ``DISCLOSED``/``SCREENED_DENIED``):
never the text, so what is stored from it holds no PHI and no redacted words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from tenor_desktop.redaction.spans import TopicSpan
from tenor_desktop.redaction.topic_speakers import ASKING, clinician_ranges, in_ranges

DISCLOSED = "disclosed"
SCREENED_DENIED = "screened, denied"
SELF_HARM = "SELF_HARM"

# A speaker label at the start of a line, shaped as topic_speakers reads one (one to three words).
_LABEL = re.compile(r"[ \t]*([A-Za-z][\w.]*(?:[ \t]+[\w.]+){0,2})[ \t]*:(?!\d)")
_LABEL_NAME = re.compile(r"[A-Za-z][\w.]*(?:[ \t]+[\w.]+){0,2}")
_PIECES = re.compile(r"(?<=[?.!])\s+")
# A yes/no question to the client ("have you...", "any thoughts of...", "can i ask if you..."),
# perhaps after a short lead-in ("with all this pressure, ...", "i have to ask: ..."; ASR text
# may have no comma). Wh-questions ("how often do you cut yourself?") presuppose the act, so a
# "no" to them denies nothing.
_SCREENING_OPEN = re.compile(
    r"(?P<lead>(?:[^\s?]+\s+){0,10}?)"
    r"(?:(?:do|does|did|have|has|had|are|were|was|would|could|can|will|is)\s+(?:you|there)\b"
    r"|(?:if|whether)\s+(?:you|there)\b|any|anything|ever|what about|how about)\b"
)
# A wh-word just before the inversion makes a wh-question ("how often do you", "why did you");
# further back it opens a clause ("when things pile up like this do you ever...").
_WH_LEAD = re.compile(r"\b(?:how|what|when|where|why|which|who|whose)(?:\s+\S+){0,2}\s*$")
# What a screening question asks about: the client's own self-harm or suicidal thoughts.
_SELF_HARM_ASKED = re.compile(
    r"\b(?:hurt\w*|harm\w*|kill\w*|cut\w*|injur\w*|burn\w*)\s+(?:yourself|your self)\b"
    r"|\bend(?:ing)?\s+(?:your|your own)\s+life\b|\btak\w+\s+your\s+(?:own\s+)?life\b"
    r"|\bsuicid\w*|\bself[- ]?(?:harm|injur)\w*|\b(?:want\w*|wish\w*)\s+to\s+(?:die|be dead)\b"
    r"|\bnot\s+want\w*\s+to\s+(?:be here|be alive|live|wake up)\b|\bbetter off dead\b"
)
# Words that presuppose the act, refer back to it or to the client's words ("have you cut
# yourself again?", "was that the first time", "when you say done, do you mean...").
_PRESUPPOSING = re.compile(
    r"\b(?:again|still|anymore|any more|more|other|another|stopped|first time|last time"
    r"|since you|you said|you say|you told|you mentioned|you mean|you've been|that way"
    r"|that (?:night|day|time|morning|evening|afternoon|week|weekend))\b"
)
# The question is put to the client: a second-person word, or a bare "any thoughts of...?".
_TO_THE_CLIENT = re.compile(r"\b(?:you|your|yourself|you're|you've|you'd|you'll)\b")
_FILLER = r"um|uh|oh|well|honestly|no"
_DENIAL_HEAD = (
    r"no+|nope|nah|never|none|nothing|not at all|not once|not ever|no way|definitely not"
    r"|absolutely not|of course not|i haven't|i have not|i've not|i've never|i have never"
    r"|i don't|i do not|i didn't|i did not|i wouldn't|i would not|i would never|i'd never"
)
_DENIAL_TAIL = (
    _DENIAL_HEAD + r"|at all|once|ever|like that|anything like that|any of that|that"
    r"|had any|had anything|any thoughts|thoughts|do that|done that|did that|i'm okay|i'm ok"
    r"|i'm fine|i'm good|i'm safe|i'm not|not me|thank god|thankfully|i promise|honestly"
)
# The whole answer is a short negative: "no, nothing like that", "nope", "no i haven't".
# "not really", "no, not lately", "no, but ..." are not (in doubt, flag).
_DENIAL = re.compile(rf"(?:(?:{_FILLER}) )*(?:{_DENIAL_HEAD})(?: (?:{_DENIAL_TAIL}))*")
_DENIAL_MAX_WORDS = 12
_WORDS = re.compile(r"[a-z']+")


@dataclass(frozen=True, slots=True)
class TurnSignal:
    """What one turn (or segment) said about self-harm, as labels only (never its text).

    ``speaker`` is its label as transcribed ("Therapist", "speaker_0"), None when unknown;
    ``asks`` whether it reads as a question (as ``clinician_ranges`` counts them);
    ``self_harm`` whether a SELF_HARM span lies in it; ``screening`` whether every such span
    is a yes/no screening question with nothing asked after the last; ``denies`` whether the
    whole turn is a short, clear negative answer (and holds no SELF_HARM span).
    """

    speaker: str | None
    asks: bool
    self_harm: bool = False
    screening: bool = False
    denies: bool = False


def line_signals(
    text: str, topics: Sequence[TopicSpan], speaker: str | None = None
) -> tuple[TurnSignal, ...]:
    """One signal per labelled turn of ``text`` ("Therapist: ..." lines), else one for all of it.

    Args:
        text: the text the topics were found in (it is only read here, never kept).
        topics: topic spans with offsets into ``text``.
        speaker: who said ``text`` when it holds no labels (None when unknown).
    """
    pieces: list[tuple[int, int, str | None]] = []
    position = 0
    lines = text.split("\n")
    labelled = len(lines) > 1 and _LABEL.match(lines[0]) is not None
    for line in lines:
        end = position + len(line)
        label = _LABEL.match(line) if labelled else None
        if label is not None:
            pieces.append((position + label.end(), end, label.group(1)))
        elif pieces:
            pieces[-1] = (pieces[-1][0], end, pieces[-1][2])
        else:
            pieces.append((position, end, speaker))
        position = end + 1
    return tuple(_signal(text, start, end, who, topics) for start, end, who in pieces)


def _signal(
    text: str, start: int, end: int, speaker: str | None, topics: Sequence[TopicSpan]
) -> TurnSignal:
    body = text[start:end]
    asks = body.rstrip().endswith("?") or ASKING.match(body) is not None
    spans = sorted(
        (max(t.start, start), min(t.end, end))
        for t in topics
        if t.category == SELF_HARM and t.start < end and t.end > start
    )
    if not spans:
        return TurnSignal(speaker, asks, denies=is_denial(body))
    after = text[spans[-1][1] : end]
    screening = all(is_screening_question(text[low:high]) for low, high in spans) and not (
        "?" in after or any(ASKING.match(piece) for piece in _PIECES.split(after.strip()))
    )
    return TurnSignal(speaker, asks, self_harm=True, screening=screening)


def is_screening_question(sentence: str) -> bool:
    """Whether ``sentence`` only asks, yes or no, about self-harm ("any thoughts of hurting
    yourself?"), without restating or presupposing it ("have you cut yourself again?")."""
    lowered = sentence.strip().lower().replace("\u2019", "'")
    label = _LABEL.match(lowered)
    if label is not None:
        lowered = lowered[label.end() :].strip()
    if not lowered or _PRESUPPOSING.search(lowered) is not None:
        return False
    pieces = [piece for piece in _PIECES.split(lowered) if piece]
    opening = _SCREENING_OPEN.match(pieces[0])
    # The lead-in may not tell the topic ("those are thoughts of suicide, are you having
    # them?"); the question must ask it, of the client ("you").
    if opening is None:
        return False
    lead = opening.group("lead")
    if _SELF_HARM_ASKED.search(lead) is not None or _WH_LEAD.search(lead) is not None:
        return False
    if _SELF_HARM_ASKED.search(pieces[0], opening.end() - 1) is None:
        return False
    if lead and _TO_THE_CLIENT.search(pieces[0]) is None:
        return False  # "has she said anything about wanting to die?" asks about someone else
    # Follow-on fragments may only ask on ("... or like cutting?"), never tell.
    return all(piece.endswith("?") for piece in pieces[1:])


def is_denial(answer: str) -> bool:
    """Whether ``answer`` is, as a whole, a short clear no ("no, nothing like that")."""
    lowered = answer.strip().lower().replace("\u2019", "'")
    label = _LABEL.match(lowered)
    if label is not None:
        lowered = lowered[label.end() :]
    words = _WORDS.findall(lowered)
    if not words or len(words) > _DENIAL_MAX_WORDS:
        return False
    return _DENIAL.fullmatch(" ".join(words)) is not None


def with_speakers(
    signals: Sequence[Sequence[TurnSignal]], speakers: Sequence[str | None]
) -> list[TurnSignal]:
    """Segments' signals with each segment's speaker filled in where the text had no label."""
    return [
        replace(signal, speaker=speaker) if signal.speaker is None else signal
        for segment, speaker in zip(signals, speakers, strict=True)
        for signal in segment
    ]


def self_harm_finding(signals: Sequence[TurnSignal]) -> str | None:
    """``DISCLOSED``, ``SCREENED_DENIED``, or None when no turn holds a SELF_HARM span."""
    if not any(signal.self_harm for signal in signals):
        return None
    if any(not signal.speaker for signal in signals):
        return DISCLOSED  # no labels: nobody is known to be the clinician
    turns = _turns(signals)
    for index, (clinician, turn) in enumerate(turns):
        if not any(signal.self_harm for signal in turn):
            continue
        if not clinician or not _screened(turn):
            return DISCLOSED
        answer = turns[index + 1] if index + 1 < len(turns) else None
        if answer is None or answer[0] or not all(signal.denies for signal in answer[1]):
            return DISCLOSED
    return SCREENED_DENIED


def _screened(turn: Sequence[TurnSignal]) -> bool:
    """Every SELF_HARM part of a clinician's turn screens, and nothing is asked after it."""
    last = max(i for i, signal in enumerate(turn) if signal.self_harm)
    return all(s.screening for s in turn if s.self_harm) and not any(
        s.asks for s in turn[last + 1 :]
    )


def _turns(signals: Sequence[TurnSignal]) -> list[tuple[bool, list[TurnSignal]]]:
    """Runs of one speaker, each with whether that speaker is the clinician.

    The clinician is found as ``clinician_ranges`` finds one in a labelled transcript (a role
    label, else the speaker who clearly asks the most), read from a label-only skeleton.
    """
    names: dict[str, str] = {}
    lines: list[str] = []
    for signal in signals:
        speaker = str(signal.speaker).strip()
        if _LABEL_NAME.fullmatch(speaker) is None:
            speaker = names.setdefault(speaker, f"speaker{len(names)}x")
        lines.append(f"{speaker}: {'?' if signal.asks else '.'}")
    skeleton = "\n".join(lines)
    ranges = clinician_ranges(skeleton)
    turns: list[tuple[bool, list[TurnSignal]]] = []
    previous: str | None = None
    position = 0
    for signal, line in zip(signals, lines, strict=True):
        clinician = in_ranges(position, ranges)
        position += len(line) + 1
        if turns and signal.speaker == previous:
            turns[-1][1].append(signal)
        else:
            turns.append((clinician, [signal]))
        previous = signal.speaker
    return turns
