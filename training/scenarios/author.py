"""Writes the multi-report sets (training/scenarios/{train,validation,heldout}/*.json) from the sets as we
wrote them (sets_*.py beside this file). Deterministic: the same sets give the same files.

    .venv/bin/python training/scenarios/author.py

Each set is written as a mention set (livedesk.fuse.sets reads it): one mention per event a report
tells, with the frame an attentive reader would give it (type, actors, place, date, figures), the
claims in it (claimant, relays, stance, and the claimant's own words where a sentence holds two
speakers), and the gold event it belongs to; `expect` gives each gold event's status; `reports`
keeps each report whole for the end-to-end run (the real reader on the text).
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


@dataclass
class C:
    """A claim: who says it, how (asserts, denies, confirms, uncertain, unconfirmed), through whom."""
    claimant: str
    stance: str = "asserts"
    via: tuple[str, ...] = ()
    text: str = ""               # the claimant's own words, where one sentence holds two speakers


@dataclass
class M:
    """One event a report tells: its gold event, its claims, and where its frame differs from the
    event's (another type, a vaguer place, a day off, the figures this report gives)."""
    event: str
    claims: list[C] = field(default_factory=list)
    text: str = ""               # this mention's sentences when the report tells several events
    type: str | None = None
    fat: tuple | None = None     # (best, low, high)
    vague: str | None = None     # the division the report names instead of the town
    day: str | None = None       # the date this report gives, when not the event's
    actor1: str | None = "="     # "=" the event's; None: the report names no doer
    actor2: str | None = "="


@dataclass
class R:
    outlet: str
    at: str                      # publication time, ISO, UTC
    text: str
    mentions: list[M]
    genre: str = "wire"


@dataclass
class E:
    type: str
    actor1: str | None
    actor2: str | None
    place: tuple                 # (name, lat, lon, country code, admin1)
    date: str
    status: str
    why: str = ""


@dataclass
class S:
    id: str
    war: str
    part: str                    # train | validation | heldout
    about: str
    events: dict[str, E]
    reports: list[R]


def _frame(ev: E, m: M) -> dict:
    name, lat, lon, cc, adm = ev.place
    loc = {"name": name, "lat": lat, "lon": lon, "country": cc, "admin1": adm, "precision": 1}
    if m.vague:
        loc = {"name": m.vague, "lat": lat + 0.25, "lon": lon + 0.25, "country": cc, "admin1": adm,
               "precision": 4}
    day = m.day or ev.date
    f = {"sub_event_type": m.type or ev.type,
         "actor1": ev.actor1 if m.actor1 == "=" else m.actor1,
         "actor2": ev.actor2 if m.actor2 == "=" else m.actor2,
         "date_start": day, "date_end": day, "date_precision": 1, "location": loc, "confidence": 0.7}
    if m.fat:
        best, low, high = (list(m.fat) + [None, None])[:3]
        f["fatalities"] = {"best": best, "low": low if low is not None else best, "high": high}
    return f


def write(s: S, out: Path) -> dict:
    mentions, reports = [], []
    for k, r in enumerate(s.reports):
        rid = f"{s.id}-r{k + 1}"
        parts = []
        for j, m in enumerate(r.mentions):
            text = m.text or r.text
            parts.append({"event": m.event, "text": text})
            claims = [{"claimant": c.claimant, "stance": c.stance, "via": list(c.via),
                       **({"text": c.text} if c.text else {})} for c in m.claims]
            mentions.append({"id": f"{rid}#{j}", "report_id": rid, "outlet": r.outlet,
                             "published": r.at, "text": text, "frame": _frame(s.events[m.event], m),
                             "claims": claims, "event": f"{s.id}/{m.event}"})
        reports.append({"id": rid, "outlet": r.outlet, "published": r.at, "genre": r.genre,
                        "text": r.text, "mentions": parts})
    d = {"id": s.id, "war": s.war, "part": s.part, "about": s.about,
         "expect": {f"{s.id}/{k}": {"status": ev.status, "why": ev.why} for k, ev in s.events.items()},
         "mentions": mentions, "reports": reports}
    path = out / s.part / f"{s.id}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(d, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return d


def main() -> None:
    import sets_africa
    import sets_east
    import sets_heldout
    import sets_heldout2
    import sets_levant
    import sets_own7
    import sets_own8
    import sets_heldout3
    import sets_heldout4
    import sets_heldout5
    import sets_own10
    import sets_heldout6
    import sets_heldout7
    import sets_heldout8
    import sets_heldout9
    import sets_heldout10
    import sets_heldout11
    import sets_heldout12
    everything = (sets_levant.SETS + sets_east.SETS + sets_africa.SETS + sets_heldout.SETS + sets_heldout2.SETS
                  + sets_own7.SETS + sets_own8.SETS + sets_heldout3.SETS + sets_heldout4.SETS
                  + sets_heldout5.SETS + sets_own10.SETS + sets_heldout6.SETS + sets_heldout7.SETS
                  + sets_heldout8.SETS + sets_heldout9.SETS + sets_heldout10.SETS + sets_heldout11.SETS + sets_heldout12.SETS)
    ids = [s.id for s in everything]
    assert len(ids) == len(set(ids)), "set ids must be unique"
    for part in ("train", "validation", "heldout", "heldout2", "train2", "train3", "heldout3", "heldout4", "heldout5", "train4", "heldout6", "heldout7", "heldout8", "heldout8val", "heldout9", "heldout9val", "heldout10", "heldout11", "heldout11val", "heldout12"):
        for old in (HERE / part).glob("*.json"):
            old.unlink()
    counts: dict[str, int] = {}
    for s in everything:
        assert 3 <= len(s.reports) <= 8, f"{s.id}: {len(s.reports)} reports (3-8 wanted)"
        write(s, HERE)
        for ev in s.events.values():
            counts[ev.status] = counts.get(ev.status, 0) + 1
    print(f"{len(everything)} sets, {sum(len(s.reports) for s in everything)} reports; "
          f"event statuses: {dict(sorted(counts.items()))}")


if __name__ == "__main__":
    main()
