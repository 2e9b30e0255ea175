"""Event typing of one sentence: which ACLED sub-event types it reports, or none.

The type comes from the trained typer in typing_model/ (calibrated probabilities over the 25
sub-event types, "No event" and "Background"; see its __init__). What is left here is only what
ACLED's codebook states outright, each rule with the rule it encodes:
  - territory: who took the place decides between the two Battles types (pipeline.py asks the
    actors); the model's own preference is kept for when the text names no doer;
  - "Excessive force against protesters" needs lethal or severe force;
  - "Protest with intervention" needs a demonstration: arrests with none are "Arrests".
A sentence may carry a second event of another family ("seized the base and downed a
helicopter") when the model gives it a clear share, or when one of its coordinated clauses,
typed on its own, reports it (see _clauses); a mentioned past or denied event is a background
candidate (never the report's news).
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

# Kinds one sentence's act is torn between, which never make a second event of the whole sentence.
# An attack on people and their abduction told in one clause is one event coded by its most serious
# part (the codebook); two clauses, each with its own verb, still give two (_CLAUSE_TYPES below).
_FAMILIES = [set(PROTEST_TYPES), {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"},
             {"Attack", "Armed clash", "Abduction/forced disappearance"},
             {"Arrests", "Abduction/forced disappearance"}, {REGAIN, OVERTAKE}]


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
# A coder's fatality line that states none ("Fatalities: 0", "No fatalities reported", "no
# injuries") reports no lethal or severe force: the words are taken out before the test above, so
# "fatal..." in them does not count as force. "Fatalities: unknown" states no such thing and stays.
_NO_HARM = re.compile(r"\bfatalities\s*:\s*(?:0|none|no|nil)\b|"
                      r"\b(?:no|zero|without)\s+(?:reported\s+)?(?:fatalities|deaths|casualties|injuries|"
                      r"one (?:was )?(?:killed|injured|hurt))\b(?:\s+(?:were\s+)?reported)?", re.I)


# ACLED codebook: "Protest with intervention" is a demonstration against which force intervened
# (arrests of demonstrators included); arrests made where no demonstration is told ("police
# arrested twelve members of the opposition party", "security forces detained a journalist") are
# Strategic developments > "Arrests". Any demonstration word in the sentence or its context keeps
# the protest type (a march mentioned only as the cause is not told apart: kept simple). A
# demonstration is also told by its act (blocking a road, chaining themselves to gates, a human
# chain, sitting in the road, chanting, placards) and by force used on a crowd (tear gas, water
# cannon, dispersing): no one fires tear gas at a single person being arrested.
# "march" as a month ("in March", "March 4") is not a demonstration: the noun/verb is lower case
# or inflected.
_DEMONSTRATION = re.compile(r"\bmarch\b|\b(?i:protest\w*|march(?:e[sdr]\w*|ing)|rall(?:y|ies|ied|ying)|sit-?ins?|"
                            r"demonstrat\w*|strik(?:e|es|ers?|ing)|gather\w*|crowds?|vigils?|picket\w*|riot\w*|"
                            r"walk-?outs?|blockad\w*|block(?:ed|ing|s)?\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:roads?|highway|motorway|"
                            r"streets?|traffic|entrances?|gates?|access|railway|tracks?|bridge)|chain(?:ed|ing) themselves|"
                            r"human chain|s(?:at|it|itting) (?:in|down) (?:in |on )?the (?:road|street)|chant\w*|placards?|"
                            r"banners?|slogans?|tear ?gas|water ?cannons?|dispers\w*|baton charge\w*)\b")
_ARREST = re.compile(r"\b(?:arrest\w*|detain\w*|detention\w*|apprehend\w*|"
                     r"round(?:s|ed|ing)? up|rounded\s+\w+\s+up|into\s+(?:\w+\s+)?custody)\b", re.I)


# ACLED codebook: a detention after which the person is disappeared (held at an unknown place,
# relatives without news, whereabouts unknown) is "Abduction/forced disappearance", not
# "Arrests". Coders tell it in the next sentence as often as in the same one ("Soldiers detained a
# lawyer at a checkpoint. His whereabouts remain unknown."), so the sentence's context counts.
_DISAPPEARED = re.compile(r"\bwhereabouts\b[^.;]{0,40}\bunknown\b|\b(?:an? )?(?:unknown|undisclosed|secret) "
                          r"(?:location|place|destination|site)s?\b|\bforcibly disappear\w*|\bforced disappearance|"
                          r"\bincommunicado\b|\bno (?:news|word|trace) of (?:him|her|them)\b|"
                          r"\bha(?:ve|s|d) (?:not|had no)\s+(?:been\s+)?(?:heard|news)", re.I)


def _arrest_without_demonstration(sentence: str, context: str) -> bool:
    return bool(_ARREST.search(sentence)) and not _DEMONSTRATION.search(f"{sentence} {context}")


def _severe(text: str) -> bool:
    return bool(_SEVERE.search(_NO_HARM.sub(" ", text)))


# The same codebook line read the other way: force told as killing, firing on the people or
# maiming them is excessive force even where the model leans to "Protest with intervention" (tear
# gas, dispersal and arrests stay intervention). Narrower than _SEVERE: plain "injured", "bullets",
# "shot" (tear gas is shot too) or a beating with no serious injury told are not enough to raise
# the type: the codebook asks for lethal force or serious injury.
_LETHAL = re.compile(r"\b(?:kill(?:s|ed|ing)?|dead|died|dies|live (?:fire|ammunition|rounds|bullets)|"
                     r"(?:opened|open|opening) fire|fir(?:ed|es|ing) (?:on|into|at) (?:the |a |unarmed )?"
                     r"(?:crowds?|protesters|demonstrators|marchers|students|people|youths|residents|villagers|"
                     r"farmers|workers|mourners)|(?:were|was) fired on|shot (?:dead|and (?:killed|wounded))|"
                     r"blind(?:ed|ing)|"
                     r"lost (?:an|his|her|their) eyes?|hospitali[sz]ed|seriously (?:injured|wounded|hurt))\b", re.I)


def _lethal(text: str) -> bool:
    return bool(_LETHAL.search(_NO_HARM.sub(" ", text)))


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
        # the raising words below are severe force by definition: what raises a type never lowers it
        if top == "Excessive force against protesters" and not (_severe(context or sentence)
                                                                or _lethal(context or sentence)):
            top = "Protest with intervention"
        elif top == "Protest with intervention" and _lethal(sentence) \
                and not _arrest_without_demonstration(sentence, context):
            top = "Excessive force against protesters"
        first = _candidate(head, sentence, p, top)
        if top == "Protest with intervention" and _arrest_without_demonstration(sentence, context):
            # the model's certainty of the event stays; only its type follows the codebook
            prob = float(p[head.col(top)] + p[head.col("Arrests")])
            first = _candidate(head, sentence, p, "Arrests")
            first.probability, first.score = round(prob, 3), round(2 + 4 * prob, 3)
        if first.type == "Arrests" and _DISAPPEARED.search(context or sentence):
            prob = float(p[head.col("Arrests")] + p[head.col("Abduction/forced disappearance")])
            first = _candidate(head, sentence, p, "Abduction/forced disappearance")
            first.probability, first.score = round(prob, 3), round(2 + 4 * prob, 3)
        out.append(first)
        # when the rule above found no demonstration, no protest type is a second event either
        skip = set(PROTEST_TYPES) if first.type != top else set()
        top = first.type
        second = next((t for t in order[1:] if not _same_family(t, top) and t not in skip), None)
        if second and p[head.col(second)] >= SECOND_PROB:
            out.append(_candidate(head, sentence, p, second))
    elif p[head.col(BACKGROUND)] >= max(BACKGROUND_PROB, p[head.col(NO_EVENT)]) \
            and types[TYPES.index(top)] >= BACKGROUND_SHARE * p_event and p_event >= BACKGROUND_EVENT:
        out.append(_candidate(head, sentence, p, top, background=True))
    return out


# A sentence that tells two events joins them as coordinated clauses, each with a verb and its own
# object or setting ("took the checkpoint and downed a helicopter", "bombed the market, and
# artillery shelled the suburbs"). The whole sentence is typed as one text and the model gives
# most of its mass to one of them, so each such clause is also typed alone. The split follows the
# parse: a verb conjoined to the main verb, both with dependents of their own. Two verbs sharing
# one object ("abducted and raped three girls", "attacked and seized the town") tell one event,
# and "police and soldiers" joins nouns, not events: neither is split.
_MAYBE_TWO = re.compile(r"\b(?:and|then)\b", re.I)
_OWN = {"dobj", "obj", "prep", "attr", "dative", "agent", "nsubj", "nsubjpass", "npadvmod", "advcl", "ccomp", "xcomp"}
MIN_CLAUSE_WORDS = 3
CLAUSE_PROB = 0.6     # a clause's own event needs this much probability, alone, to be added
# Only kinds that stand as events of their own beside another are added from a clause. ACLED codes
# an event by its most serious part: the homes burned in a raid, the troops deployed after it, an
# arrest or a beating at a protest belong to that event, not to a second one.
_CLAUSE_TYPES = {"Armed clash", TERRITORY, "Non-violent transfer of territory", "Air/drone strike", "Suicide bomb",
                 "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade", "Chemical weapon",
                 "Attack", "Abduction/forced disappearance", "Sexual violence", "Disrupted weapons use"}


def _parse(sentences: list[str]) -> list:
    """Dependency parses of sentences (tagger and parser only: no entities needed here)."""
    from livedesk.read.nlp import get_nlp
    nlp = get_nlp()
    docs = [nlp.make_doc(t) for t in sentences]
    for name in ("tok2vec", "tagger", "parser"):
        if name in nlp.pipe_names:
            docs = list(nlp.get_pipe(name).pipe(docs))
    return docs


def _split(doc) -> list[tuple[int, str]]:
    """(offset, text) of the clauses of one parsed sentence; [] when it tells one clause."""
    text = doc.text
    for v in doc:
        h = v.head
        if v.dep_ != "conj" or not v.tag_.startswith("VB") or not h.tag_.startswith("VB") or h.i >= v.i:
            continue
        if not any(c.dep_ in _OWN for c in v.children):
            continue
        if not any(c.dep_ in _OWN - {"nsubj", "nsubjpass"} and c.i < v.i for c in h.children):
            continue        # the first verb has no object or setting of its own: a shared object
        sub = [t for t in v.subtree if t.dep_ not in ("cc", "punct") or t.i > v.i]
        a = min(t.i for t in sub)
        cut = doc[a].idx
        left = text[:cut].rstrip(" ,;")
        left = re.sub(r"(?:,?\s*(?:and|then|before|and then))$", "", left, flags=re.I).rstrip(" ,;")
        parts = [(0, left), (cut, text[cut:])]
        if all(len(t.split()) >= MIN_CLAUSE_WORDS for _, t in parts):
            return parts
    return []


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """(offset, text) of each coordinated clause of `sentence` that tells its own action; []
    when the sentence has one clause."""
    if len(sentence.split()) < 2 * MIN_CLAUSE_WORDS + 1 or not _MAYBE_TWO.search(sentence):
        return []
    return _split(_parse([sentence])[0])


def _subject_for(doc, offset: int) -> str:
    """The subject a later clause shares with the first ("Rebels overran the post and [rebels] shot
    down a helicopter"): the model reads a clause with its doer better than a bare verb phrase.
    '' when the clause has a subject of its own or none is found."""
    tok = next((t for t in doc if t.idx >= offset), None)
    v = tok
    while v is not None and v.dep_ != "conj" and v.head.i != v.i:
        v = v.head
    if v is None or v.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children):
        return ""
    subj = next((c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return ""
    words = list(subj.subtree)
    return doc.text[words[0].idx:words[-1].idx + len(words[-1].text)]


def _protest_or_riot(t: str) -> bool:
    return t in PROTEST_TYPES or t == "Mob violence"


def _clause_extra(head, cands: list[Candidate], offset: int, clause: str, p: np.ndarray,
                  shift: int = 0) -> Candidate | None:
    """The event one clause reports on its own, when the sentence's candidates lack its kind.
    `shift`: characters of a borrowed subject typed before the clause (not in the sentence)."""
    fore = [c for c in _decide(head, clause, clause, p) if not c.background]
    if not fore or fore[0].probability < CLAUSE_PROB:
        return None
    c = fore[0]
    if c.type not in _CLAUSE_TYPES:
        return None
    have = [x.type for x in cands if not x.background]
    if any(_same_family(c.type, t) or (c.type == TERRITORY and t in (REGAIN, OVERTAKE)) for t in have):
        return None
    if any(_protest_or_riot(t) for t in have):
        return None     # what police or a crowd did at a protest or riot is that event
    c.start, c.end = max(0, c.start - shift) + offset, max(0, c.end - shift) + offset
    # the clause's event is less sure than the sentence's own: it is ranked after it
    c.score = round(min(c.score, min((x.score for x in cands), default=c.score) - 0.01), 3)
    return c


def classify_all(sentences: list[str], contexts: list[str | None] | None = None) -> list[list[Candidate]]:
    """classify() for many sentences at once (one encoder batch: much faster than one by one)."""
    if not sentences:
        return []
    head = load()
    contexts = contexts or [None] * len(sentences)
    probs = head.proba(list(sentences))
    out = [_decide(head, s, c or s, p) for s, c, p in zip(sentences, contexts, probs)]
    # Only a sentence read as one foreground event can gain a clause's event (below), so only such
    # sentences are parsed and their clauses typed: the same result for the others without the
    # cost of a parse and an encoder run each (speed, issue 14; the decision is unchanged).
    # Nor can a sentence read as a protest or riot: what police or a crowd did there is that event
    # (_clause_extra turns every such clause down whatever it reads as).
    maybe = [i for i, s in enumerate(sentences)
             if len(out[i]) == 1 and not out[i][0].background and not _protest_or_riot(out[i][0].type)
             and len(s.split()) >= 2 * MIN_CLAUSE_WORDS + 1 and _MAYBE_TWO.search(s)]
    docs = dict(zip(maybe, _parse([sentences[i] for i in maybe]))) if maybe else {}
    split = {i: _split(d) for i, d in docs.items()}
    clauses = []
    for i, parts in sorted(split.items()):
        for o, t in parts:
            subj = _subject_for(docs[i], o) if o > 0 else ""
            clauses.append((i, o, f"{subj} {t}" if subj else t, len(subj) + 1 if subj else 0))
    cprobs = head.proba([t for _, _, t, _ in clauses]) if clauses else []
    for (i, o, t, shift), p in zip(clauses, cprobs):
        if not out[i] or out[i][0].background or len(out[i]) > 1:
            # a clause adds to a sentence that reports one event; it does not make one, and a
            # sentence already read as two keeps those two
            continue
        extra = _clause_extra(head, out[i], o, t, p, shift)
        if extra:
            out[i].append(extra)
    return out


def classify(sentence: str, context: str | None = None) -> list[Candidate]:
    """The events a sentence reports: the main one, maybe a second of another kind, or a
    background one; [] when the model gives it no event."""
    return classify_all([sentence], [context])[0]


def probabilities(sentence: str) -> dict[str, float]:
    """The model's calibrated probability of every label for one sentence (for inspection)."""
    head = load()
    p = head.proba([sentence])[0]
    return {lab: float(p[i]) for i, lab in enumerate(head.labels)}
