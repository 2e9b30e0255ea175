"""News-snippet bench: the reader over our own news snippets (evaluation/news/items.jsonl).

    PYTHONPATH=src .venv/bin/python bench/news_bench.py [--direct] [--errors] [--limit N]
        [--items evaluation/news/real12.jsonl [--part train|validation]]

The snippets are one to three sentences of news text of the kinds the CASE shared task reads
(wire copy, local papers, live blogs, broadcast transcripts, press releases, headline plus lede),
written for this bench in our own words by someone who did not read training/events or any dev
set (see evaluation/news/README.md). About 55% report a conflict or protest event of one of ACLED's
25 sub-event types; the rest are hard non-conflict news (crime, courts, elections, blame and
denials, disasters, sport, business, commemorations, pledges) whose gold is "no event" or
"background" (a conflict event only mentioned: past, denied, hypothetical).

Each snippet is read as a report through `livedesk extract` (the JSON Lines contract, as
bench/coder_bench.py does; --direct calls livedesk.read.read_many instead). The snippet's main
event is its first non-background frame (the reader lists frames most salient first).

Prints: weighted F1 over the 25 types on the event items ("no event" is no label: a missed event
counts against its type, as in bench/coder_bench.py) and accuracy; the share of non-conflict items
given an event and of event items given none; per-type F1 (with precision and recall); the same
F1 when the events given to non-conflict items count against their types' precision; the event's
country right; figures by genre and by kind of non-conflict news; and, for the worst types, what
their items were read as and which items were read as them. --errors lists every miss.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEMS = ROOT / "evaluation" / "news" / "items.jsonl"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from coder_bench import _child_cpu, main_frame, weighted_f1  # noqa: E402  (same scoring as the coder set)

# The snippets carry no dates of their own that matter here (the type is what is scored); every
# one is published on the same day so that relative dates ("on Tuesday") resolve the same way.
PUBLISHED = "2025-06-18T12:00:00+00:00"
NO = "NO EVENT"


def load(limit: int | None = None, items: Path = ITEMS, part: str | None = None) -> list[dict]:
    """The items of `items` (a batch built by evaluation/news/make.py); with `part`, only those of
    that part ("train" or "validation": a batch built with --batch splits by country)."""
    rows = [json.loads(x) for x in items.read_text(encoding="utf-8").splitlines() if x.strip()]
    if part:
        rows = [r for r in rows if r.get("part") == part]
    return rows[:limit] if limit else rows


def read(items: list[dict], direct: bool) -> tuple[list[dict], str]:
    import extract_bench as xb
    rows = [{"id": x["id"], "text": x["text"], "published": PUBLISHED} for x in items]
    outs = None if direct else xb.run_cli(rows)
    if outs is not None:
        return outs, "livedesk extract"
    return xb.run_direct(rows), "read_many (direct)"


def prf(gold: list[str], pred: list[str | None], lab: str) -> tuple[float, float, float, int]:
    tp = sum(g == lab and q == lab for g, q in zip(gold, pred))
    fp = sum(g != lab and q == lab for g, q in zip(gold, pred))
    fn = sum(g == lab and q != lab for g, q in zip(gold, pred))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn


def all_items_f1(items: list[dict], got: list[str | None]) -> float:
    """Weighted F1 over the 25 types when the events given to non-conflict items also count
    against the precision of the type they were given (weights: the event items' gold counts)."""
    ev = [x["label"] for x in items if x["event"]]
    w = 0.0
    gold = [x["label"] if x["event"] else None for x in items]
    for lab in sorted(set(ev)):
        _, _, f, n = prf(gold, got, lab)
        w += f * n / len(ev)
    return w


def part(items: list[dict], got: list[str | None]) -> str:
    ev = [(x, q) for x, q in zip(items, got) if x["event"]]
    ne = [(x, q) for x, q in zip(items, got) if not x["event"]]
    bits = []
    if ev:
        wf, _ = weighted_f1([x["label"] for x, _ in ev], [q for _, q in ev])
        acc = sum(x["label"] == q for x, q in ev) / len(ev)
        none = sum(q is None for _, q in ev) / len(ev)
        bits.append(f"events {len(ev)}: weighted F1 {wf:.3f}, accuracy {acc:.3f}, given none {none:.1%}")
    if ne:
        fa = sum(q is not None for _, q in ne) / len(ne)
        bits.append(f"non-conflict {len(ne)}: given an event {fa:.1%}")
    return "; ".join(bits)


def report(items: list[dict], outs: list[dict]) -> list[str | None]:
    """Prints the figures; returns the type read for each item (None: no event)."""
    by_id = {o["id"]: o for o in outs}
    frames = [main_frame(by_id.get(x["id"], {})) for x in items]
    got = [f["sub_event_type"] if f else None for f in frames]
    ev_i = [i for i, x in enumerate(items) if x["event"]]
    ne_i = [i for i, x in enumerate(items) if not x["event"]]
    gold_ev = [items[i]["label"] for i in ev_i]
    got_ev = [got[i] for i in ev_i]
    wf, per = weighted_f1(gold_ev, got_ev)
    acc = sum(g == q for g, q in zip(gold_ev, got_ev)) / len(ev_i)
    none = sum(q is None for q in got_ev) / len(ev_i)
    false_ev = sum(got[i] is not None for i in ne_i) / len(ne_i)
    print(f"ALL ({len(items)} items, {len({x['country'] for x in items})} countries; "
          f"{len(ev_i)} events, {len(ne_i)} non-conflict)")
    print(f"  event items: weighted F1 over the 25 types {wf:.3f}, accuracy {acc:.3f}")
    print(f"  non-conflict items given an event: {false_ev:.1%}")
    print(f"  event items given no event: {none:.1%}")
    print(f"  weighted F1 with the non-conflict items' events counted against precision: "
          f"{all_items_f1(items, got):.3f}")
    bg = [i for i in ne_i if items[i]["label"] == "background"]
    nn = [i for i in ne_i if items[i]["label"] == "no event"]
    for title, idx in (("gold 'background' (a conflict event only mentioned)", bg), ("gold 'no event'", nn)):
        if idx:
            print(f"    {title} ({len(idx)}): given an event {sum(got[i] is not None for i in idx) / len(idx):.1%}")
    ctry = [frames[i] for i in ev_i]
    right = sum(bool(f) and ((f.get("location") or {}).get("country") == items[i]["iso"])
                for i, f in zip(ev_i, ctry))
    print(f"  event's country right (main frame's location): {right / len(ev_i):.3f}")
    errs = sum(1 for o in outs if o.get("error"))
    print(f"  reports with a reading error: {errs}")

    print("per type (F1, precision, recall, n) on the event items:")
    rows = []
    for lab in sorted(per):
        p, r, f, n = prf(gold_ev, got_ev, lab)
        rows.append((f, p, r, n, lab))
    for f, p, r, n, lab in sorted(rows, key=lambda t: -t[0]):
        print(f"  {f:.2f}  P {p:.2f}  R {r:.2f}  n={n:<3d} {lab}")

    print("types given to non-conflict items (count):")
    for lab, k in Counter(got[i] for i in ne_i if got[i]).most_common():
        print(f"  {k:3d}  {lab}")

    for title, key in (("genre", lambda x: x["genre"]),
                       ("kind of non-conflict news", lambda x: None if x["event"] else x["kind"])):
        print(f"by {title}:")
        groups: dict[str, list[int]] = defaultdict(list)
        for i, x in enumerate(items):
            k = key(x)
            if k is not None:
                groups[k].append(i)
        for g, idx in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print(f"  {g} ({len(idx)}): {part([items[i] for i in idx], [got[i] for i in idx])}")

    print("worst types: what their items were read as, and what was wrongly read as them:")
    for f, p, r, n, lab in sorted(rows)[:8]:
        missed = Counter(got_ev[j] or NO for j, g in enumerate(gold_ev) if g == lab and got_ev[j] != lab)
        taken = Counter(items[i]["label"] if items[i]["event"] else f"[{items[i]['label']}]"
                        for i in range(len(items)) if got[i] == lab and items[i]["label"] != lab)
        print(f"  {lab} (F1 {f:.2f}, n={n})")
        print(f"     read as: {', '.join(f'{q} {k}' for q, k in missed.most_common(5)) or '-'}")
        print(f"     wrongly given to: {', '.join(f'{g} {k}' for g, k in taken.most_common(5)) or '-'}")
    confusion = Counter((items[i]["label"], got[i] or NO) for i in ev_i if got[i] != items[i]["label"])
    print("most frequent confusions on event items (gold -> read):")
    print("\n".join(f"  {k:3d}  {g} -> {q}" for (g, q), k in confusion.most_common(15)))
    return got


def errors(items: list[dict], got: list[str | None]) -> None:
    """Every item whose main event is not its gold (for non-conflict items: any event)."""
    wrong = [(x, q) for x, q in zip(items, got) if q != (x["label"] if x["event"] else None)]
    print(f"items read wrongly ({len(wrong)}):")
    for x, q in wrong:
        print(f"{x['id']} [{x['genre']}] {x['text']}\n   gold {x['label']}   got {q or NO}")


def timed_read(items: list[dict], direct: bool) -> list[dict]:
    """Reads the items and prints the header line: when, how, and what it cost."""
    wall, cpu = time.perf_counter(), time.process_time() + _child_cpu()
    outs, via = read(items, direct)
    wall, cpu = time.perf_counter() - wall, time.process_time() + _child_cpu() - cpu
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M")
    print(f"news bench, {stamp} UTC: read {len(items)} snippets via {via} in {wall:.1f} s wall, "
          f"{cpu:.1f} s CPU (this process and the extract command)")
    return outs


def main() -> None:
    ap = argparse.ArgumentParser(description="the reader over evaluation/news/items.jsonl")
    for flag, what in (("--direct", "call read_many, not `livedesk extract`"),
                       ("--errors", "list every item read wrongly")):
        ap.add_argument(flag, action="store_true", help=what)
    ap.add_argument("--limit", type=int, default=None, help="only the first N items")
    ap.add_argument("--items", type=Path, default=ITEMS, help="another batch (default: evaluation/news/items.jsonl)")
    ap.add_argument("--part", choices=("train", "validation"), default=None,
                    help="only this part of a batch built with make.py --batch")
    args = ap.parse_args()
    items = load(args.limit, args.items, args.part)
    outs = timed_read(items, args.direct)
    got = report(items, outs)
    if args.errors:
        errors(items, got)


if __name__ == "__main__":
    main()
