"""Statuses and same-event grouping on our multi-report sets (training/scenarios). Prints; asserts nothing.

    .venv/bin/python bench/status_bench.py              # both parts, fusion on gold readings + end to end
    .venv/bin/python bench/status_bench.py --no-read    # fusion on gold readings only (no reader)
    .venv/bin/python bench/status_bench.py --explain train   # every train set read: frames, claims, events

Two runs per part (train, validation, heldout, heldout2; split by set and by war; the heldout parts
were written after the status rules last changed, measured once, never tuned on before that):
1. Fusion on gold readings: each report's mentions as an attentive reader gives them (frame,
   claimant, relays, stance: the set's annotation), fused by livedesk.fuse. Measures matching and
   corroboration alone.
2. End to end: the real reader (read_report) on each report's text, its frames handed to fusion as
   the store hands them over; a frame counts for the gold event whose annotated sentences it covers.
   Measures reading + fusion together; a report read as no event leaves its gold event short.

Printed for each: pairwise same-event precision and recall (over report-mention pairs), status
accuracy over gold events (the status of the event holding most of the gold event's mentions; a
gold event none of whose mentions were read counts as wrong), and false corroborations: events
called corroborated whose origins contradict each other (a denial, or one saying a place changed
hands and another that it held, or a gold status of disputed/denied) or are one source.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from livedesk.fuse import fuse  # noqa: E402
from livedesk.fuse.corroborate import kind_of  # noqa: E402
from livedesk.fuse.sets import mention_from_dict  # noqa: E402
from livedesk.model import Mention, Report  # noqa: E402
from livedesk.sources import identity  # noqa: E402
from fusion_eval import pair_sets  # noqa: E402

SETS = ROOT / "training" / "scenarios"


def load(part: str) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((SETS / part).glob("*.json"))]


def _now(d: dict) -> datetime:
    return max(datetime.fromisoformat(r["published"].replace("Z", "+00:00")) for r in d["reports"])


def _source_of(origin_label: str) -> str:
    """'Amaq (militant media of Islamic State)' -> the identity of its side or source."""
    kind = kind_of(origin_label)
    name = origin_label.split(" (")[0]
    if kind and " of " in origin_label and kind in ("official", "state media", "militant media", "armed group"):
        return "side:" + origin_label.rsplit(" of ", 1)[1].rstrip(")")
    return "src:" + identity(name)["name"].lower()


class Tally:
    def __init__(self):
        self.tp = self.pred = self.gold = 0
        self.right = self.scored = 0
        self.corroborated = self.false_corr = 0
        self.by_status: Counter = Counter()
        self.right_by_status: Counter = Counter()
        self.misses: list[str] = []

    def add_pairs(self, events, truth: dict[str, str]) -> None:
        pred, gold = pair_sets(events, truth)
        self.tp += len(pred & gold)
        self.pred += len(pred)
        self.gold += len(gold)

    def add_statuses(self, d: dict, events, truth: dict[str, str], mentions: dict[str, Mention]) -> None:
        for label, want in d["expect"].items():
            mine = [i for i, lab in truth.items() if lab == label]
            best = max(events, key=lambda e: sum(i in e.mention_ids for i in mine), default=None)
            got = best.status if best is not None and mine and any(i in best.mention_ids for i in mine) \
                else "not read"
            self.scored += 1
            self.by_status[want["status"]] += 1
            if got == want["status"]:
                self.right += 1
                self.right_by_status[want["status"]] += 1
            else:
                why = (best.status_reason[:150] if best is not None and got != "not read" else "")
                self.misses.append(f"{label}: gold {want['status']}, desk {got}; {why}")
        for e in events:
            if e.status != "corroborated":
                continue
            self.corroborated += 1
            golds = {d["expect"].get(truth.get(i, ""), {}).get("status") for i in e.mention_ids}
            # (a source withdrawing its own earlier account is no denial: its latest word stands)
            told = {c.claimant for i in e.mention_ids if i in mentions for c in mentions[i].claims
                    if c.stance in ("asserts", "confirms") and not c.via}
            denied = any(c.stance == "denies" and c.claimant not in told
                         for i in e.mention_ids if i in mentions for c in mentions[i].claims)
            one_source = len({_source_of(o) for o in e.origins}) < 2
            if denied or one_source or golds & {"disputed", "denied"}:
                self.false_corr += 1
                self.misses.append(f"FALSE CORROBORATION {sorted(golds - {None})}: {e.status_reason[:150]}")

    def lines(self, name: str) -> list[str]:
        p = self.tp / self.pred if self.pred else 1.0
        r = self.tp / self.gold if self.gold else 1.0
        per = ", ".join(f"{s} {self.right_by_status[s]}/{n}" for s, n in sorted(self.by_status.items()))
        return [f"{name}: pairwise same-event precision {p:.3f} recall {r:.3f} ({self.gold} gold pairs); "
                f"status accuracy {self.right}/{self.scored} = {self.right / max(1, self.scored):.3f} ({per}); "
                f"false corroborations {self.false_corr} of {self.corroborated} corroborated"]


def gold_run(sets: list[dict]) -> Tally:
    t = Tally()
    for d in sets:
        ms = [mention_from_dict(x) for x in d["mentions"]]
        truth = {x["id"]: x["event"] for x in d["mentions"]}
        events = fuse(ms, now=_now(d))
        t.add_pairs(events, truth)
        t.add_statuses(d, events, truth, {m.id: m for m in ms})
    return t


def _explain(d: dict, ms: list[Mention], truth: dict[str, str], events) -> None:
    """One set read end to end: each frame with its gold event and claims, then the desk's events."""
    print(f"## {d['id']}: " + ", ".join(f"{k.split('/')[-1]}={v['status']}" for k, v in d["expect"].items()))
    for m in ms:
        f = m.frame
        loc = f"{f.location.name}/p{f.location.precision}" if f.location else "-"
        print(f"  {m.id} [{m.outlet}] gold={truth.get(m.id, '-').split('/')[-1]} {f.sub_event_type}"
              f"{' BG' if f.background else ''} a1={f.actor1} a2={f.actor2} at={loc} on={f.date_start}"
              f" best={f.fatalities.best if f.fatalities else None} :: {(m.text or '')[:110]!r}")
        for c in m.claims:
            print(f"      claim {c.stance} {c.claimant!r} kind={c.claimant_kind} side={c.alignment}"
                  f" via={c.via}")
    for e in events:
        labs = sorted({truth.get(i, "-").split("/")[-1] for i in e.mention_ids})
        print(f"  => {e.status} {labs} {e.mention_ids}: {e.status_reason[:220]}")


def read_set(d: dict, read_many) -> tuple[list[Report], list[Mention], dict[str, str]]:
    """One set read end to end: its reports, the mentions fusion gets, and each mention's gold
    event (the one whose annotated sentences its frame covers most; background frames none)."""
    reports = [Report(text=r["text"], id=r["id"], outlet=r["outlet"],
                      published=datetime.fromisoformat(r["published"].replace("Z", "+00:00")))
               for r in d["reports"]]
    readings = {x.report_id: x for x in read_many(reports)}
    ms: list[Mention] = []
    truth: dict[str, str] = {}
    for rep, spec in zip(reports, d["reports"]):
        reading = readings.get(rep.id)
        spans = []
        for part in spec["mentions"]:
            at = rep.text.find(part["text"])
            spans.append((at, at + len(part["text"]) if at >= 0 else -1, f"{d['id']}/{part['event']}"))
        for i, f in enumerate(reading.events if reading else []):
            mid = f"{rep.id}#{i}"
            ms.append(Mention(id=mid, report_id=rep.id, frame=f,
                              claims=[reading.claims[k] for k in f.claims if 0 <= k < len(reading.claims)],
                              outlet=rep.outlet, published=rep.published,
                              text=rep.text[f.start:f.end] if f.end > f.start else ""))
            over = [(min(f.end, b) - max(f.start, a), lab) for a, b, lab in spans if b > a]
            over = [x for x in over if x[0] > 0]
            if over and not f.background:
                truth[mid] = max(over)[1]
    return reports, ms, truth


def read_run(sets: list[dict], explain: bool = False) -> tuple[Tally, int, int]:
    from livedesk.read import read_many
    t = Tally()
    frames = empty = 0
    for d in sets:
        reports, ms, truth = read_set(d, read_many)
        frames += len(ms)
        empties = [r.id for r in reports if not any(m.report_id == r.id for m in ms)]
        empty += len(empties)
        events = fuse(ms, now=_now(d)) if ms else []
        if explain:
            _explain(d, ms, truth, events)
            if empties:
                print(f"  no event read in: {empties}")
        t.add_pairs(events, truth)
        t.add_statuses(d, events, truth, {m.id: m for m in ms})
    return t, frames, empty


def main() -> None:
    if "--explain" in sys.argv:
        part = sys.argv[sys.argv.index("--explain") + 1]
        sets = [d for d in load(part) if len(sys.argv) <= sys.argv.index("--explain") + 2
                or d["id"] in sys.argv[sys.argv.index("--explain") + 2:]]
        read_run(sets, explain=True)
        return
    show = "--quiet" not in sys.argv
    parts = ("train", "validation", "heldout", "heldout2", "train2", "train3", "heldout3", "heldout4", "heldout5", "train4", "heldout6", "heldout7", "heldout8", "heldout8val", "heldout9", "heldout9val", "heldout10", "heldout11", "heldout11val", "heldout12")
    if "--part" in sys.argv:
        parts = tuple(sys.argv[sys.argv.index("--part") + 1].split(","))
    for part in parts:
        sets = load(part)
        n_reports = sum(len(d["reports"]) for d in sets)
        wars = sorted({d["war"] for d in sets})
        print(f"== {part}: {len(sets)} sets, {n_reports} reports, "
              f"{sum(len(d['expect']) for d in sets)} gold events ({', '.join(wars)})")
        t = gold_run(sets)
        for line in t.lines("fusion on gold readings"):
            print(line)
        if show:
            for m in t.misses:
                print("    " + m)
        if "--no-read" in sys.argv:
            continue
        t, frames, empty = read_run(sets)
        for line in t.lines(f"end to end (real reader: {frames} frames, {empty} of {n_reports} reports read as no event)"):
            print(line)
        if show:
            for m in t.misses:
                print("    " + m)


if __name__ == "__main__":
    main()
