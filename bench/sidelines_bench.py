"""Side-sentence bench (issues #14/#15): one happening per report, told with side sentences.

    PYTHONPATH=src LIVEDESK_HOME=.livedesk .venv/bin/python bench/sidelines_bench.py [--errors] [--items FILE]

Each item of evaluation/events/sidelines_blind.jsonl is a short report (wire, live blog, monitor,
ministry, NGO, Telegram) telling ONE event and then two to four side sentences: aftermath and rescue,
hospitals and funerals, displaced families, toll follow-ups, reactions and claims, how a protest ended,
what did not happen ("no one was hurt"), what a weapon or group had been doing before, mine clearance.
Gold: the one event's type. Every item is read as one report by livedesk.read.read_many.

Prints: reports read as exactly one foreground event (not background, not denied); reports whose
first foreground event has the gold type; extra foreground events per report (all foreground events
beyond one, summed over the reports); --errors lists each report with an extra or wrong event and the
sentence each foreground frame came from.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ITEMS = ROOT / "evaluation" / "events" / "sidelines_blind.jsonl"
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

PUBLISHED = "2025-06-18T12:00:00+00:00"


def foreground(out: dict) -> list[dict]:
    return [e for e in out.get("events", []) if not e.get("background") and not e.get("denied")]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--items", default=str(ITEMS))
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    import extract_bench as xb
    items = [json.loads(x) for x in Path(a.items).read_text(encoding="utf-8").splitlines() if x.strip()]
    t = time.time()
    outs = xb.run_direct([{"id": x["id"], "text": x["text"], "published": PUBLISHED} for x in items])
    one = right = extra = 0
    bad = []
    for it, out in zip(items, outs):
        fg = foreground(out)
        one += len(fg) == 1
        ok = bool(fg) and fg[0].get("sub_event_type") == it["label"]
        right += ok
        extra += max(0, len(fg) - 1)
        if len(fg) != 1 or not ok:
            bad.append((it, fg))
    n = len(items)
    print(f"sidelines bench: {n} reports from {Path(a.items).name}, read in {time.time() - t:.1f} s (read_many)")
    print(f"  read as exactly one foreground event: {one}/{n} = {one / n:.3f}")
    print(f"  first foreground event of the gold type: {right}/{n} = {right / n:.3f}")
    print(f"  extra foreground events: {extra} ({extra / n:.2f} per report)")
    if a.errors:
        for it, fg in bad:
            print(f"\n{it['id']} gold {it['label']}: {len(fg)} foreground")
            for e in fg:
                ev = it["text"][e["start"]:e["end"]] if e.get("end") else e.get("summary", "")
                print(f"   {e.get('sub_event_type')} {e.get('confidence')}  | {str(ev)[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
