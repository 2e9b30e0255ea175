"""Desk throughput and latency: store+fuse ingest rate, API latency, SSE delivery delay.

    .venv/bin/python bench/web_bench.py [--reports 2000] [--clients 20] [--db URL] [--fuser simple|real]

Readings are synthetic (one frame per report, places and days drawn at random) so the figures
measure the store, fusion, the API and the stream, not the reading pipeline.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from conftest import LiveServer  # noqa: E402  (the same live server the tests use)

from livedesk.model import Claim, Event, EventFrame, Location, Reading, Report  # noqa: E402
from livedesk.service import Desk  # noqa: E402
from livedesk.settings import Settings  # noqa: E402
from livedesk.web.stream import POLL_SECONDS  # noqa: E402

PLACES = [("Palmyra", 34.56, 38.28), ("Homs", 34.73, 36.71), ("Aleppo", 36.20, 37.16),
          ("Idlib", 35.93, 36.63), ("Deir ez-Zor", 35.34, 40.14), ("Raqqa", 35.95, 39.01),
          ("Tiyas Air Base", 34.52, 37.63), ("Daraa", 32.62, 36.10)]
TYPES = ["Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Attack",
         "Non-state actor overtakes territory", "Arrests"]
OUTLETS = ["AP", "Reuters", "AFP", "SANA", "Al-Bayan", "SOHR"]


def synthetic_reader(seed: int = 7):
    rng = random.Random(seed)

    def read(r: Report) -> Reading:
        name, lat, lon = rng.choice(PLACES)
        day = (datetime(2016, 5, 1) + timedelta(days=rng.randrange(60))).date().isoformat()
        c = Claim(claimant=rng.choice(OUTLETS), start=0, end=len(r.text), text=r.text)
        f = EventFrame(sub_event_type=rng.choice(TYPES), summary=r.text[:60], date_start=day,
                       date_end=day, date_precision=1, claims=[0], start=0, end=len(r.text),
                       location=Location(name=name, lat=lat + rng.uniform(-.05, .05),
                                         lon=lon + rng.uniform(-.05, .05), country="SY",
                                         precision=rng.choice([1, 2, 4]), uncertainty_km=10))
        return Reading(report_id=r.id, events=[f], claims=[c])
    return read


def one_event_a_mention(mentions, must_link=(), cannot_link=()):
    return [Event(id="e-" + m.id.replace("#", "-"), frame=m.frame, mention_ids=[m.id])
            for m in mentions]


def report(i: int) -> Report:
    return Report(text=f"Report {i}: fighting reported near the town, officials said. " * 3,
                  outlet=OUTLETS[i % len(OUTLETS)],
                  published=datetime(2016, 5, 1, tzinfo=timezone.utc) + timedelta(hours=i))


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def api_latency(url: str, label: str) -> None:
    with httpx.Client(base_url=url, timeout=30) as c:
        for path in ("/api/events?limit=500", "/api/events?event_type=Battles&limit=500", "/"):
            c.get(path)
            ts = []
            for _ in range(30):
                t = time.perf_counter()
                assert c.get(path).status_code == 200
                ts.append((time.perf_counter() - t) * 1000)
            print(f"GET {path} ({label}): p50 {pct(ts, 50):.1f} ms, p95 {pct(ts, 95):.1f} ms")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--reports", type=int, default=2000)
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--db", default=None, help="database URL (default: a temp SQLite file)")
    ap.add_argument("--fuser", choices=["simple", "real"], default="simple")
    a = ap.parse_args()
    url = a.db or f"sqlite:///{tempfile.mkdtemp()}/bench.db"
    settings = Settings(database_url=url)
    fuser = one_event_a_mention if a.fuser == "simple" else None
    desk = Desk(settings, reader=synthetic_reader(), fuser=fuser)
    print(f"database: {desk.store.dialect}; fuser: {a.fuser}")

    # 1. ingest: one report at a time, as `watch` does, then a batch
    t = time.perf_counter()
    n1 = a.reports // 10
    for i in range(n1):
        desk.ingest_reports([report(i)])
    dt = time.perf_counter() - t
    print(f"ingest one report per call: {n1 / dt:,.0f} reports/s ({n1} reports, {dt:.1f} s)")
    t = time.perf_counter()
    s = desk.ingest_reports(report(i) for i in range(n1, a.reports))
    dt = time.perf_counter() - t
    print(f"ingest in one batch: {s.new / dt:,.0f} reports/s ({s.new} reports, {dt:.1f} s)")
    t = time.perf_counter()
    again = desk.ingest_reports(report(i) for i in range(a.reports))
    dt = time.perf_counter() - t
    print(f"duplicate detection: {again.duplicate / dt:,.0f} reports/s")
    print(f"events stored: {desk.store.count('events')}")

    # The server keeps answers (web/cache.py): time the query path with that off, then on.
    uncached = replace(settings, response_cache_mb=0)
    with LiveServer(uncached, desk=Desk(uncached, fuser=fuser)) as srv:
        api_latency(srv.url, "uncached")
    with LiveServer(settings, desk=Desk(settings, fuser=fuser)) as srv:
        api_latency(srv.url, "cached")

        # 2. SSE: K clients; time from a committed ingest to each client seeing its event
        #    (created, or updated when fusion joins the report to an existing event)
        delays: list[float] = []
        t0 = t1 = 0.0
        for round_ in range(5):
            got: list[float] = []
            ready = threading.Barrier(a.clients + 1)
            lock = threading.Lock()

            def listen(got=got, ready=ready, lock=lock):
                with httpx.stream("GET", srv.url + "/api/stream", timeout=30) as r:
                    ev = None
                    for line in r.iter_lines():
                        if line.startswith("event: "):
                            ev = line[7:]
                        elif line.startswith("data: ") and ev == "hello":
                            ready.wait()
                        elif line.startswith("data: ") and '"event.' in line:
                            with lock:
                                got.append(time.perf_counter())
                            return

            ths = [threading.Thread(target=listen, daemon=True) for _ in range(a.clients)]
            for th in ths:
                th.start()
            ready.wait()
            t0 = time.perf_counter()
            desk.ingest_reports([report(10_000_000 + round_)])
            t1 = time.perf_counter()
            for th in ths:
                th.join(30)
            delays += [(g - t1) * 1000 for g in got]
            if len(got) != a.clients:
                print(f"round {round_}: only {len(got)} of {a.clients} clients got the change")
        print(f"SSE delivery after commit, {a.clients} clients x 5 ingests: "
              f"p50 {pct(delays, 50):.0f} ms, max {max(delays):.0f} ms "
              f"(poll interval {int(POLL_SECONDS * 1000)} ms; ingest itself {1000 * (t1 - t0):.0f} ms)")


if __name__ == "__main__":
    main()
