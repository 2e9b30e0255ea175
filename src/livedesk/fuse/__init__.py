"""Fusion: mentions of one event across reports (and live-blog updates) become one Event.

    events = fuse(mentions, must_link=[("r1#0", "r7#2")], cannot_link=[...], now=...)

match.py decides which mentions are one event; this module merges their frames; corroborate.py
says who stands behind it; casualties.py sets the figures side by side.

Event ids are stable across re-fusions: "e-" + sha1 of the id of the cluster's earliest mention
(earliest published, ties by id), so a new report joining an event keeps its id, and the store
can upsert by it. Only a report published before all the others (a late back-fill) moves it.
"""
from __future__ import annotations

import gc
import hashlib
from collections import Counter
from datetime import datetime, timezone
from typing import Iterable

from livedesk.fuse.casualties import figures, tally, toll_conflicts
from livedesk.fuse.corroborate import _published, assess
from livedesk.fuse.match import cluster
from livedesk.fuse.places import where_precision
from livedesk.model import Event, EventFrame, Fatalities, Mention
from livedesk.settings import get_settings


def event_id(ms: list[Mention]) -> str:
    first = min(ms, key=lambda m: (_published(m), m.id))
    return "e-" + hashlib.sha1(first.id.encode("utf-8")).hexdigest()[:12]


def _vote(values: list, weights: list[float], besides=None):
    score: Counter = Counter()
    for v, w in zip(values, weights):
        if v and v != besides:
            score[v] += w
    return score.most_common(1)[0][0] if score else None


def merge_frames(ms: list[Mention], casualties: list[dict]) -> EventFrame:
    """One frame for the event: votes for type and actors, the most precise place and date."""
    frames = [m.frame for m in ms]
    w = [max(f.confidence, 0.05) for f in frames]
    best = max(frames, key=lambda f: f.confidence)
    sub = _vote([f.sub_event_type for f in frames], w) or best.sub_event_type
    located = [f for f in frames if f.location is not None]
    loc = None
    if located:
        # the most specific place: a town over the province holding it (precision as the name says)
        top = min(where_precision(f.location) for f in located)
        precise = [f for f in located if where_precision(f.location) == top]
        name = _vote([f.location.name for f in precise], [f.confidence for f in precise])
        loc = next(f.location for f in precise if f.location.name == name)
    dated = [f for f in frames if f.date_start or f.date_end]
    d0 = d1 = prec = None
    if dated:
        starts = [f.date_start for f in dated if f.date_start]
        ends = [f.date_end for f in dated if f.date_end]
        lo, hi = max(starts) if starts else None, min(ends) if ends else None
        if lo and hi and lo <= hi:                     # the dates every report allows
            d0, d1 = lo, hi
        else:
            f = min(dated, key=lambda f: f.date_precision or 9)
            d0, d1 = f.date_start, f.date_end
        prec = min((f.date_precision for f in dated if f.date_precision), default=None)
        if d0 and d1 and d0 == d1:
            prec = 1
    rec = next((r for r in casualties if r["claimant"] == "reconciled"), None)
    fat = Fatalities()
    if rec:
        fat = Fatalities(best=rec["best"], low=rec["low"], high=rec["high"], injured=rec["injured"],
                         side=rec["side"], confirmed=rec["confirmed"] is not None
                         and rec["confirmed"] == rec["best"])
    weapons = list(dict.fromkeys(x for f in frames for x in f.weapons))
    conf = 1.0
    for f in frames:
        conf *= 1.0 - min(max(f.confidence, 0.0), 0.99)
    # one actor is not both sides: actor2 is the side most named second that is not actor1, else
    # the one a report names first while naming actor1 second (the roles read the other way round)
    actor1 = _vote([f.actor1 for f in frames], w)
    actor2 = (_vote([f.actor2 for f in frames], w, besides=actor1)
              or _vote([f.actor1 for f in frames if f.actor2 == actor1], w, besides=actor1))
    return EventFrame(
        sub_event_type=sub, summary=best.summary, actor1=actor1, actor2=actor2,
        date_start=d0, date_end=d1, date_precision=prec, location=loc, fatalities=fat,
        weapons=weapons, claims=[], confidence=round(min(0.99, 1.0 - conf), 3),
        background=all(f.background for f in frames))


def fuse(mentions: list[Mention], must_link: Iterable[tuple[str, str]] = (),
         cannot_link: Iterable[tuple[str, str]] = (), now: datetime | None = None) -> list[Event]:
    """One Event per real-world event, each with its status and the reasons for it."""
    if not mentions:
        return []
    now = now or datetime.now(timezone.utc)
    if now.tzinfo is None:
        now = now.replace(tzinfo=timezone.utc)
    stale_hours = get_settings().stale_after_hours
    # Fusion allocates millions of small objects that live until it returns (features, keys,
    # pairs) and makes next to no reference cycles: the cyclic collector, run every few hundred
    # allocations, would walk the whole growing heap again and again for nothing (a tenth of the
    # time at 100k mentions, more at 1M). Reference counting still frees what dies; the collector
    # runs as usual once fusion is done.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _fuse(mentions, must_link, cannot_link, now, stale_hours)
    finally:
        if was_enabled:
            gc.enable()


def _fuse(mentions: list[Mention], must_link, cannot_link, now: datetime, stale_hours: float) -> list[Event]:
    events = []
    for group in cluster(mentions, must_link, cannot_link):
        ms = sorted((mentions[i] for i in group), key=lambda m: (_published(m), m.id))
        cas = figures(ms)
        frame = merge_frames(ms, cas)
        verdict = assess(ms, frame, now, stale_hours)
        verdict["contradictions"] += toll_conflicts(cas)
        events.append(Event(id=event_id(ms), frame=frame, mention_ids=[m.id for m in ms],
                            casualties=cas, **verdict))
    events.sort(key=lambda e: (e.first_reported or {}).get("published") or "", reverse=True)
    return events


__all__ = ["fuse", "tally", "event_id", "merge_frames"]
