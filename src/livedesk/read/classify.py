"""Event typing of one sentence: which ACLED sub-event types it reports, or none.

Scores come from the weighted cues in cues.py. A sentence can carry two events ("took the site,
seized two checkpoints and downed a helicopter"); a cue inside a clause that tells of the past
("weeks after the government recaptured it") yields a background candidate. Texts whose cues
say disaster, crime, diplomacy or blame more strongly than violence get no event.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from livedesk.read import cues
from livedesk.read.literals import Scanner, required

TERRITORY = "territory"          # placeholder type until the actor decides which Battles type
REGAIN = "Government regains territory"
OVERTAKE = "Non-state actor overtakes territory"
PROTEST_TYPES = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters",
                 "Violent demonstration")

# On equal scores the more specific type wins (a suicide car bomb is a Suicide bomb, not an IED).
PRIORITY = ["Suicide bomb", "Chemical weapon", "Sexual violence", "Grenade", "Disrupted weapons use",
            "Remote explosive/landmine/IED", "Air/drone strike", "Shelling/artillery/missile attack",
            TERRITORY, "Abduction/forced disappearance", "Mob violence", *PROTEST_TYPES,
            "Looting/property destruction", "Headquarters or base established", "Arrests", "Agreement",
            "Non-violent transfer of territory", "Change to group/activity", "Armed clash", "Attack", "Other"]
_RANK = {t: i for i, t in enumerate(PRIORITY)}

MIN_SCORE = 2.0          # below this a sentence reports no event
SECOND_SCORE = 3.0       # a second event in the same sentence must be named this clearly


@dataclass
class Candidate:
    type: str            # an ACLED sub-event type, or TERRITORY
    score: float
    start: int           # trigger offsets within the sentence
    end: int
    background: bool = False
    regain: bool = False  # for TERRITORY: the wording says "retook", "liberated"

    @property
    def confidence(self) -> float:
        return round(min(0.95, 0.35 + 0.1 * self.score), 2)


@lru_cache(maxsize=None)
def _rx(pattern: str) -> re.Pattern:
    # Plurals of the last word ("villages", "mines") match too.
    return re.compile(r"(?<![\w-])(?:" + pattern + r")(?:s|es)?(?![\w])")


# --- a cheap exact pre-check: the literal strings one of which every match must contain -------

def _cue_patterns() -> list[str]:
    return [p for ps in cues.CUES.values() for p, _ in ps] + [p for p, _ in cues.NON_EVENT] + [
        cues.TERRITORY_REGAIN, cues.TERRITORY_TAKE, cues.BACKGROUND, cues.PROTEST_VIOLENT,
        cues.PROTEST_LETHAL, cues.PROTEST_INTERVENTION]


@lru_cache(maxsize=1)
def _screen() -> tuple[Scanner, dict[str, set[str]], frozenset[str]]:
    """A scanner for the literals the cues need, the cue patterns that need each literal, and the
    patterns so screened (those whose every match needs one of a known set of literals)."""
    needs = {p: required(p) for p in _cue_patterns()}
    by_literal: dict[str, set[str]] = {}
    for p, lits in needs.items():
        for w in lits or ():
            by_literal.setdefault(w, set()).add(p)
    return Scanner(by_literal), by_literal, frozenset(p for p, lits in needs.items() if lits)


@lru_cache(maxsize=64)
def _possible(low: str) -> frozenset[str]:
    """The screened cue patterns that may match `low`: it holds one of the literals each needs.
    One pass per sentence (classify, candidates, the protest and background checks all ask)."""
    scanner, by_literal, _ = _screen()
    out: set[str] = set()
    for w in scanner.present(low):
        out |= by_literal[w]
    return frozenset(out)


@lru_cache(maxsize=1)
def _cue_table() -> list[tuple[str, list[tuple[str, float]], frozenset[str] | None]]:
    """(type, its weighted cues, their patterns when all are screened, else None)."""
    screened = _screen()[2]
    return [(t, pats, frozenset(p for p, _ in pats) if all(p in screened for p, _ in pats) else None)
            for t, pats in cues.CUES.items()]


def _skip(pattern: str, low: str) -> bool:
    """True when `pattern` cannot match `low`: a literal every match needs is absent."""
    if pattern in _screen()[2]:
        return pattern not in _possible(low)
    lits = required(pattern)
    return lits is not None and not any(map(low.__contains__, lits))


def _search(pattern: str, low: str) -> re.Match | None:
    """_rx(pattern).search(low), skipping the regex when a literal it needs is absent."""
    return None if _skip(pattern, low) else _rx(pattern).search(low)


def _finditer(pattern: str, low: str):
    return iter(()) if _skip(pattern, low) else _rx(pattern).finditer(low)


def _best(patterns: list[tuple[str, float]], low: str) -> tuple[float, int, int]:
    """Strongest cue weight (plus a little for each further distinct cue) and its position."""
    best, pos, n = 0.0, (-1, -1), 0
    possible, screened = _possible(low), _screen()[2]
    for pat, w in patterns:
        # _skip inlined for the screened cues: this runs ~70 times per sentence
        if (pat not in possible) if pat in screened else _skip(pat, low):
            continue
        m = _rx(pat).search(low)
        if m:
            n += 1
            if w > best:
                best, pos = w, m.span()
    return (best + 0.25 * max(0, n - 1) if best else 0.0), pos[0], pos[1]


def _background_from(low: str) -> int:
    """Offset where a clause about earlier events opens, or len(low) when none does."""
    m = _search(cues.BACKGROUND, low)
    return m.start() if m else len(low)


def non_event_score(low: str) -> float:
    return _best(cues.NON_EVENT, low)[0]


def protest_kind(context_low: str) -> str:
    # Protesters who turn violent make a riot, whatever the police did (ACLED); force against
    # peaceful protesters is excessive when it kills or maims.
    peaceful = "peaceful" in context_low
    if not peaceful and _search(cues.PROTEST_VIOLENT, context_low):
        return "Violent demonstration"
    if _search(cues.PROTEST_LETHAL, context_low):
        return "Excessive force against protesters"
    if _search(cues.PROTEST_INTERVENTION, context_low):
        return "Protest with intervention"
    return "Peaceful protest"


# "There were no reports of clashes", "no shelling was heard", "forces did not capture the
# town": the cue is denied by the sentence itself, so it tells no event. Only a "no" a word or
# two before the cue counts ("no one was killed in the air strike" still tells the strike), and
# "not" only right before it; "no longer", "no fewer/more/less than" deny nothing.
_NEGATED = re.compile(r"(?:\bno\s+(?!longer\b|sooner\b|fewer\b|more\b|less\b)(?:[a-z]+\s+){0,2}"
                      r"|\b(?:not|never)\s+(?:yet\s+|been\s+)?)$")


def negated(low: str, start: int) -> bool:
    """Whether the cue starting at `start` of the lower-cased sentence is denied just before it."""
    return bool(_NEGATED.search(low, max(0, start - 40), start))


def candidates(sentence: str, context: str | None = None) -> list[Candidate]:
    """All event types the sentence supports, strongest first (empty: it reports no event)."""
    low = sentence.lower()
    ctx = (context or sentence).lower()
    bg_at = _background_from(low)
    found: dict[str, Candidate] = {}
    back: dict[str, Candidate] = {}     # the same type may also be told of the past

    def add(t: str, score: float, s: int, e: int, **kw) -> None:
        if score <= 0 or negated(low, s):
            return
        c = Candidate(t, score, s, e, background=s >= bg_at, **kw)
        into = back if c.background else found
        old = into.get(t)
        if old is None or c.score > old.score:
            into[t] = c

    possible = _possible(low)
    for t, pats, names in _cue_table():
        if names is None or not names.isdisjoint(possible):     # else no cue of t can match
            add(t, *_best(pats, low))

    # "an attack to capture the base" tells an aim, not a capture.
    def intended(m: re.Match) -> bool:
        return bool(re.search(r"\bto\s+$|\b(?:attempt|bid|effort|push|plan)s?\s+(?:to\s+)?$", low[max(0, m.start() - 20):m.start()]))
    for m in _finditer(cues.TERRITORY_REGAIN, low):
        if not intended(m):
            add(TERRITORY, 3.5 if "control" in m.group(0) else 3.2, *m.span(), regain=True)
    for m in _finditer(cues.TERRITORY_TAKE, low):
        if not intended(m):
            # A bare "captured" (a weapon, a commander?) says less than "captured the town".
            bare = re.fullmatch(r"captur\w+|overr[au]n", m.group(0))
            add(TERRITORY, 3.5 if "control" in m.group(0) else 2.0 if bare else 3.0, *m.span())

    # Protests: one family, its member decided by what happened around the protest.
    protest = found.pop("Peaceful protest", None)
    riot = found.get("Violent demonstration")
    if protest and protest.score >= 2.5:
        kind = protest_kind(ctx)
        if riot:
            kind = "Violent demonstration"
        found.pop("Violent demonstration", None)
        found.pop("Arrests", None)      # arrests at a protest are an intervention (ACLED)
        found.pop("Attack", None)
        found.pop("Grenade", None)      # stun grenades, not thrown grenades
        protest.type = kind
        protest.score += 0.5 if kind != "Peaceful protest" else 0.0
        found[kind] = protest

    # An explosive that went off is not a disrupted one.
    if "Disrupted weapons use" in found and re.search(r"exploded|went off|blew up|detonated|killing", low):
        found["Disrupted weapons use"].score -= 1.5
    # A place left by one side and taken by the other without a fight changed hands peacefully.
    nvt = found.get("Non-violent transfer of territory") or back.get("Non-violent transfer of territory")
    if nvt and TERRITORY in found:
        t = found.pop(TERRITORY)
        found["Non-violent transfer of territory"] = Candidate("Non-violent transfer of territory",
                                                             max(t.score, nvt.score), t.start, t.end)
    # A ceasefire that ends or breaks down is not an agreement.
    if "Agreement" in found and re.search(r"(?:cease-?fire|truce|deal|agreement)s? (?:\w+ )?(?:ends|ended|collapsed?|broke down|expired?|violat\w+|faltered|crumbl\w+)", low):
        found.pop("Agreement")
    # Weapons found or seized are not weapons used.
    if found.get("Disrupted weapons use") and found["Disrupted weapons use"].score >= 3.5:
        found.pop("Grenade", None)
        found.pop("Shelling/artillery/missile attack", None)
    # A mob is a mob whatever it punished; a gas leak at a factory is an accident.
    if "Mob violence" in found:
        found["Mob violence"].score += 2
    if "Chemical weapon" in found and re.search(r"\bleak\w*|factory|industrial", low):
        found.pop("Chemical weapon")
    # A suicide bomber makes the blast a suicide bomb; a shot-down aircraft is a clash, not an airstrike.
    if "Suicide bomb" in found:
        found.pop("Remote explosive/landmine/IED", None)
    if "Armed clash" in found and re.search(r"(?:shot|shoot|shooting) down|downed|downing", low):
        found.pop("Air/drone strike", None)
    out = sorted([*found.values(), *back.values()], key=lambda c: (-c.score, _RANK.get(c.type, 99)))
    return [c for c in out if c.score >= MIN_SCORE]


def classify(sentence: str, context: str | None = None) -> list[Candidate]:
    """The events a sentence reports: the main one, maybe a second, maybe a background one.

    Returns [] for sentences whose no-event cues (disaster, crime, diplomacy, blame) are at
    least as strong as their best event cue.
    """
    cands = candidates(sentence, context)
    if not cands:
        return []
    low = sentence.lower()
    ne = non_event_score(low)
    fore = [c for c in cands if not c.background]
    back = [c for c in cands if c.background]
    out: list[Candidate] = []
    if fore:
        top = fore[0]
        if ne >= top.score:
            return []
        out.append(top)
        for c in fore[1:]:
            if c.score >= SECOND_SCORE and (c.end <= top.start or c.start >= top.end) \
                    and not _same_family(c.type, top.type):
                out.append(c)
                break
    if back and back[0].score >= 2.5:
        b = back[0]
        if not any(c.type == b.type for c in out):
            out.append(b)
    return out


_FAMILIES = [set(PROTEST_TYPES), {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"},
             {"Attack", "Armed clash"}, {"Arrests", "Abduction/forced disappearance"}]


def _same_family(a: str, b: str) -> bool:
    return a == b or any(a in f and b in f for f in _FAMILIES)
