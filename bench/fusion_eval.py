"""Scoring fusion against known events, for the benches (bench/status_bench.py, bench/fusion_bench.py)
and the tests: pairwise "same event" precision and recall, gold status words, and the end-to-end
run that reads a report with the real reader and fuses its frames as the store hands them over.
Evaluation lives here, not in the package: livedesk.fuse only fuses.
"""
from __future__ import annotations

from itertools import combinations
from typing import Iterable

from livedesk.model import Event, Mention


def pair_sets(events: Iterable[Event], truth: dict[str, str]) -> tuple[set, set]:
    """The mention pairs put in one event, and the pairs that belong in one, over the mentions
    labelled in `truth` (mention id -> gold event label)."""
    pred = set()
    for e in events:
        ids = sorted(i for i in e.mention_ids if i in truth)
        pred.update(combinations(ids, 2))
    by_label: dict[str, list[str]] = {}
    for mid, lab in truth.items():
        by_label.setdefault(lab, []).append(mid)
    gold = {p for ids in by_label.values() for p in combinations(sorted(ids), 2)}
    return pred, gold


def pairwise(events: Iterable[Event], truth: dict[str, str]) -> tuple[float, float]:
    """Pairwise precision and recall of "same event" over the mentions labelled in `truth`."""
    pred, gold = pair_sets(events, truth)
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
