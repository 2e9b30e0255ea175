"""Casualty figures: every claimant's side by side, one reconciled entry, running tallies.

Tolls rise as a story develops, so each origin's latest figure stands for it; the reconciled
best is the median of those, low and high the extremes anyone gave. Officially confirmed figures
(the frame says so, or the side that suffered them gives them) are kept apart from reported ones.
"""
from __future__ import annotations

import statistics
from datetime import date
from typing import Iterable

from livedesk.model import Event, Mention
from livedesk.sources import MOUTHPIECES, origin_key


def figures(ms: list[Mention]) -> list[dict]:
    """One entry per mention that gives a figure, oldest first, then a 'reconciled' entry."""
    from livedesk.fuse.corroborate import OWN, _copies, _published, claims_of, label, victims_side
    rows: list[dict] = []
    ms = sorted(ms, key=lambda m: (_published(m), m.id))
    copies = _copies(ms)                 # a syndicated copy repeats a figure, it adds none
    for m in ms:
        if m.id in copies and not m.claims:
            continue
        f = m.frame.fatalities
        if f is None or (f.best is None and f.low is None and f.high is None and f.injured is None):
            continue
        c = claims_of(m)[0]
        side = f.side
        if not side and c.claimant_kind in MOUTHPIECES and c.alignment \
                and (c.alignment in (hurt := victims_side(m.text, f))
                     or (OWN in hurt and c.claimant_kind == "official")):
            side = c.alignment             # "according to a Russian official, a Russian serviceman died"
        own_side = c.claimant_kind in MOUTHPIECES and side and c.alignment == side
        rows.append({"claimant": label(c), "via": list(c.via),
                     "origin": origin_key(c.canonical or c.claimant, c.claimant_kind, c.alignment),
                     "best": f.best, "low": f.low, "high": f.high, "injured": f.injured,
                     "side": side, "confirmed": bool(f.confirmed or own_side),
                     "report_id": m.report_id,
                     "published": m.published.isoformat() if m.published else None})
    if rows:
        rows.append(reconcile(rows))
    return rows


def reconcile(rows: list[dict]) -> dict:
    latest: dict[str, dict] = {}
    for r in rows:                       # rows are oldest first: later figures replace earlier
        if r.get("claimant") != "reconciled":
            latest[r["origin"]] = r
    def val(r, k):
        return r[k] if r[k] is not None else r["best"]
    bests = [r["best"] for r in latest.values() if r["best"] is not None]
    lows = [v for r in latest.values() if (v := val(r, "low")) is not None]
    highs = [v for r in latest.values() if (v := val(r, "high")) is not None]
    conf = [r["best"] for r in latest.values() if r["confirmed"] and r["best"] is not None]
    inj = [r["injured"] for r in latest.values() if r["injured"] is not None]
    sides = [r["side"] for r in latest.values() if r["side"]]
    best = int(statistics.median_low(bests)) if bests else None
    return {"claimant": "reconciled", "best": best,
            "low": min(lows) if lows else None, "high": max(highs) if highs else None,
            "injured": max(inj) if inj else None,
            "side": max(set(sides), key=sides.count) if sides else None,
            "confirmed": max(conf) if conf else None,
            "reported": max(bests) if bests else None,
            "origins": len(latest)}


def toll_conflicts(rows: list[dict]) -> list[str]:
    """Death tolls from different origins that differ by half or more, said plainly."""
    latest: dict[str, dict] = {}
    for r in rows:
        if r.get("claimant") != "reconciled" and r.get("best") is not None:
            latest[r["origin"]] = r
    if len(latest) < 2:
        return []
    lo = min(latest.values(), key=lambda r: r["best"])
    hi = max(latest.values(), key=lambda r: r["best"])
    if lo["best"] and hi["best"] >= 2 * lo["best"]:
        return [f"death tolls differ: {lo['best']} ({lo['claimant']}) vs {hi['best']} ({hi['claimant']})"]
    return []


def tally(events: Iterable[Event], side: str, since: str | None = None, until: str | None = None,
          country: str | None = None) -> dict:
    """Running tally of one side's dead: officially confirmed and reported, over events.

    tally(events, "Military Forces of Russia", since="2015-09-30", country="SY")
    -> {"subject": ..., "confirmed": 7, "reported": 8, "events": 8}
    """
    lo = date.fromisoformat(since) if since else date.min
    hi = date.fromisoformat(until) if until else date.max
    confirmed = reported = n = 0
    for e in events:
        rec = next((r for r in e.casualties if r.get("claimant") == "reconciled"), None)
        if rec is None or (rec.get("side") or e.frame.fatalities.side) != side:
            continue
        when = e.frame.date_end or e.frame.date_start
        if when and not lo <= date.fromisoformat(when[:10]) <= hi:
            continue
        loc = e.frame.location
        if country and (loc is None or loc.country != country):
            continue
        n += 1
        confirmed += rec.get("confirmed") or 0
        reported += max(rec.get("reported") or 0, rec.get("confirmed") or 0)
    subject = f"{side} deaths" + (f" in {country}" if country else "") + (f" since {since}" if since else "")
    return {"subject": subject, "confirmed": confirmed, "reported": reported, "events": n}
