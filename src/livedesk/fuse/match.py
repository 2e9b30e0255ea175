"""Which mentions are one event: blocking, pair scores and constrained clustering.

Comparing every mention with every other is quadratic, so a mention is only compared with those
sharing a block key: the same kind of event (violence / protest / strategic), a date window, and
either a map cell (about 55 km) or the place's name. A key shared by too many mentions says too
little (a whole country, a vague date) and is dropped, the way a search engine drops stop words;
cost then grows with the number of mentions times the (bounded) block size.

Within a block a pair is scored on date, place, type, actors, casualty figures, time of day and
wording (kinds.py says which types one happening is given, places.py which places hold others);
a pair scoring at least THRESHOLD is linked. Links are applied strongest first and refused when
they would join a cannot_link pair, stretch one event over more than MAX_SPAN_DAYS, join two
clusters each told on its own single day by two reports or more, or put in one event two members
that would not link on their own and are told at two places, or a day apart as two kinds of act
(single linkage would chain a capture, an advance from it and the next day's road cut into one);
analysts' must_link pairs are applied before anything else.
"""
from __future__ import annotations

import heapq
import math
import re
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from itertools import repeat
from typing import Iterable

import numpy as np

from livedesk.fuse.kinds import ACLED_TYPES, BLOCKS, compatible, group, type_score
from livedesk.fuse.outcomes import HOLDS, TERRITORIAL, says_taken
from livedesk.fuse.outcomes import LEFT as _LEFT
from livedesk.fuse.places import division_core, fold_place, km, names_in, place_core, where_precision
from livedesk.model import ACLED_TYPES, Mention
from livedesk.sources import lookup, side_of

THRESHOLD = 0.6
MAX_SPAN_DAYS = 4
CELL_DEG = 0.5             # map cell edge, degrees (about 55 km)
MAX_KEY_SIZE = 400         # keys shared by more mentions than this are too vague to block on
MAX_CANDIDATES = 30        # a mention is compared with at most this many, the likeliest first

_STOP = set("""a an the of in on at to for from by with and or but as is are was were be been has have
had it its this that these those near after before during over into about than then there their they
he she his her we our you your not no said says reported according also which who whom what when
where while would could may might will shall can""".split())
OTHER = "Other"
# a passage's second event read from a clause of its own is at least this sure (classify.CLAUSE_PROB);
# two readings of one passage both below it are the typer's doubt between two types, not two events
SPLIT_SURE = 0.6
UNSURE = 0.4               # a denial's type read below this confidence is no type at all
_ALL_GROUPS = tuple(dict.fromkeys(group(t) for t in ACLED_TYPES))
_GENERIC_ACTORS = {"Civilians", "Unidentified Armed Group", "Military Forces", "Police Forces", "Protesters"}


def is_generic(actor: str) -> bool:
    """'Civilians', 'Unidentified Armed Group (Syria)': names that say nobody in particular."""
    return actor.split(" (")[0] in _GENERIC_ACTORS


@dataclass
class Feat:
    """What matching needs of a mention, computed once."""
    idx: int
    d0: int | None             # date ordinals (start, end)
    d1: int | None
    lat: float | None
    lon: float | None
    prec: int
    place: str
    country: str | None
    region: str | None         # admin1 when known, else country: where a vague place is looked for
    sub: str
    group: str
    actors: frozenset[str]
    best: int | None
    words: frozenset[str]
    report: str
    span: tuple[int, int] = (0, 0)   # the frame's character span in its report (0, 0: unknown)
    aircraft: bool = False          # an aircraft downed or lost, not ground taken
    relative: bool = False          # "east of Homs": a direction from a place, not the place
    background: bool = False        # told as past context ("weeks after the government recaptured it")
    admin1: str = ""                # folded first-level division the place lies in
    core: str = ""                  # folded name without its division word ("Idlib province" -> idlib)
    named: frozenset[str] = frozenset()   # a vague mention's text's proper names, folded
    times: frozenset[str] = frozenset()   # times of day the text gives ("at dawn", "overnight")
    holds: bool = False             # says a place held or fighting goes on ("still hold", "repelled")
    denial: bool = False            # its claims only deny: the frame is the denied content's, its type
                                    # a reading of a sentence about a denial
    unlocated: bool = False         # no place at all: its text's proper names are all it has
    takes: bool = False             # says a place changed hands, whatever type the reader gave it
    untyped: bool = False           # typed "Other", or a denial the typer was unsure of: its type
                                    # says nothing of the act
    looks_back: bool = False        # an untyped denial or admission: dated by its statement, it may
                                    # be about an act some days before ("acknowledged losses in the
                                    # fighting at X")
    deny_sides: frozenset[str] = frozenset()   # a denial naming no actor: the sides its deniers speak for
    heard: frozenset[str] = frozenset()        # an untyped frame: the kinds of act its witnessed sounds or
                                               # sights tell ("heard gunfire": a fight or an attack)
    sure: float = 1.0               # the reader's confidence in the frame's type


def _ordinal(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


_SUFFIX = re.compile(r"(?:ing|ed|es|s|e)$")
# Aircraft lost or downed are their own events, even when the same fighters take ground nearby on
# the same day; the territorial types never describe one.
_AIRCRAFT = re.compile(r"\b(?:helicopters?|choppers?|jets?|warplanes?|planes?|aircraft|airplanes?|"
                       r"mig-?\d*s?|sukhoi|su-\d+s?|l-39s?|gunships?)\b", re.I)
_DOWNED = re.compile(r"\b(?:shot\s+down|brought\s+down|down(?:ed|ing)|crash(?:ed|es|ing)?|lost)\b", re.I)
# The types a capture is read as when the reader misses that the place changed hands ("entered the
# village", "pulled out of the town"): only their texts are read for it.
_MISREAD_CAPTURE = {"Armed clash", "Change to group/activity", "Other", "Headquarters or base established"}
# A notice mourning a side's dead ("the Islamic Resistance mourned the martyr X, one of its
# fighters") tells a loss, not the act that caused it: the typer gives it a statement's type
# (a change to the group, or none), which says nothing of which act it is about, like "Other".
_MOURNING = re.compile(r"\b(?:mourn(?:s|ed|ing)?|martyrs?|martyred|martyrdom|funerals?\s+(?:of|for)|"
                       r"eulog\w+|obituar\w+|condolences?)\b", re.I)
_STATEMENT_TYPES = {"Change to group/activity", OTHER}
_TERRITORIAL = {"Non-state actor overtakes territory", "Government regains territory",
                "Non-violent transfer of territory", "Headquarters or base established"}
_RELATIVE = re.compile(r"^\s*(?:to\s+the\s+)?(?:north|south|east|west)(?:ern)?(?:[- ]?(?:north|south|east|west)(?:ern)?)?"
                       r"\s+of\b|\boutskirts\b|\bcountryside\b", re.I)


_STEMS: dict[str, str] = {}


def stem(w: str) -> str:
    """'downed', 'downing', 'downs' -> 'down': enough to meet across tenses and plurals."""
    s = _STEMS.get(w)
    if s is None:
        s = _SUFFIX.sub("", w, count=1) if len(w) > 4 else w
        if len(_STEMS) < 200_000:
            _STEMS[w] = s
    return s


def contains(outer: Feat, inner: Feat) -> bool:
    """Whether `outer` is a division holding `inner`'s place: a first-level division named as the
    finer place's own division, in the same country. Such places describe one event at two
    levels of detail ("in Idlib province" and "in Saraqib"), not two places."""
    if outer.prec < 4 or outer.prec > 5 or inner.prec >= outer.prec or not inner.admin1:
        return False
    if outer.country and inner.country and outer.country != inner.country:
        return False
    return inner.admin1 in (outer.core, outer.admin1 if outer.prec == 4 else "")


# Parts of the day a report places an event in; two reports placing it in different parts tell
# of two events (the morning's strike and the night's), the commonest way one town's day has several.
_TIMES = {"dawn": "dawn", "daybreak": "dawn", "sunrise": "dawn", "morning": "morning",
          "noon": "midday", "midday": "midday", "afternoon": "afternoon", "evening": "evening",
          "dusk": "evening", "sunset": "evening", "night": "night", "overnight": "night",
          "midnight": "night", "nighttime": "night"}

# the times of day in their order round the clock: a fight or a raid lasting hours spans two that follow
_CLOCK = ("dawn", "morning", "midday", "afternoon", "evening", "night")
_CLASH = "Armed clash"


def _adjacent(xs: frozenset[str], ys: frozenset[str]) -> bool:
    """Whether a time of day in one set follows one in the other (evening and night, night and dawn)."""
    at = {t: k for k, t in enumerate(_CLOCK)}
    return any((at[x] - at[y]) % len(_CLOCK) in (1, len(_CLOCK) - 1) for x in xs for y in ys if x in at and y in at)


def features(i: int, m: Mention) -> Feat:
    f = m.frame
    d0, d1 = _ordinal(f.date_start), _ordinal(f.date_end)
    if d0 is None and d1 is None and isinstance(m.published, datetime):
        d1 = m.published.date().toordinal()          # "no date in the text": on or before the report
        d0 = d1 - 1
    d0 = d0 if d0 is not None else d1
    d1 = d1 if d1 is not None else d0
    loc = f.location
    if loc is not None and loc.precision >= 6:
        loc = None      # a whole country says nothing of which event this is: no place evidence
    text = m.text or f.summary or ""
    words = frozenset(stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())
                      if w not in _STOP and len(w) > 2)
    aircraft = (f.sub_event_type not in _TERRITORIAL and bool(_DOWNED.search(text))
                and bool(_AIRCRAFT.search(text) or any(_AIRCRAFT.search(w) for w in f.weapons)))
    actors = frozenset(a for a in (f.actor1, f.actor2) if a and not is_generic(a))
    prec = where_precision(loc)
    low = text.lower()
    # a denial, and what the denier says instead ("denied shelling the market and accused the
    # army of staging it"), is still a denial
    deniers = {c.claimant for c in m.claims if c.stance == "denies"}
    denial = bool(deniers) and all(c.claimant in deniers for c in m.claims if c.stance in ("asserts", "confirms"))
    times = frozenset(_TIMES[w] for w in re.findall(r"[a-z]+", low) if w in _TIMES)
    stances = {c.stance for c in m.claims if c.stance != "unconfirmed"}
    mourning = f.sub_event_type in _STATEMENT_TYPES and bool(_MOURNING.search(text))
    untyped = f.sub_event_type == OTHER or (denial and f.confidence < UNSURE) or mourning
    feat = Feat(i, d0, d1, loc.lat if loc else None, loc.lon if loc else None,
                prec, place_core(loc.name) if loc else "",
                loc.country if loc else None,
                ((loc.country or "") + "/" + loc.admin1) if loc and loc.admin1 else (loc.country if loc else None),
                f.sub_event_type,
                group(f.sub_event_type), actors,
                f.fatalities.best if f.fatalities else None, words, m.report_id,
                (f.start, f.end), aircraft, bool(loc and prec <= 3 and _RELATIVE.search(loc.name or "")),
                bool(f.background), fold_place(loc.admin1) if loc else "", division_core(loc.name) if loc else "",
                place_names(text), times,
                f.sub_event_type not in TERRITORIAL and bool(HOLDS.search(text)), denial, loc is None,
                f.sub_event_type in TERRITORIAL or (f.sub_event_type in _MISREAD_CAPTURE
                                                    and (says_taken(text) or bool(_LEFT.search(text)))),
                untyped)
    feat.sure = f.confidence if f.confidence is not None else 1.0
    if untyped:
        feat.heard = frozenset(kind for pat, kinds in _WITNESSED for kind in kinds if pat.search(text))
    if denial and not actors:
        # the denier is a party to what it denies ("the government denies any attack took place"):
        # the side it speaks for, by its name, whoever relayed it, or the channel it speaks on
        feat.deny_sides = frozenset(filter(None, (
            _side_named(x) for c in m.claims if c.stance == "denies"
            for x in (c.alignment, c.claimant, *c.via, m.outlet) if x)))
    # (a mourning notice is an admission too, whoever's voice carries it)
    # (a claimant that confirms or denies and also tells the act in its own words, "acknowledged that
    # contact with the command was lost": one admission read as two claims)
    saying = {c.claimant for c in m.claims if c.stance not in ("unconfirmed",)}
    admitting = {c.claimant for c in m.claims if c.stance in ("denies", "confirms")}
    feat.looks_back = untyped and (mourning or (bool(stances) and (stances <= {"denies", "confirms"}
                                                                   or (bool(admitting) and saying <= admitting))))
    # A party's acknowledgment that gives no day of its own ("the spokesman acknowledged that contact
    # with the command had been lost") is dated by the statement, whatever type the typer guessed for
    # it: like an untyped confirmation it meets the act it is about up to three days before it. Only
    # where every claim is the confirming party's and the frame carries the reader's default day (the
    # report's day or the one before), so a confirmation that dates its act keeps that date.
    if not feat.looks_back and "confirms" in stances and saying <= admitting and isinstance(m.published, datetime):
        pub = m.published.date().toordinal()
        feat.looks_back = (d0, d1) == (pub - 1, pub)
    return feat


LOOK_BACK_DAYS = 3

# What a witness hears or sees tells the kind of act though no type was read: gunfire is a fight or
# an attack with guns, explosions and blasts a strike, shelling or a bomb. An untyped frame telling
# so meets a typed report of that kind as one of its readings (it says nothing of which).
_WITNESSED = (
    (re.compile(r"\b(?:gunfire|gun\s*shots?|shots\s+(?:were\s+)?fired|shooting|exchanges?\s+of\s+fire|"
                r"firefights?|bursts?\s+of\s+(?:gun|automatic|machine-gun\s+)?fire)\b", re.I),
     ("Battles", "Violence against civilians")),
    # (what a bomb or a shell leaves is seen the same way: buildings reduced to rubble, flattened)
    (re.compile(r"\b(?:explosions?|blasts?|detonations?|shelling|shells\s+(?:fell|landed)|air\s*strikes?|"
                r"craters?|rubble|flattened|levell?ed\s+to\s+the\s+ground)\b", re.I),
     ("Explosions/Remote violence",)),
)


@lru_cache(maxsize=65536)
def _side_named(name: str) -> str | None:
    from livedesk.read.lexicon import side_key
    side = side_of(name)
    return side_key(side) if side else None


def place_names(text: str) -> frozenset[str]:
    """The proper names of a text that may be places: not a source or a side the lexicons know
    ('Amaq', 'Syrian', 'Observatory' name who speaks or fights, never where)."""
    return frozenset(n for n in names_in(text) if not _speaker_name(n))


@lru_cache(maxsize=65536)
def _speaker_name(folded: str) -> bool:
    return lookup(folded) is not None or side_of(folded) is not None


def place_score(a: Feat, b: Feat) -> float:
    """How well two mentions' places agree, 0..1; -1 when they cannot be one event's (two named
    exact places apart, too far, other countries)."""
    coarse = max(a.prec, b.prec) >= 4
    if a.place and a.place == b.place:
        s_place = 1.0
    elif contains(a, b) or contains(b, a):
        s_place = 0.8
    elif (a.lat is not None and b.lat is not None and a.prec < 4 and b.prec < 4
          and a.lat == b.lat and a.lon == b.lon):
        # one gazetteer point written two ways ("in the area of Bint Jbeil", "Bint Jbeil"): the
        # same place, as near as a place inside the other
        s_place = 0.8
    elif (b.place in a.named and b.prec < 4 and a.prec >= 4) or (a.place in b.named and a.prec < 4 and b.prec >= 4):
        # "a car bomb in Azaz, across the border from Kilis province" placed at the province (or
        # the country): its own words name the town the other report is placed at
        s_place = 0.8
    elif (b.place and b.place in a.named and b.prec < 4) or (a.place and a.place in b.named and a.prec < 4):
        # "in Karari, Omdurman": a quarter and the city holding it, the city named in the text
        s_place = 0.7
    elif (a.unlocated or b.unlocated) and a.named & b.named:
        # no place read for one of them, but both name the same village the gazetteer lacks
        s_place = 0.7
    elif (dist := km(a, b)) is not None:
        if a.prec == 1 and b.prec == 1 and a.place and b.place and dist > 10.0:
            return -1.0                              # two named exact places: two events
        limit = 150.0 if coarse else 60.0
        relative = (a.relative or b.relative) and not coarse
        if relative:                                 # "east of Homs" may be 100 km east of it
            limit = 150.0
        if dist > limit:
            return -1.0
        s_place = 0.6 if coarse or relative else max(0.0, 1.0 - dist / limit)
    elif a.country and b.country and a.country != b.country:
        return -1.0
    else:
        s_place = 0.4
    return s_place


@lru_cache(maxsize=65536)
def _sides_in(actors: frozenset[str]) -> frozenset[str]:
    from livedesk.read.lexicon import side_key
    return frozenset(side_key(a) for a in actors)


def score(a: Feat, b: Feat) -> float:
    """How likely two mentions report one event, 0..1 (0 when a hard limit is crossed)."""
    # a denial's frame is typed from a sentence about denying, an "Other" frame by no act at all:
    # their type says little of what the other reports tell
    # (a denial typed as some act meets only the acts that type could be a reading of: a town's
    # other events that day are not what it denies)
    untyped = a.untyped or b.untyped
    if a.group != b.group and not untyped and not compatible(a.sub, b.sub):
        return 0.0
    # date: overlapping ranges (a day's slack for time zones and "yesterday") or nothing
    if a.d0 is not None and b.d0 is not None:
        gap = (max(a.d0 - LOOK_BACK_DAYS if a.looks_back else a.d0, b.d0 - LOOK_BACK_DAYS if b.looks_back else b.d0)
               - min(a.d1, b.d1))
        if gap > 1:
            return 0.0
        s_date = 1.0 if gap <= 0 else 0.7
    else:
        s_date = 0.5
    # place: precise points must be close; a province-level place only has to be compatible
    coarse = max(a.prec, b.prec) >= 4
    s_place = place_score(a, b)
    if s_place < 0:
        return 0.0
    if a.actors and b.actors:
        s_act = len(a.actors & b.actors) / len(a.actors | b.actors)
    elif (a.deny_sides and _sides_in(b.actors) & a.deny_sides) or (b.deny_sides and _sides_in(a.actors) & b.deny_sides):
        s_act = 1.0                          # the side denying is a side of the act the other tells
    else:
        s_act = 0.5
    s_type = type_score(a.sub, b.sub)
    if (a.denial or b.denial or a.looks_back or b.looks_back) and (s_type >= 0.35 or untyped):
        s_type = max(s_type, 0.6)           # a denial names its act only to deny it
    elif untyped:
        s_type = max(s_type, 0.35)
        if ACLED_TYPES.get(b.sub) in a.heard or ACLED_TYPES.get(a.sub) in b.heard:
            s_type = max(s_type, 0.6)       # heard gunfire, and a report of a fight there that day
    loose = untyped or ((a.denial or b.denial) and s_type >= 0.35)
    # a place changes hands once on a day: two reports that say it did, at one place, tell one
    # capture however each reader typed it (taken, retaken, entered, left by the other side)
    one_capture = a.takes and b.takes and s_place >= 0.6 and s_date == 1.0
    if one_capture:
        s_type = max(s_type, 0.8)
        # (one side's report names the taker, the other's the side that lost it: different actors
        # are two halves of one capture, not two captures)
        s_act = max(s_act, 0.5)
    if s_place >= 0.8 and ((a.sub in TERRITORIAL and b.holds) or (b.sub in TERRITORIAL and a.holds)):
        # "we took the town" and, from the other side, "the town holds, the fighting goes on": one
        # contested event told two ways, which corroboration must see side by side
        s_type = max(s_type, 0.8)
    if s_place >= 0.8 and s_date == 1.0 and a.aircraft == b.aircraft and not (a.background or b.background) and (
            (a.takes and b.sub == _CLASH) or (b.takes and a.sub == _CLASH)):
        # ACLED codes one battle as an armed clash, or as the place taken when it changed hands: at
        # one named place on one day, "heavy clashes broke out in X" (a witness who does not know the
        # outcome) and "the brigade took control of X" tell one battle, with and without its end
        # (an aircraft downed in the fighting is another act: see the aircraft rule below)
        s_type = max(s_type, 0.8)
    if a.words and b.words:
        s_words = len(a.words & b.words) / min(len(a.words), len(b.words))
    else:
        s_words = 0.3
    # type and wording weigh most: the same actors fight in the same area on the same day in
    # several ways (a base taken, a road cut, a helicopter downed), and those are several events
    s = 0.2 * s_date + 0.22 * s_place + 0.24 * s_type + 0.12 * s_act + 0.22 * s_words
    if a.times and b.times:
        # the morning's strike is not the night's; but a fight told "in the evening" by one and "at
        # night" by another may be one that went on (times of day that follow each other)
        s += 0.03 if a.times & b.times else 0.0 if _adjacent(a.times, b.times) else -0.12
    if a.aircraft != b.aircraft and (a.sub in _TERRITORIAL or b.sub in _TERRITORIAL or s_place < 0.8):
        # a helicopter downed is not the base taken near it that day, nor fighting elsewhere in
        # the area it was downed in ("east of Homs", "in Homs province"): only at one named
        # place may a report that does not mention the aircraft be about it
        s -= 0.15
    elif a.aircraft and b.aircraft:
        s += 0.05
    if a.background != b.background:
        s -= 0.2                 # the context a report recalls is not the news it brings
    told_on = False
    if a.report == b.report:
        (a0, a1), (b0, b1) = a.span, b.span
        if a1 > a0 and b1 > b0 and min(a1, b1) > max(a0, b0) and a.sub != b.sub and not (
                compatible(a.sub, b.sub) and max(a.sure, b.sure) < SPLIT_SURE and a.sure + b.sure <= 1.0):
            return 0.0           # the reader found two events in one passage: keep them two
        # (unless the typer split one passage's mass between two types the table calls readings of
        # one act, "air defences shot down a drone" as a strike and as disrupted weapons use: neither
        # reading is sure; a second event of its own, read from a clause, is sure of itself)
        told_on = (a1 > a0 and b1 > b0 and 0 <= max(a0, b0) - min(a1, b1) <= 3
                   and a.place and a.place == b.place and s_type >= 0.6)
        if told_on:
            # the next sentence, at the same named place, of a compatible type: the report goes on
            # telling one event ("the army retook X. Troops entered the village after ...")
            s += 0.04
        elif s_words < 0.5:
            s -= 0.08            # one report rarely tells one event twice in other words
    # A day's slack is for one event misdated, and a compatible type for one event read two ways:
    # reports of one event that differ so still share its details (the target, the wording); the
    # same place's next day, or its other kind of violence that day, is another event.
    if s_words < 0.3 and not told_on:
        if s_date == 0.7:
            s -= 0.12
        if s_type < 1.0 and not loose and not one_capture:
            s -= 0.08            # (a type that says nothing of the act disagrees with nothing)
    if a.best and b.best:            # 3 dead vs 40: two events, or a rising toll; 1 vs 3 is neither
        ratio = min(a.best, b.best) / max(a.best, b.best)
        gap = max(a.best, b.best) - min(a.best, b.best)
        s += 0.06 if ratio >= 0.5 or gap <= 3 else -0.12 if ratio < 0.25 else -0.04
    if coarse and s_place < 0.7:
        s -= 0.05                                    # "in Homs province" matches many things weakly
    return max(0.0, min(1.0, s))


def _keys(f: Feat) -> tuple[list[tuple], list[tuple], list[tuple]]:
    """(keys this mention is stored under, keys it looks up both ways, keys it looks up one way)
    for blocking.

    A mention is stored under each day its dates cover (at most 11) and looks up those days and
    the day either side: the pair score allows a day's slack and no more, so a pair is met exactly
    when it could score (a 3-day bucket met pairs up to five days apart: twice the comparisons
    where a town has several events a day).

    Keys are symmetric (each pair is met from its lower index: "p" place, "c" map cell, "r"
    region) except the one-way ones, where the other side never looks back: a vague place looks
    into the precise ones of its country ("a"), a relative place into the cells beyond its
    neighbours, a vague mention into the places its text names, an unlocated one into the text
    names of others ("t")."""
    if f.d0 is None:
        stored = looked = ["?"]
    else:
        hi = max(f.d0, min(f.d1, f.d0 + 10))
        lo = f.d0 - LOOK_BACK_DAYS if f.looks_back else f.d0
        stored = list(range(lo, hi + 1))
        looked = list(range(lo - 1, hi + 2))
    store: list[tuple] = []
    both: list[tuple] = []
    one: list[tuple] = []
    cells = far = ()
    cell = None
    if f.lat is not None and f.lon is not None and f.prec < 4:
        cell = cx, cy = int(math.floor(f.lat / CELL_DEG)), int(math.floor(f.lon / CELL_DEG))
        cells = [(cx + i, cy + j) for i in (-1, 0, 1) for j in (-1, 0, 1)]
        if f.relative:       # "east of Homs": look as far as the pair score allows (150 km)
            far = [(cx + i, cy + j) for i in range(-3, 4) for j in range(-3, 4) if max(abs(i), abs(j)) > 1]
    place, region, named = f.place, f.region, f.named
    vague = f.prec >= 4 or f.lat is None
    groups = _ALL_GROUPS if f.untyped else BLOCKS.get(f.sub, (f.group,))
    for g in groups:
        for b in stored:
            if place:
                store.append(("p", g, b, place))
            for n in named:
                if n != place:
                    store.append(("t", g, b, n))
            if cell is not None:
                store.append(("c", g, b, *cell))
            store.append(("r" if vague else "a", g, b, region))
        for b in looked:
            if place:
                both.append(("p", g, b, place))
            if cells:
                both += [("c", g, b, x, y) for x, y in cells]
                if far:
                    one += [("c", g, b, x, y) for x, y in far]
            # a vague mention also meets the mentions placed at a town its text names (a precise one
            # meets them by its map cell); one with no place at all, those whose text names a
            # place it names
            if f.prec >= 4:
                one += [("p", g, b, n) for n in named]
            if f.unlocated:
                one += [("t", g, b, n) for n in named]
            if vague:
                # vague places meet every mention of their country in the window (bounded below)
                both.append(("r", g, b, region))
                if f.lat is not None:
                    one.append(("a", g, b, region))
    return store, both, one


def candidate_pairs(feats: list[Feat]) -> Iterable[tuple[int, int]]:
    """Each pair of mentions that may be one event, once, as (lower index, higher index)."""
    for idx, near in candidate_lists(feats):
        for j in near:
            yield (idx, j) if idx < j else (j, idx)


def candidate_lists(feats: list[Feat]) -> Iterable[tuple[int, Iterable[int]]]:
    """Per mention, the mentions it is compared with (each pair met from one side only), in the
    order candidate_pairs gives them."""
    index: dict[tuple, list[int]] = {}
    looks: list[tuple[list[tuple], list[tuple]]] = []
    # a busy town's mentions of one kind on one day have the same keys: built once, shared (read only)
    made: dict[tuple, tuple[list[tuple], list[tuple], list[tuple]]] = {}
    for f in feats:
        cell = (None if f.lat is None or f.lon is None or f.prec >= 4
                else (math.floor(f.lat / CELL_DEG), math.floor(f.lon / CELL_DEG)))
        sig = (f.d0, f.d1, f.looks_back, cell, f.relative, f.place, f.region, f.named, f.prec >= 4,
               f.lat is None, f.unlocated, f.untyped, f.sub)
        keys = made.get(sig)
        if keys is None:
            if len(made) > 200_000:
                made.clear()
            keys = made[sig] = _keys(f)
        store, both, one = keys
        for k in store:
            index.setdefault(k, []).append(f.idx)
        looks.append((both, one))
    # (each member list is in index order, as the mentions were stored: the members above a
    # mention are one slice of it, cut where its index falls)
    get = index.get
    uses: dict[int, int] = {}
    for both, _ in looks:
        uses[id(both)] = uses.get(id(both), 0) + 1
    # mentions sharing their keys (a busy town's day) meet the same members: their union is taken
    # once per key set, and each mention takes the members above it from the sorted union. The
    # candidates are the same set; a crowded set is ranked by _nearest, whose order does not depend
    # on the set's, and an uncrowded one is gathered key by key as before (its order is the pairs')
    shared: dict[int, tuple[list[int], set[int]]] = {}
    ranks = _Ranks(feats)
    for f, (both, one) in zip(feats, looks):
        idx = f.idx
        if uses[id(both)] > 1:
            union = shared.get(id(both))
            if union is None:
                union = shared[id(both)] = (sorted(_members(both, get)), _members(one, get))
            above_all, anyway = union
            near = set(above_all[bisect_right(above_all, idx):])
            near.update(anyway)
            near.discard(idx)
            if len(near) > MAX_CANDIDATES:
                yield idx, _nearest(f, near, feats, ranks)
                continue
        near = set()
        for k in both:
            members = get(k)
            if members and members[-1] > idx and len(members) <= MAX_KEY_SIZE:
                near.update(members[bisect_right(members, idx):])
        for k in one:
            members = get(k)
            if members and len(members) <= MAX_KEY_SIZE:
                near.update(members)
        near.discard(idx)
        if len(near) > MAX_CANDIDATES:
            near = _nearest(f, near, feats, ranks)
        if near:
            yield idx, near


def _members(keys: list[tuple], get) -> set[int]:
    """Every mention stored under these keys, less the keys too crowded to tell anything."""
    out: set[int] = set()
    for k in keys:
        members = get(k)
        if members and len(members) <= MAX_KEY_SIZE:
            out.update(members)
    return out


class _Ranks:
    """What _nearest compares of each candidate, as flat lists (no attribute look-ups per candidate)."""

    def __init__(self, feats: list[Feat]):
        self.sub = [f.sub for f in feats]
        self.d0 = [f.d0 for f in feats]
        self.times = [f.times for f in feats]
        self.place = [f.place for f in feats]
        self.loose = [f.untyped or f.denial or f.looks_back for f in feats]


def _nearest(f: Feat, near: set[int], feats: list[Feat], ranks: _Ranks | None = None) -> list[int]:
    """The MAX_CANDIDATES candidates most like f by what costs nothing to compare: its type (then a
    type its reports are given), its day, its time of day, its place. Where a town has many events a
    day (or a vague mention meets a whole province's), a mention's own event is among these; the
    rest would score below the threshold on type or day alone, and comparing them all makes the
    cost grow with the square of a busy town's events instead of with the mentions. The order
    depends on the candidates alone, not on the set's order."""
    sub, d0, times, place = f.sub, f.d0, f.times, f.place
    r = ranks or _Ranks(feats)
    subs, d0s, timess, places, looses = r.sub, r.d0, r.times, r.place, r.loose

    def rank(j: int) -> tuple:
        g0, gt = d0s[j], timess[j]
        return (abs(g0 - d0) if d0 is not None and g0 is not None else 1,
                not (times & gt) if times and gt else 0.5, places[j] != place, j)
    # the type comes first: candidates are taken a type score at a time, best first, and only the
    # last tier needed is ranked on the rest (a hot town's other kinds of event are not ranked at all)
    tiers: dict[float, list[int]] = {}
    loose = f.untyped or f.denial or f.looks_back
    for j in near:
        ts = type_score(sub, subs[j])
        if ts == 0.0 and not (loose or looses[j]):
            # in a crowded list, an act of an unrelated type (an IED beside a clash) is another
            # event: its type alone takes a quarter of the score away
            continue
        tier = tiers.get(ts)
        if tier is None:
            tiers[ts] = [j]
        else:
            tier.append(j)
    out: list[int] = []
    for ts in sorted(tiers, reverse=True):
        room = MAX_CANDIDATES - len(out)
        tier = tiers[ts]
        if len(tier) <= room:
            out += sorted(tier, key=rank)
        else:
            out += heapq.nsmallest(room, tier, key=rank)   # = sorted(tier, key=rank)[:room]
        if len(out) >= MAX_CANDIDATES:
            break
    return out                                              # = sorted(near, key=full rank)[:MAX_CANDIDATES]


MAX_REPS = 8               # distinct members per cluster a merge is checked against


def _signature(f: Feat) -> tuple:
    return (f.place or (f.lat, f.lon), f.d0, f.d1, f.sub)


def _holds(a: Feat, b: Feat, s: float | None = None) -> bool:
    """Whether two members may share one event once clusters are merged: they would link on their
    own, or nothing tells them apart -- told at one specific place (one named place, a division
    holding the other, or within about 12 km) and either on overlapping dates or as one kind of
    act. A day apart and of another kind at one place, or at two places, is two events unless the
    pair's own score says otherwise. A vague or unknown place tells nothing apart."""
    if s is None:
        s = score(a, b)
    if s >= THRESHOLD:
        return True
    if s <= 0.0:
        return False
    if a.prec >= 4 or b.prec >= 4 or a.lat is None or b.lat is None:
        return True
    if place_score(a, b) < 0.8:
        return False
    if a.d0 is None or b.d0 is None:
        return True
    gap = (max(a.d0 - LOOK_BACK_DAYS if a.looks_back else a.d0, b.d0 - LOOK_BACK_DAYS if b.looks_back else b.d0)
           - min(a.d1, b.d1))
    return gap <= 0 or type_score(a.sub, b.sub) >= 0.6 or a.untyped or b.untyped or (a.takes and b.takes)


class _Clusters:
    """Union-find that keeps each cluster's cannot-link partners and date span."""

    def __init__(self, feats: list[Feat]):
        self.feats = feats
        self.parent = list(range(len(feats)))
        self.forbid: dict[int, set[int]] = {}
        # per cluster (latest start, earliest end) of its members' date ranges: how far apart its
        # members must lie at the least (a range like "late April" only needs to touch the others)
        self.span = [(f.d0, f.d1) for f in feats]
        self.samples: dict[int, list[int]] = {}
        self.forced: set[int] = set()
        self.memo: dict[tuple[int, int], float] = {}
        # per cluster, one member for each distinct (place, dates, type) it holds: what every
        # merge is checked against (_coherent)
        self.reps: dict[int, list[int]] = {}
        self.sigs = [_signature(f) for f in feats]
        # per cluster, the single days its members state and the reports stating each
        self.days: dict[int, dict[int, set[str]]] = {
            f.idx: {f.d0: {f.report}} for f in feats if f.d0 is not None and f.d0 == f.d1}

    def _other_day(self, ra: int, rb: int) -> bool:
        """Two clusters each told on a single day by two reports or more, and on different days:
        a day's slack lets one misdated report join its event, but two reports agreeing on a day
        and two agreeing on the next tell of two days' events (the shelling of a town each day)."""
        da, db = self.days.get(ra), self.days.get(rb)
        if not da or not db or da.keys() & db.keys():
            return False
        return (len(set().union(*da.values())) >= 2 and len(set().union(*db.values())) >= 2)

    def _agree(self, ra: int, rb: int) -> bool:
        """Single linkage chains look-alike events through one shared neighbour; a merge must
        also hold between the first members of the two clusters (on average)."""
        if ra in self.forced or rb in self.forced:   # an analyst's merge: they know better
            return True
        sa, sb = self.samples.get(ra, [ra]), self.samples.get(rb, [rb])
        if len(sa) == 1 and len(sb) == 1:
            return True
        pairs = [(a, b) for a in sa for b in sb]
        return sum(self._score(a, b) for a, b in pairs) / len(pairs) >= THRESHOLD - 0.1

    def _score(self, a: int, b: int) -> float:
        """score(), remembered across merges: _agree and _coherent ask for the same pairs, a merge
        refused once is asked again for each other link between the same two clusters, and the
        representatives a cluster keeps are checked again each time it grows."""
        key = (a, b) if a < b else (b, a)
        s = self.memo.get(key)
        if s is None:
            s = self.memo[key] = score(self.feats[a], self.feats[b])
        return s

    def _coherent(self, ra: int, rb: int) -> bool:
        """Single linkage chains one day's capture at X, through "advanced toward Y from X" told
        over two days, to the next day's road cut between X and Y: each link is good, the ends are
        two events. A merge must hold between every kind of member of the two clusters (each
        distinct place, dates and type; a bounded number): a pair that would not link on its own
        may only share an event when it is told at one specific place, in one day window or of
        one kind of act. Vague places are left out: they attach to one event only (cluster())."""
        if ra in self.forced or rb in self.forced:
            return True
        feats = self.feats
        for a in self.reps.get(ra, (ra,)):
            for b in self.reps.get(rb, (rb,)):
                if not _holds(feats[a], feats[b], self._score(a, b)):
                    return False
        return True

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def forbid_pair(self, a: int, b: int) -> None:
        self.forbid.setdefault(a, set()).add(b)
        self.forbid.setdefault(b, set()).add(a)

    def union(self, a: int, b: int, force: bool = False, s: float | None = None) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if s is not None:
            self.memo[(a, b) if a < b else (b, a)] = s
        if len(self.memo) > 4_000_000:   # (scores never change: the memo only bounds its memory)
            self.memo.clear()
        fa, fb = self.forbid.get(ra, set()), self.forbid.get(rb, set())
        if not force:
            if any(self.find(x) == rb for x in fa) or any(self.find(x) == ra for x in fb):
                return False
            (a0, a1), (b0, b1) = self.span[ra], self.span[rb]
            if None not in (a0, a1, b0, b1) and max(a0, b0) - min(a1, b1) > MAX_SPAN_DAYS:
                return False
            if self._other_day(ra, rb) or not self._agree(ra, rb) or not self._coherent(ra, rb):
                return False
        sa, sb = self.samples.pop(ra, [ra]), self.samples.pop(rb, [rb])
        if len(fa) < len(fb):
            ra, rb, fa, fb = rb, ra, fb, fa
        self.parent[rb] = ra
        self.samples[ra] = (sa + sb)[:2]
        reps, seen = [], set()
        sigs = self.sigs
        for k in self.reps.pop(ra, [ra]) + self.reps.pop(rb, [rb]):
            sig = sigs[k]
            if sig not in seen and len(reps) < MAX_REPS:
                seen.add(sig)
                reps.append(k)
        self.reps[ra] = reps
        if force or rb in self.forced:
            self.forced.add(ra)
        self.forced.discard(rb)
        if fb:
            self.forbid.setdefault(ra, set()).update(fb)
            self.forbid.pop(rb, None)
        db = self.days.pop(rb, None)
        if db:
            da = self.days.setdefault(ra, {})
            for d, reports in db.items():
                da.setdefault(d, set()).update(reports)
        (a0, a1), (b0, b1) = self.span[ra], self.span[rb]
        lo = [x for x in (a0, b0) if x is not None]
        hi = [x for x in (a1, b1) if x is not None]
        self.span[ra] = (max(lo) if lo else None, min(hi) if hi else None)
        return True


PAIR_CHUNK = 1 << 21      # candidate pairs screened at once (bounds the screen's arrays: ~100 MB)


def _links(feats: list[Feat]) -> list[tuple[float, int, int]]:
    """Every candidate pair scoring at least THRESHOLD, as (score, i, j), i < j, in candidate order.

    At a busy town's density about half the candidate pairs are two named places more than 10 km
    apart (the map cells around it), other days or kinds of event that cannot be one: score() says
    0 for them after some Python work each. They are screened out first, a chunk of pairs at a time,
    by the same tests done on arrays (_Screen); only pairs the screen cannot rule out are scored, so
    the links are exactly score()'s."""
    screen = _Screen(feats)
    links: list[tuple[float, int, int]] = []
    rows, cols = array("l"), array("l")

    def flush() -> None:
        if not rows:
            return
        a, b = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
        del rows[:], cols[:]
        lo, hi = np.minimum(a, b), np.maximum(a, b)
        keep = np.flatnonzero(screen.may_link(lo, hi))
        for i, j in zip(lo[keep].tolist(), hi[keep].tolist()):
            s = score(feats[i], feats[j])
            if s >= THRESHOLD:
                links.append((s, i, j))

    for idx, near in candidate_lists(feats):
        rows.extend(repeat(idx, len(near)))
        cols.extend(near)
        if len(rows) >= PAIR_CHUNK:
            flush()
    flush()
    return links


class _Screen:
    """score()'s hard zeros on arrays: two kinds of event the table does not pair (neither
    untyped), dates more than a day apart (a look-back allowed), or two places too far apart
    (place_score's -1: two named exact places more than 10 km apart, other points more than 60 km,
    150 from a relative place; only where no text names either place and neither is a division).
    A pair passing is scored in full; one failing would score 0 (distances with a metre's margin
    for rounding)."""

    def __init__(self, feats: list[Feat]):
        subs = {f.sub: k for k, f in enumerate(dict((f.sub, f) for f in feats).values())}
        names = list(subs)
        self.sub = np.array([subs[f.sub] for f in feats], dtype=np.int32)
        groups = {g: k for k, g in enumerate(dict.fromkeys(group(n) for n in names))}
        sub_group = np.array([groups[group(n)] for n in names], dtype=np.int32)
        # pair of types that may be one event: one kind, or paired by the table
        self.joins = ((sub_group[:, None] == sub_group[None, :])
                      | np.array([[compatible(x, y) for y in names] for x in names], dtype=bool))
        self.untyped = np.array([f.untyped for f in feats], dtype=bool)
        dated = [f.d0 is not None and f.d1 is not None for f in feats]
        self.dated = np.array(dated, dtype=bool)
        self.d0 = np.array([(f.d0 - LOOK_BACK_DAYS if f.looks_back else f.d0) if ok else 0
                            for f, ok in zip(feats, dated)], dtype=np.int64)
        self.d1 = np.array([f.d1 if ok else 0 for f, ok in zip(feats, dated)], dtype=np.int64)
        places: dict[str, int] = {}
        self.place = np.array([places.setdefault(f.place, len(places)) if f.place else -1 for f in feats],
                              dtype=np.int64)
        # a place whose name a mention's text gives may score however far (place_score's 0.7), and
        # a division may hold the other's place: only mentions placed at a point finer than a
        # division that no text names are screened on distance
        said = {n for f in feats for n in f.named}
        self.point = np.array([f.lat is not None and f.lon is not None and f.prec < 4 and f.place not in said
                               for f in feats], dtype=bool)
        self.exact = np.array([f.prec == 1 and bool(f.place) for f in feats], dtype=bool)
        self.relative = np.array([f.relative for f in feats], dtype=bool)
        self.lat = np.array([f.lat if f.lat is not None else 0.0 for f in feats], dtype=np.float64)
        self.lon = np.array([f.lon if f.lon is not None else 0.0 for f in feats], dtype=np.float64)

    def may_link(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        sa, sb = self.sub[a], self.sub[b]
        ok = self.joins[sa, sb] | self.untyped[a] | self.untyped[b]
        both = self.dated[a] & self.dated[b]
        gap = np.maximum(self.d0[a], self.d0[b]) - np.minimum(self.d1[a], self.d1[b])
        ok &= ~(both & (gap > 1))
        apart = self.point[a] & self.point[b] & ((self.place[a] != self.place[b]) | (self.place[a] < 0))
        if apart.any():
            k = np.flatnonzero(apart)
            a, b = a[k], b[k]
            la, lb, oa, ob = self.lat[a], self.lat[b], self.lon[a], self.lon[b]
            dp, dl = np.radians(lb - la), np.radians(ob - oa)
            flat = 6371.0 * np.hypot(dp, dl * np.cos(np.radians((la + lb) / 2)))
            p1, p2 = np.radians(la), np.radians(lb)
            h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
            sphere = 12742.0 * np.arcsin(np.minimum(1.0, np.sqrt(h)))
            dist = np.where((np.abs(dp) < 0.05) & (np.abs(dl) < 0.05), flat, sphere)
            # two named exact places: 10 km; else 60 km, 150 from "east of X"
            limit = np.where(self.exact[a] & self.exact[b], 10.0,
                             np.where(self.relative[a] | self.relative[b], 150.0, 60.0))
            ok[k[dist > limit + 0.001]] = False
        return ok


def cluster(mentions: list[Mention], must_link: Iterable[tuple[str, str]] = (),
            cannot_link: Iterable[tuple[str, str]] = ()) -> list[list[int]]:
    """Groups of mention indexes, one group per event."""
    feats = [features(i, m) for i, m in enumerate(mentions)]
    pos = {m.id: i for i, m in enumerate(mentions)}
    uf = _Clusters(feats)
    for a, b in cannot_link:
        if a in pos and b in pos:
            uf.forbid_pair(pos[a], pos[b])
    for a, b in must_link:
        if a in pos and b in pos:
            uf.union(pos[a], pos[b], force=True)
    links = _links(feats)
    links.sort(key=lambda x: -x[0])
    # a vague mention ("in Idlib province") may join one event, not bridge two: it attaches
    # through its best link to a precise mention only, so single linkage cannot chain precise events
    # through it. Links between two vague mentions come after all others: each then joins the
    # other's event when only one of them has one ("Amaq: jets bombed a market in Deir ez-Zor
    # province" and the ministry's denial placed at the province both join the market strike)
    vague = [f.prec >= 4 or f.lat is None for f in feats]
    links = [x for x in links if not (vague[x[1]] and vague[x[2]])] + \
        [x for x in links if vague[x[1]] and vague[x[2]]]
    attached: set[int] = set()
    for s, i, j in links:
        if uf.find(i) == uf.find(j):
            continue
        if vague[i] and vague[j]:
            if i in attached and j in attached:
                continue
        elif (vague[i] and i in attached) or (vague[j] and j in attached):
            continue
        if uf.union(i, j, s=s):
            attached.update(k for k in (i, j) if vague[k])
    groups: dict[int, list[int]] = {}
    for i in range(len(feats)):
        groups.setdefault(uf.find(i), []).append(i)
    return list(groups.values())
