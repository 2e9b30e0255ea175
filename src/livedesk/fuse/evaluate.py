"""Reading mention sets from JSON and scoring fusion against known events (tests and benches).

A mention set is {"mentions": [{"id", "report_id", "outlet", "published", "text", "frame": {...},
"claims": [{"claimant", "via", "stance", ...}], "event": "<true event label>"}], "expect": {...}}.
Claims written by hand name only claimant, via and stance: kind, alignment and canonical name come
from the sources lexicon, as they would from attribution.
"""
from __future__ import annotations

from datetime import datetime
from itertools import combinations
from typing import Iterable

from livedesk.model import Claim, Event, EventFrame, Mention
from livedesk.sources import classify, lookup, side_of


def claim_from_dict(d: dict) -> Claim:
    c = Claim.from_dict(d)
    src = classify(c.claimant, side_of(c.claimant))
    hit = lookup(c.claimant)
    c.claimant_kind = c.claimant_kind or src.kind
    c.alignment = c.alignment if "alignment" in d else src.alignment
    c.canonical = c.canonical or (hit.name if hit else None)
    c.via = [lookup(v).name if lookup(v) else v for v in c.via]
    return c


def mention_from_dict(d: dict) -> Mention:
    pub = d.get("published")
    return Mention(id=d["id"], report_id=d.get("report_id") or d["id"].split("#")[0],
                   frame=EventFrame.from_dict(d["frame"]),
                   claims=[claim_from_dict(c) for c in d.get("claims", [])],
                   outlet=d.get("outlet"), url=d.get("url"), text=d.get("text", ""),
                   published=datetime.fromisoformat(pub.replace("Z", "+00:00")) if pub else None)


def pairwise(events: Iterable[Event], truth: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of "same event" over the mentions labelled in `truth`."""
    pred = set()
    for e in events:
        ids = sorted(i for i in e.mention_ids if i in truth)
        pred.update(combinations(ids, 2))
    by_label: dict[str, list[str]] = {}
    for mid, lab in truth.items():
        by_label.setdefault(lab, []).append(mid)
    gold = set()
    for ids in by_label.values():
        gold.update(combinations(sorted(ids), 2))
    tp = len(pred & gold)
    precision = tp / len(pred) if pred else 1.0
    recall = tp / len(gold) if gold else 1.0
    return precision, recall


def mentions_of(report, reading) -> list[Mention]:
    """The mentions fusion gets for one read report, built as the store builds them
    (Store.mentions): id "<report id>#<frame index>", the frame's own claims, the text of its span."""
    out = []
    for i, f in enumerate(reading.events):
        text = report.text[f.start:f.end] if f.end > f.start else ""
        out.append(Mention(id=f"{reading.report_id}#{i}", report_id=reading.report_id, frame=f,
                           claims=[reading.claims[k] for k in f.claims if 0 <= k < len(reading.claims)],
                           outlet=report.outlet, published=report.published, url=report.url, text=text))
    return out


def label_by_cues(text: str, gold_events: list[dict], mentions: list[Mention],
                  core_only: bool = True) -> dict[str, str]:
    """mention id -> gold event id, for mentions whose span holds one of a gold event's claim cues.

    A span holding the cues of several events (one sentence telling two of them) goes to the one
    whose gold sub-event types include the frame's type; when that does not decide, it is left out.
    """
    from livedesk.read.claims_eval import locate
    cues: list[tuple[int, int, dict]] = []
    for ev in gold_events:
        if core_only and not ev.get("core"):
            continue
        for g in ev.get("claims", []):
            span = locate(text, g["cue"])
            if span is not None:
                cues.append((span[0], span[1], ev))
    out: dict[str, str] = {}
    for m in mentions:
        s, e = m.frame.start, m.frame.end
        if e <= s:
            continue
        hits = {ev["id"]: ev for a, b, ev in cues if min(e, b) - max(s, a) >= 0.6 * (b - a)}
        if len(hits) > 1:
            typed = [k for k, ev in hits.items() if m.frame.sub_event_type in ev.get("sub_event_type", [])]
            hits = {k: hits[k] for k in typed}
        if len(hits) == 1:
            out[m.id] = next(iter(hits))
    return out


def gold_status(text: str) -> str | None:
    """The status word a gold.json status note opens with ('officially confirmed ...' -> confirmed)."""
    from livedesk.model import STATUSES
    head = text.split(":")[0].split(";")[0].strip().lower()
    if "confirmed" in head and "not" not in head and "un" not in head.split()[0]:
        return "confirmed"
    first = head.split()[0] if head else ""
    return first if first in STATUSES else None


def end_to_end(text: str, gold: dict, report) -> dict:
    """Read `report` with the real reader, fuse its mentions as the store hands them over, and
    measure against gold.json: pairwise precision/recall of "same event" over the core events'
    cue-labelled mentions, and for each core event the status of the event holding most of them."""
    from livedesk.fuse import fuse
    from livedesk.read import read_report
    reading = read_report(report)
    ms = mentions_of(report, reading)
    truth = label_by_cues(text, gold["events"], ms)
    events = fuse(ms, now=report.published)
    p, r = pairwise(events, truth)
    rows = []
    for ev in gold["events"]:
        if not ev.get("core"):
            continue
        mine = [i for i, lab in truth.items() if lab == ev["id"]]
        best = max(events, key=lambda e: sum(i in e.mention_ids for i in mine), default=None)
        if not mine or best is None:
            rows.append({"id": ev["id"], "want": gold_status(ev.get("status", "")), "got": "not read",
                         "reason": "", "mentions": 0, "events": 0})
            continue
        homes = {e.id for e in events for i in e.mention_ids if i in mine}
        rows.append({"id": ev["id"], "want": gold_status(ev.get("status", "")), "got": best.status,
                     "reason": best.status_reason, "mentions": len(mine), "events": len(homes)})
    return {"precision": p, "recall": r, "labelled": len(truth), "frames": len(ms),
            "events": len(events), "core": rows}
