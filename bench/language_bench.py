"""What marking each report with its language costs at ingest: the model's load, once per
process, and the time per report, on the dev texts (read at run time, never copied) or, where
they are absent, the bundled samples and Telegram fixtures.

    .venv/bin/python bench/language_bench.py [--rounds 3]
"""
from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data"


def texts() -> list[str]:
    out: list[str] = []
    for name in ("case2021/dev.jsonl", "fakes/dev.jsonl", "geo/gwn.jsonl", "geo/lgl.jsonl"):
        p = DEV / name
        if p.exists():
            out += [json.loads(line).get("text", "") for line in p.open(encoding="utf-8")]
    if not out:
        from livedesk.ingest import read_path
        for p in sorted((ROOT / "src" / "livedesk" / "samples").iterdir()):
            out += [r.text for r in read_path(p)]
        out += [r.text for r in read_path(ROOT / "tests" / "fixtures" / "telegram" / "result.json")]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    from livedesk.ingest import language
    LIMIT = language.SAMPLE_CHARS
    t0 = time.perf_counter()
    language._model()
    load = time.perf_counter() - t0
    docs = [t[:LIMIT] for t in texts()]        # what ingest looks at of a report
    chars = sum(len(t) for t in docs)
    best = float("inf")
    counts: Counter = Counter()
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        counts = Counter(language.detect(t) for t in docs)
        best = min(best, time.perf_counter() - t0)
    print(f"model load: {load:.2f} s (once per process)")
    print(f"{len(docs)} texts, {chars:,} characters: {best:.3f} s best of {args.rounds}, "
          f"{1000 * best / len(docs):.2f} ms per report, {len(docs) / best:,.0f} reports/s")
    print("languages found:", ", ".join(f"{k or 'unknown'} {v}" for k, v in counts.most_common()))


if __name__ == "__main__":
    main()
