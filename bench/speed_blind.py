"""The speed helper's blind batch: what `livedesk extract` makes of bench/data/speed_blind.jsonl
(12 reports written for session 9 in shapes the speed work had not used: live blog, ministry
communique, monitor tally, interview, correction, markets, sitrep bullets, militant claim,
anniversary piece, arrest, headline + lead, diplomacy), and the reading's CPU per report on it.

    PYTHONPATH=src .venv/bin/python bench/speed_blind.py [--tree SRC] [--batch FILE]

--batch bench/data/speed_blind10.jsonl: session 10's batch (14 reports in new shapes: court
report, NGO press release, maritime security note, police blotter, football report, "what we
know" bullets, radio transcript, obituary, satellite-imagery analysis, letter to the editor,
election roundup, Q&A explainer, wire dateline, weather notice). Its lines carry "gold_types",
the sub-event types the report tells of (written with the text); the bench then also prints
how many of them the reading found (report-level precision and recall over types).

Prints a digest of the command's output (so two trees can be compared: same digest, same
output), the events it read by type, and CPU ms per report (best of 3 rounds, encoder cache
cleared each round; this box is shared, so the CPU figure is noisy).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BATCH = ROOT / "bench" / "data" / "speed_blind.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", type=Path, default=ROOT / "src", help="the src/ to measure (default: this one)")
    ap.add_argument("--batch", type=Path, default=BATCH, help="the reports (default: session 9's batch)")
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(args.tree))
    payload = args.batch.read_text(encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "livedesk.cli", "extract", "--jobs", "1"], input=payload,
                       capture_output=True, text=True, env=env, timeout=900)
    if p.returncode != 0:
        print(p.stderr[-2000:])
        return 1
    lines = p.stdout.splitlines()
    events = [e for line in lines for e in json.loads(line).get("events", [])]
    print(f"tree {args.tree}: {len(lines)} reports, {len(events)} events, output sha256 "
          f"{hashlib.sha256(p.stdout.encode()).hexdigest()[:16]}")
    print("  by type:", dict(sorted(Counter(e.get("sub_event_type") for e in events).items(), key=str)))
    gold = {r["id"]: set(r["gold_types"]) for r in map(json.loads, payload.splitlines()) if "gold_types" in r}
    if gold:
        got = {}
        for line in lines:
            d = json.loads(line)
            got[d.get("report_id") or d.get("id")] = {e.get("sub_event_type") for e in d.get("events", [])}
        tp = sum(len(gold[k] & got.get(k, set())) for k in gold)
        n_gold, n_got = sum(map(len, gold.values())), sum(len(got.get(k, set())) for k in gold)
        print(f"  gold types found {tp}/{n_gold} (recall {tp / max(n_gold, 1):.3f}), types read {n_got} "
              f"(precision {tp / max(n_got, 1):.3f}); reports wholly right "
              f"{sum(gold[k] == got.get(k, set()) for k in gold)}/{len(gold)}")

    sys.path.insert(0, str(args.tree))
    from datetime import datetime, timezone

    from livedesk.model import Report
    from livedesk.read import read_many
    from livedesk.read.typing_model import encoder
    rows = [json.loads(x) for x in payload.splitlines() if x.strip()]
    reports = [Report(id=r["id"], text=r["text"], published=datetime.fromisoformat(r["published"]).replace(tzinfo=timezone.utc))
               for r in rows]
    list(read_many(reports[:1]))
    best = float("inf")
    for _ in range(3):
        encoder._cache.clear()
        c0 = time.process_time()
        list(read_many(reports))
        best = min(best, time.process_time() - c0)
    print(f"  reading CPU {1000 * best / len(reports):.1f} ms per report (best of 3; load {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
