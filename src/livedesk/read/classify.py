"""Event typing of one sentence: which ACLED sub-event types it reports, or none.

The type comes from the trained typer in typing_model/ (calibrated probabilities over the 25
sub-event types, "No event" and "Background"; see its __init__). What is left here is only what
ACLED's codebook states outright, each rule with the rule it encodes:
  - territory: who took the place decides between the two Battles types (pipeline.py asks the
    actors); the model's own preference is kept for when the text names no doer;
  - "Excessive force against protesters" needs lethal or severe force.
A sentence may carry a second event of another family ("seized the base and downed a
helicopter") when the model gives it a clear share, and a mentioned past or denied event is a
background candidate (never the report's news).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from livedesk.read.typing_model import BACKGROUND, NO_EVENT, TYPES
from livedesk.read.typing_model.model import load

TERRITORY = "territory"          # placeholder type until the actor decides which Battles type
REGAIN = "Government regains territory"
OVERTAKE = "Non-state actor overtakes territory"
PROTEST_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration")

MIN_TYPE_PROB = 0.3     # an event must be of some kind: its top type needs this much on its own
SECOND_PROB = 0.4       # a second event in the same sentence needs this much probability of its own
BACKGROUND_PROB = 0.5   # a sentence about a past/denied event is a background candidate from here
BACKGROUND_SHARE = 0.5  # ... when one type holds this share of its event probability
BACKGROUND_EVENT = 0.05  # ... and the sentence still reads this much like an event

_FAMILIES = [set(PROTEST_TYPES), {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"},
             {"Attack", "Armed clash"}, {"Arrests", "Abduction/forced disappearance"}, {REGAIN, OVERTAKE}]


@dataclass
class Candidate:
    type: str            # an ACLED sub-event type, or TERRITORY
    score: float         # 2 + 4 x probability: the scale the pipeline's salience adds to
    start: int           # the words that speak most for the type, offsets within the sentence
    end: int
    background: bool = False
    regain: bool = False  # for TERRITORY: the model prefers "Government regains territory"
    probability: float = 0.0

    @property
    def confidence(self) -> float:
        return round(min(0.99, self.probability), 2)


# ACLED codebook, Protests: "Excessive force against protesters" is peaceful protesters met with
# lethal force or force that causes serious injury (live fire, killings, beatings or rubber
# bullets that put people in hospital); short of that, it is "Protest with intervention".
_SEVERE = re.compile(r"\b(?:kill\w*|dead|death|deaths|died|dies|fatal\w*|shot|shooting|shoots|gunfire|"
                     r"live (?:fire|ammunition|rounds|bullets)|opened fire|open fire|massacre\w*|lethal|"
                     r"bullets?|injur\w*|wound\w*|hurt|hospital\w*|seriously|critical\w*|severe\w*|"
                     r"brutal\w*|violently|tortur\w*|beat|beaten|beating\w*)\b", re.I)


def _same_family(a: str, b: str) -> bool:
    return a == b or any(a in f and b in f for f in _FAMILIES)


def _candidate(head, sentence: str, p: np.ndarray, t: str, background: bool = False) -> Candidate:
    prob = float(p[head.col(t)])
    regain = False
    if t in (REGAIN, OVERTAKE):
        pr, po = float(p[head.col(REGAIN)]), float(p[head.col(OVERTAKE)])
        regain, prob = pr >= po, pr + po
        s, e = head.trigger(sentence, REGAIN if regain else OVERTAKE)
        t = TERRITORY
    else:
        s, e = head.trigger(sentence, t)
    return Candidate(t, round(2 + 4 * prob, 3), s, e, background=background, regain=regain,
                     probability=round(prob, 3))


def _decide(head, sentence: str, context: str, p: np.ndarray) -> list[Candidate]:
    nt = len(TYPES)
    types = p[:nt]
    p_event = float(types.sum())
    order = [TYPES[i] for i in np.argsort(-types, kind="stable")]
    top = order[0]
    out: list[Candidate] = []
    if p_event >= head.threshold and types[TYPES.index(top)] >= MIN_TYPE_PROB:
        if top == "Excessive force against protesters" and not _SEVERE.search(context or sentence):
            top = "Protest with intervention"
        out.append(_candidate(head, sentence, p, top))
        second = next((t for t in order[1:] if not _same_family(t, top)), None)
        if second and p[head.col(second)] >= SECOND_PROB:
            out.append(_candidate(head, sentence, p, second))
    elif p[head.col(BACKGROUND)] >= max(BACKGROUND_PROB, p[head.col(NO_EVENT)]) \
            and types[TYPES.index(top)] >= BACKGROUND_SHARE * p_event and p_event >= BACKGROUND_EVENT:
        out.append(_candidate(head, sentence, p, top, background=True))
    return out


def classify_all(sentences: list[str], contexts: list[str | None] | None = None) -> list[list[Candidate]]:
    """classify() for many sentences at once (one encoder batch: much faster than one by one)."""
    if not sentences:
        return []
    head = load()
    contexts = contexts or [None] * len(sentences)
    probs = head.proba(list(sentences))
    return [_decide(head, s, c or s, p) for s, c, p in zip(sentences, contexts, probs)]


def classify(sentence: str, context: str | None = None) -> list[Candidate]:
    """The events a sentence reports: the main one, maybe a second of another kind, or a
    background one; [] when the model gives it no event."""
    return classify_all([sentence], [context])[0]


def probabilities(sentence: str) -> dict[str, float]:
    """The model's calibrated probability of every label for one sentence (for inspection)."""
    head = load()
    p = head.proba([sentence])[0]
    return {lab: float(p[i]) for i, lab in enumerate(head.labels)}
