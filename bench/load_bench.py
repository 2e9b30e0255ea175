"""Load on a real `livedesk serve` over loopback: 200 concurrent API clients and 100 open SSE
streams while an ingest runs in another process. Prints p50/p95 latency and the error count.

    .venv/bin/python bench/load_bench.py [--clients 200] [--streams 100] [--seconds 20]

Traffic goes only to 127.0.0.1; every loop is bounded in count and time.
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
import synth  # noqa: E402
from serverproc import ROOT, desk_env, livedesk, serving  # noqa: E402

QUERIES = ["/api/events", "/api/events?event_type=Battles", "/api/events?status=claimed",
           "/api/events?date_from=2016-02-01&date_to=2016-03-01", "/api/reports?limit=20"]


async def client_loop(client: httpx.AsyncClient, base: str, until: float, lat: list, errs: list,
                      i: int, max_requests: int = 400) -> None:
    n = 0
    while time.perf_counter() < until and n < max_requests:
        path = QUERIES[(i + n) % len(QUERIES)]
        t = time.perf_counter()
        try:
            r = await client.get(base + path, timeout=30)
            if r.status_code != 200:
                errs.append(r.status_code)
            else:
                lat.append(time.perf_counter() - t)
        except httpx.HTTPError as exc:
            errs.append(f"{type(exc).__name__} on {path.split('?')[0]}")
        n += 1


async def stream_loop(client: httpx.AsyncClient, base: str, until: float, got: list, errs: list) -> None:
    try:
        async with client.stream("GET", base + "/api/stream", timeout=None) as r:
            if r.status_code != 200:
                errs.append(r.status_code)
                return
            async for line in r.aiter_lines():
                if line.startswith("data:"):
                    got.append(1)
                if time.perf_counter() > until:
                    return
    except httpx.HTTPError as exc:
        if time.perf_counter() < until:
            errs.append(f"{type(exc).__name__} on /api/stream")


async def run(base: str, clients: int, streams: int, seconds: float) -> dict:
    lat: list[float] = []
    errs: list = []
    sse_errs: list = []
    got: list[int] = []
    until = time.perf_counter() + seconds
    limits = httpx.Limits(max_connections=clients + streams + 10)
    async with httpx.AsyncClient(limits=limits) as client:
        tasks = [asyncio.create_task(stream_loop(client, base, until, got, sse_errs))
                 for _ in range(streams)]
        await asyncio.sleep(1.0)
        tasks += [asyncio.create_task(client_loop(client, base, until, lat, errs, i))
                  for i in range(clients)]
        await asyncio.wait(tasks, timeout=seconds + 30)
        for t in tasks:
            t.cancel()
    lat.sort()
    return {"requests": len(lat), "errors": len(errs) + len(sse_errs),
            "p50": statistics.median(lat) * 1000 if lat else None,
            "p95": lat[int(len(lat) * 0.95) - 1] * 1000 if lat else None,
            "sse_messages": len(got), "error_kinds": sorted(set(map(str, errs + sse_errs)))[:10]}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--streams", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--reports", type=int, default=300)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        home = Path(d)
        env = desk_env(home)
        livedesk("ingest", "-q", str(ROOT / "src" / "livedesk" / "samples"), env=env)
        src = synth.write_jsonl(home / "load.jsonl", args.reports, seed=21)
        with serving(env) as base:
            ingest = subprocess.Popen([sys.executable, "-m", "livedesk.cli", "ingest", "-q", str(src)],
                                      env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            res = asyncio.run(run(base, args.clients, args.streams, args.seconds))
            ingest_rc = ingest.wait(600)
    print(f"load: {args.clients} API clients + {args.streams} SSE streams for {args.seconds:.0f}s "
          f"during an ingest of {args.reports} reports (ingest exit {ingest_rc})")
    print(f"requests answered: {res['requests']}, errors: {res['errors']} {res['error_kinds']}")
    if res["p50"] is not None:
        print(f"latency p50 {res['p50']:.1f} ms, p95 {res['p95']:.1f} ms")
    print(f"SSE messages received across streams: {res['sse_messages']}")


if __name__ == "__main__":
    main()
