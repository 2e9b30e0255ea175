"""Backfill speed on this machine: reports/s reading in one process, then on Dask with 1 and 2
workers; the store's write rate; the map query's latency with many events in PostgreSQL.

    .venv/bin/python bench/backfill_bench.py [--reports 800] [--events 1000000] [--chunk 25]

Targets (issue 8): speed-up >= 1.7x from 1 to 2 workers; per worker >= 80% of the
single-process extract rate; map query p95 <= 200 ms at 1,000,000 events.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import synth  # noqa: E402

from livedesk.backfill import backfill  # noqa: E402
from livedesk.settings import get_settings  # noqa: E402


def extract_rate(src: Path) -> tuple[float, float]:
    """Single-process reading rate (reports/s) and CPU ms per report, over the very reports the
    backfills read, the pipeline warm (loaded before the clock starts, as the backfills' workers
    are), no store: what one core does when it does nothing else."""
    from livedesk.cli import _report_from_obj
    from livedesk.read import read_many, read_report
    reports = [_report_from_obj(json.loads(line)) for line in src.read_text().splitlines()]
    read_report(reports[0])
    t, cpu = time.perf_counter(), time.process_time()
    for _ in read_many(reports):
        pass
    return len(reports) / (time.perf_counter() - t), (time.process_time() - cpu) / len(reports)


def run_backfill(src: Path, workers: int, tmp: Path, chunk: int, url: str | None = None,
                 refuse: bool = False):
    settings = replace(get_settings(), home=tmp / f"home{workers}",
                       database_url=url or f"sqlite:///{tmp / f'bf{workers}.db'}")
    return backfill([str(src)], settings, workers=workers, batch_size=chunk, progress=False,
                    refuse=refuse)


def cpu_line(s, n: int) -> str:
    ms = lambda x: f"{1000 * x / n:.2f}"  # noqa: E731
    workers = "+".join(ms(w) for w in s.cpu_workers) or "-"
    return (f"CPU ms/report: driver {ms(s.cpu_driver)}, worker processes {workers}, "
            f"inside chunk tasks {ms(s.cpu_tasks)}")


def store_write_rates(n: int, tmp: Path) -> list[str]:
    """Reports with their readings written (the readings made beforehand, outside the clock),
    on SQLite and PostgreSQL: one add_report and one save_reading per report (ingest's old
    path), and add_reports in transactions of 50 (what a backfill's chunk does)."""
    from livedesk.cli import _report_from_obj
    from livedesk.read import read_many
    from livedesk.store import Store
    reports = [_report_from_obj(o).with_id() for o in synth.reports(n, seed=13)]
    items = list(zip(reports, read_many(reports)))
    lines = []
    for engine in ("SQLite", "PostgreSQL"):
        for how in ("report + reading", "batches of 50"):
            with scratch_db(engine, tmp) as url:
                store = Store(url)
                t, cpu = time.perf_counter(), time.process_time()
                if how == "batches of 50":
                    for i in range(0, n, 50):
                        store.add_reports(items[i:i + 50])
                else:
                    for r, reading in items:
                        rid, _ = store.add_report(r)
                        store.save_reading(rid, reading)
                wall, cpu = time.perf_counter() - t, time.process_time() - cpu
                assert store.count("reports") == n
                store.close()
            lines.append(f"store write rate ({engine}, {how}): {n / wall:.0f} reports/s, "
                         f"{1000 * cpu / n:.2f} ms CPU/report")
    return lines


@contextlib.contextmanager
def scratch_db(engine: str, tmp: Path):
    """A fresh SQLite file, or a fresh schema in the PostgreSQL server, dropped afterwards."""
    if engine == "SQLite":
        yield f"sqlite:///{tmp / f'scratch-{uuid.uuid4().hex[:8]}.db'}"
        return
    import psycopg
    from pg_events import PG
    schema = "bench_" + uuid.uuid4().hex[:10]
    with psycopg.connect(PG, autocommit=True) as c:
        c.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{PG}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(PG, autocommit=True) as c:
            c.execute(f'DROP SCHEMA "{schema}" CASCADE')


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
    ap.add_argument("--events", type=int, default=1_000_000, help="0 skips the map query")
    ap.add_argument("--chunk", type=int, default=25,
                    help="reports per backfill chunk (a run ends when its last chunk does: small "
                         "chunks keep the workers' finishing times close)")
    ap.add_argument("--only", choices=["all", "backfill", "store"], default="all")
    args = ap.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} (2 cores; timings are noisy "
          f"when it is above ~0.5, CPU ms/report much less so)")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        src = synth.write_jsonl(tmp / "synth.jsonl", args.reports, seed=5)
        if args.events:
            q = map_query_p95(args.events)
            print(f"map query over {q[2]:,} events in PostgreSQL: p50 {q[0]:.1f} ms, "
                  f"p95 {q[1]:.1f} ms (target p95 <= 200)")
        if args.only in ("all", "backfill"):
            single, single_cpu = extract_rate(src)
            print(f"single-process extract: {single:.1f} reports/s "
                  f"({1000 * single_cpu:.2f} ms CPU/report; model loaded before the clock)")
            print(f"backfills: {args.reports} reports in chunks of {args.chunk}, into SQLite; "
                  f"the clock starts once the pipeline is loaded in every process that reads, "
                  f"and stops before fusion")
            rate, cpu = {}, {}
            for workers in (0, 1, 2):
                s = run_backfill(src, workers, tmp, args.chunk)
                assert s.new == args.reports, s
                rate[workers] = s.rate
                # With 1 worker the driver has the other core to itself; with 2 it takes its
                # share of theirs.
                cpu[workers] = (sum(s.cpu_workers) + (s.cpu_driver if workers > 1 else 0)) \
                    / args.reports
                label = ("in-process (0 workers)" if not workers else
                         f"dask {workers} worker{'s' if workers > 1 else ''}")
                print(f"backfill {label}: {s.rate:.1f} reports/s ({s.seconds:.1f}s); "
                      f"{cpu_line(s, args.reports)}")
            print(f"speed-up 1->2 workers: {rate[2] / rate[1]:.2f}x (target >= 1.7)")
            print(f"per worker vs single-process extract: {rate[2] / 2 / single:.0%} "
                  f"(target >= 80%)")
            # The same two ratios from CPU seconds, which other people's load barely moves:
            # what the wall-clock ratios come to on an idle 2-core machine if the cores are
            # kept busy to the end (a bound: the last chunks' imbalance is not in it).
            print(f"from CPU time alone: speed-up 1->2 workers {2 * cpu[1] / cpu[2]:.2f}x, "
                  f"per worker vs single-process extract {single_cpu / cpu[2]:.0%}")
            with scratch_db("PostgreSQL", tmp) as url:
                s = run_backfill(src, 2, tmp / "pg", args.chunk, url=url)
                assert s.new == args.reports, s
            print(f"backfill dask 2 workers into PostgreSQL (each worker writing): {s.rate:.1f} "
                  f"reports/s ({s.seconds:.1f}s); {cpu_line(s, args.reports)}")
            t = time.perf_counter()
            from livedesk.service import Desk
            with Desk(replace(get_settings(), database_url=f"sqlite:///{tmp / 'bf2.db'}")) as desk:
                desk.refuse()
            print(f"fusion after the backfill (outside the rates above; once per backfill, "
                  f"whatever the worker count): {time.perf_counter() - t:.1f}s")
        if args.only in ("all", "store"):
            for line in store_write_rates(400, tmp):
                print(line)


if __name__ == "__main__":
    main()
