"""Casualty figures: every claimant's side by side, one reconciled entry, running tallies.

Tolls rise as a story develops, so each origin's latest figure stands for it; the reconciled
best is the median of those, low and high the extremes anyone gave. Officially confirmed figures
(the frame says so, or the side that suffered them gives them) are kept apart from reported ones.
"""
from __future__ import annotations

import re
import statistics
from datetime import date
from typing import Iterable

from livedesk.model import Event, Mention
from livedesk.read.lexicon import side_key
from livedesk.sources import MOUTHPIECES, origin_key


def _own_words(c, text: str) -> str:
    """The part of a claim's text that is the claimant's own: the clause naming it when the text
    sets two speakers' words side by side ("SOHR put the toll at 12, while Amaq said 17")."""
    from livedesk.fuse.corroborate import _CLAUSES
    clauses = [x for x in _CLAUSES.split(text) if x.strip()]
    if len(clauses) < 2:
        return text
    names = [c.claimant or "", c.canonical or ""]
    words = {w for n in names for w in re.findall(r"[\w’'-]+", n) if w[:1].isupper() and len(w) > 2}
    mine = [x for x in clauses if any(w in x for w in words)]
    return " ".join(mine) if len(mine) == 1 else text


def figures(ms: list[Mention]) -> list[dict]:
    """One entry per figure a claimant gives, oldest first, then a 'reconciled' entry.

    A figure stays with the claimant whose own words give it: each claim's statement is read for
    its figures, and the frame's figure (which merges the sentences of a passage) goes to a
    claimant only when no claim's statement gives one."""
    from livedesk.fuse.corroborate import OWN, _copies, _published, claims_of, label, victims_side
    from livedesk.read.casualties import extract
    rows: list[dict] = []
    seen: set[tuple] = set()
    ms = sorted(ms, key=lambda m: (_published(m), m.id))
    copies = _copies(ms)                 # a syndicated copy repeats a figure, it adds none
    for m in ms:
        if m.id in copies and not m.claims:
            continue
        f = m.frame.fatalities
        given = []
        for c in claims_of(m):
            if c.stance in ("denies", "unconfirmed") or not c.text:
                continue
            own = extract(_own_words(c, c.text))
            if own.best is not None or own.injured is not None:
                own.side = own.side or (f.side if f else None)
                own.confirmed = own.confirmed or bool(f and f.confirmed and f.best == own.best)
                given.append((c, own))
        if not given:
            if f is None or (f.best is None and f.low is None and f.high is None and f.injured is None):
                continue
            cs = [c for c in claims_of(m) if c.stance not in ("denies", "unconfirmed")] or claims_of(m)
            given = [(cs[0], f)]
        for c, fig in given:
            side = fig.side
            if not side and c.claimant_kind in MOUTHPIECES and c.alignment \
                    and (c.alignment in (hurt := victims_side(m.text, fig))
                         or (OWN in hurt and c.claimant_kind == "official")):
                side = c.alignment             # "according to a Russian official, a Russian serviceman died"
            own_side = c.claimant_kind in MOUTHPIECES and side and c.alignment == side_key(side)
            origin = origin_key(c.canonical or c.claimant, c.claimant_kind, c.alignment)
            key = (origin, fig.best, fig.low, fig.high, fig.injured)
            if key in seen:                    # an origin's figure told twice (two sentences, a copy) is one
                continue
            seen.add(key)
            # one report's sentences each giving part of one origin's figures ("17 were killed";
            # "dozens more were wounded") are one statement of that origin's figures
            same = next((r for r in rows if r["origin"] == origin and r["report_id"] == m.report_id), None)
            if same is not None and all(same[k] is None or v is None or same[k] == v for k, v in
                                        (("best", fig.best), ("low", fig.low), ("high", fig.high),
                                         ("injured", fig.injured))):
                for k, v in (("best", fig.best), ("low", fig.low), ("high", fig.high), ("injured", fig.injured)):
                    if same[k] is None and v is not None:
                        same[k] = v
                same["side"] = same["side"] or side
                same["at_least"] = same["low"] is not None and same["high"] is None
                continue
            rows.append({"claimant": label(c), "via": list(c.via), "origin": origin,
                         "best": fig.best, "low": fig.low, "high": fig.high, "injured": fig.injured,
                         "side": side, "confirmed": bool(fig.confirmed or own_side),
                         "at_least": fig.low is not None and fig.high is None,
                         "report_id": m.report_id,
                         "published": m.published.isoformat() if m.published else None})
    if rows:
        rows.append(reconcile(rows))
    return rows


def reconcile(rows: list[dict]) -> dict:
    """Each origin's latest figure stands for it; the best is their median, raised to the
    highest lower bound anyone gives ("at least 12" says 12 or more: an older "five" elsewhere
    cannot bring it down)."""
    latest: dict[str, dict] = {}
    for r in rows:                       # rows are oldest first: later figures replace earlier
        if r.get("claimant") != "reconciled":
            latest[r["origin"]] = r
    def val(r, k):
        return r[k] if r[k] is not None else r["best"]
    bests = [r["best"] for r in latest.values() if r["best"] is not None]
    lows = [v for r in latest.values() if (v := val(r, "low")) is not None]
    highs = [v for r in latest.values() if (v := val(r, "high")) is not None]
    floors = [r["low"] for r in latest.values() if r.get("at_least") and r["low"] is not None]
    conf = [r["best"] for r in latest.values() if r["confirmed"] and r["best"] is not None]
    inj = [r["injured"] for r in latest.values() if r["injured"] is not None]
    sides = [r["side"] for r in latest.values() if r["side"]]
    best = int(statistics.median_low(bests)) if bests else None
    if floors and (best is None or best < max(floors)):
        best = max(floors)
    return {"claimant": "reconciled", "best": best,
            "low": max([min(lows)] + floors) if lows else None, "high": max(highs) if highs else None,
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
