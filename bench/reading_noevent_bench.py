"""Whole reports read as no event (issue #15): eyewitness accounts, claims, non-confirmations and
retractions that tell an act, and look-alikes that tell none. Prints; asserts nothing.

    PYTHONPATH=src LIVEDESK_HOME=.livedesk .venv/bin/python bench/reading_noevent_bench.py

bench/data/fusion2_reading.jsonl: own words, one report a line; "event" is whether an attentive
reader takes an act of political violence from it (as a claim, a non-confirmation or a retraction
of one included). Scored: reports with at least one frame that is not background.
"""
from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from livedesk.model import Report  # noqa: E402
from livedesk.read import read_many  # noqa: E402


def main() -> None:
    rows = [json.loads(x) for x in (ROOT / "bench" / "data" / "fusion2_reading.jsonl").read_text().splitlines() if x.strip()]
    reps = [Report(text=r["text"], id=r["id"], outlet=r["outlet"],
                   published=datetime(2025, 3, 10, 12, tzinfo=timezone.utc)) for r in rows]
    got = {x.report_id: x for x in read_many(reps)}
    tp = fp = fn = tn = 0
    for r in rows:
        fr = [f for f in got[r["id"]].events if not f.background]
        hit = bool(fr)
        tp += hit and r["event"]
        fn += (not hit) and r["event"]
        fp += hit and not r["event"]
        tn += (not hit) and not r["event"]
        mark = "ok " if hit == r["event"] else "MISS"
        print(f"{mark} {r['id']:22} [{r['kind']}] -> {[f.sub_event_type for f in fr] or 'no event'}")
    print(f"reports with an event read: {tp}/{tp + fn}; look-alikes read as an event: {fp}/{fp + tn}")


if __name__ == "__main__":
    main()
