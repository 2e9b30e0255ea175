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

try:
    from re import _constants as _sre, _parser as _sre_parse      # Python >= 3.11
except ImportError:                                                # pragma: no cover
    import sre_constants as _sre
    import sre_parse as _sre_parse

from livedesk.read import cues

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

def _required(items) -> frozenset[str] | None:
    """Strings of which every match of the parsed sequence contains at least one (None: unknown).

    Of the sequence's literal runs and required sub-patterns, the most selective set is kept."""
    best: frozenset[str] | None = None

    def offer(c: frozenset[str] | None) -> None:
        nonlocal best
        if c and all(c) and (best is None or (min(map(len, c)), -len(c)) > (min(map(len, best)), -len(best))):
            best = c

    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        offer(frozenset([run]) if run else None)
        run = ""
        offer(_required_item(op, av))
    offer(frozenset([run]) if run else None)
    return best


def _required_item(op, av) -> frozenset[str] | None:
    if op is _sre.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _required(sub)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alt in av[1]:
            r = _required(alt)
            if r is None:
                return None
            out |= r
        return frozenset(out)
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
        lo, _hi, sub = av
        return _required(sub) if lo >= 1 else None
    if op is _sre.IN and len(av) <= 4 and all(o is _sre.LITERAL for o, _ in av):
        return frozenset(chr(c) for _, c in av)
    return None          # lookarounds, anchors, classes, any character: no requirement


@lru_cache(maxsize=None)
def _anchors(pattern: str) -> frozenset[str] | None:
    try:
        parsed = _sre_parse.parse(pattern)
    except Exception:        # pragma: no cover - the pattern compiles in _rx; be safe anyway
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    return _required(list(parsed))


_PREPARED: dict[str, tuple[tuple[str, ...] | None, re.Pattern]] = {}


def _prepared(pattern: str) -> tuple[tuple[str, ...] | None, re.Pattern]:
    got = _PREPARED.get(pattern)
    if got is None:
        a = _anchors(pattern)
        got = _PREPARED[pattern] = (tuple(a) if a is not None else None, _rx(pattern))
    return got


def _search(pattern: str, low: str) -> re.Match | None:
    """_rx(pattern).search(low), skipping the regex when a literal it needs is absent."""
    a, rx = _prepared(pattern)
    if a is not None and not any(map(low.__contains__, a)):
        return None
    return rx.search(low)


def _finditer(pattern: str, low: str):
    a, rx = _prepared(pattern)
    if a is not None and not any(map(low.__contains__, a)):
        return iter(())
    return rx.finditer(low)


def _best(patterns: list[tuple[str, float]], low: str) -> tuple[float, int, int]:
    """Strongest cue weight (plus a little for each further distinct cue) and its position."""
    best, pos, n = 0.0, (-1, -1), 0
    for pat, w in patterns:
        m = _search(pat, low)
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


def candidates(sentence: str, context: str | None = None) -> list[Candidate]:
    """All event types the sentence supports, strongest first (empty: it reports no event)."""
    low = sentence.lower()
    ctx = (context or sentence).lower()
    bg_at = _background_from(low)
    found: dict[str, Candidate] = {}
    back: dict[str, Candidate] = {}     # the same type may also be told of the past

    def add(t: str, score: float, s: int, e: int, **kw) -> None:
        if score <= 0:
            return
        c = Candidate(t, score, s, e, background=s >= bg_at, **kw)
        into = back if c.background else found
        old = into.get(t)
        if old is None or c.score > old.score:
            into[t] = c

    for t, pats in cues.CUES.items():
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
