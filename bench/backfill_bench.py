"""Backfill speed on this machine: reports/s reading in one process, then on Dask with 1 and 2
workers; the store's write rate; the map query's latency with many events in PostgreSQL.

    .venv/bin/python bench/backfill_bench.py [--reports 800] [--events 1000000]

Targets (issue 8): speed-up >= 1.7x from 1 to 2 workers; per worker >= 80% of the
single-process extract rate; map query p95 <= 200 ms at 1,000,000 events.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

from livedesk.backfill import backfill  # noqa: E402
from livedesk.settings import get_settings  # noqa: E402


def extract_rate(n: int) -> float:
    """Single-process reading rate (reports/s), the pipeline warm, no store."""
    from livedesk.model import Report
    from livedesk.read import read_many, read_report
    from livedesk.cli import _report_from_obj
    reports = [_report_from_obj(o) for o in synth.reports(n, seed=11)]
    read_report(reports[0])
    t = time.perf_counter()
    for _ in read_many(reports):
        pass
    return n / (time.perf_counter() - t)


def backfill_rate(src: Path, workers: int, tmp: Path) -> tuple[float, float]:
    settings = replace(get_settings(), home=tmp / f"home{workers}",
                       database_url=f"sqlite:///{tmp / f'bf{workers}.db'}")
    s = backfill([str(src)], settings, workers=workers, batch_size=50, progress=False,
                 refuse=False)
    return s.rate, s.seconds


def store_write_rate(n: int, tmp: Path) -> float:
    from livedesk.cli import _report_from_obj
    from livedesk.read import read_many
    from livedesk.store import Store
    reports = [_report_from_obj(o) for o in synth.reports(n, seed=13)]
    readings = list(read_many(reports))
    store = Store(f"sqlite:///{tmp / 'write.db'}")
    t = time.perf_counter()
    for r, reading in zip(reports, readings):
        rid, _ = store.add_report(r)
        store.save_reading(rid, reading)
    return n / (time.perf_counter() - t)


def map_query_p95(n_events: int) -> tuple[float, float, float] | None:
    """Load n_events rows into a scratch PostgreSQL schema, then time the page's map query."""
    from pg_events import load_synthetic_events
    store = load_synthetic_events(n_events, schema="bench_map")
    times = []
    for i in range(40):
        month = 1 + i % 12
        t = time.perf_counter()
        store.list_events(date_from=f"2016-{month:02d}-01", date_to=f"2016-{month:02d}-28",
                          limit=500)
        times.append(time.perf_counter() - t)
    times.sort()
    return statistics.median(times) * 1000, times[int(len(times) * 0.95) - 1] * 1000, n_events


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=800)
    ap.add_argument("--events", type=int, default=1_000_000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        src = synth.write_jsonl(tmp / "synth.jsonl", args.reports, seed=5)
        single = extract_rate(min(args.reports, 400))
        if args.events:
            q = map_query_p95(args.events)
            print(f"map query over {q[2]:,} events in PostgreSQL: p50 {q[0]:.1f} ms, "
                  f"p95 {q[1]:.1f} ms (target p95 <= 200)")
        print(f"single-process extract: {single:.1f} reports/s")
        r0, t0 = backfill_rate(src, 0, tmp)
        print(f"backfill in-process (0 workers): {r0:.1f} reports/s ({t0:.1f}s)")
        r1, t1 = backfill_rate(src, 1, tmp)
        print(f"backfill dask 1 worker:  {r1:.1f} reports/s ({t1:.1f}s)")
        r2, t2 = backfill_rate(src, 2, tmp)
        print(f"backfill dask 2 workers: {r2:.1f} reports/s ({t2:.1f}s)")
        print(f"speed-up 1->2 workers: {r2 / r1:.2f}x (target >= 1.7)")
        print(f"per worker vs single-process extract: {r2 / 2 / single:.0%} (target >= 80%)")
        print(f"store write rate (SQLite, report + reading): {store_write_rate(200, tmp):.0f} reports/s")


if __name__ == "__main__":
    main()
