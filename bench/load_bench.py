"""Load on a real `livedesk serve` over loopback: 200 concurrent API clients and 100 open SSE
streams while an ingest runs in another process. Prints p50/p95 latency and the error count.

    .venv/bin/python bench/load_bench.py [--clients 200] [--streams 100] [--seconds 20]
        [--workers 1] [--cache-mb 64]    # --cache-mb 0: the server keeps no answers

A closed loop: each client sends its next request when the last is answered, so latency is
clients / throughput. The clients (bench/rawhttp.py, one process) share the machine with the
server and the ingest, so the CPU seconds each used are printed too: server CPU per request is
the figure that does not depend on what else runs. Clients accept gzip, as browsers do, and decode nothing.

Traffic goes only to 127.0.0.1; every loop is bounded in count and time.
"""
from __future__ import annotations

import argparse
import asyncio
import bisect
import re
import statistics
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))
import rawhttp  # noqa: E402
import synth  # noqa: E402
from serverproc import ROOT, desk_env, livedesk, serving  # noqa: E402

IDS = re.compile(rb"(?m)^id: (\d+)$")
QUERIES = ["/api/events", "/api/events?event_type=Battles", "/api/events?status=claimed",
           "/api/events?date_from=2016-02-01&date_to=2016-03-01", "/api/reports?limit=20"]


async def client_loop(base: str, until: float, lat: list, errs: list, i: int,
                      max_requests: int = 5000) -> None:
    n = 0
    conn = rawhttp.Conn(base)
    while time.perf_counter() < until and n < max_requests:
        path = QUERIES[(i + n) % len(QUERIES)]
        t = time.perf_counter()
        try:
            status, _ = await asyncio.wait_for(conn.get(path), 30)
            if status != 200:
                errs.append(status)
            else:
                lat.append(time.perf_counter() - t)
        except (OSError, asyncio.IncompleteReadError, asyncio.TimeoutError) as exc:
            errs.append(f"{type(exc).__name__} on {path.split('?')[0]}")
        n += 1
    conn.close()


async def stream_loop(base: str, until: float, got: list, lags: list, errs: list) -> None:
    conn = rawhttp.Conn(base)
    try:
        async for chunk in conn.stream("/api/stream"):
            got.append(chunk.count(b"\ndata:") + chunk.startswith(b"data:"))
            now = time.perf_counter()
            lags += [(int(seq), now) for seq in IDS.findall(chunk)]  # changes: "id: <seq>"
            if time.perf_counter() > until:
                return
    except (OSError, asyncio.IncompleteReadError) as exc:
        if time.perf_counter() < until:
            errs.append(f"{type(exc).__name__} on /api/stream")
    finally:
        conn.close()


async def run(base: str, clients: int, streams: int, seconds: float) -> dict:
    lat: list[float] = []
    errs: list = []
    sse_errs: list = []
    got: list[int] = []
    lags: list[float] = []
    start = time.perf_counter()
    until = start + seconds
    streaming = [asyncio.create_task(stream_loop(base, until, got, lags, sse_errs))
                 for _ in range(streams)]
    await asyncio.sleep(1.0)
    asking = [asyncio.create_task(client_loop(base, until, lat, errs, i)) for i in range(clients)]
    await asyncio.wait(asking, timeout=seconds + 30)
    elapsed = time.perf_counter() - start - 1.0     # the clients' own time, to their last answer
    for t in asking + streaming:                  # a stream waits for its next change or ping
        t.cancel()
    lat.sort()
    return {"requests": len(lat), "elapsed": elapsed, "errors": len(errs) + len(sse_errs),
            "p50": statistics.median(lat) * 1000 if lat else None,
            "p95": lat[int(len(lat) * 0.95) - 1] * 1000 if lat else None,
            "sse_messages": sum(got), "heard": lags,
            "error_kinds": sorted(set(map(str, errs + sse_errs)))[:10]}


class Commits:
    """When each change-log entry became visible in the database, seen by polling it every
    10 ms from this process: SSE delivery is timed from there, not from the entry's `at`,
    which the writer stamps before a fusion transaction that can last seconds."""

    def __init__(self, db: Path):
        self.db, self.seqs, self.times = db, [], []
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._poll, daemon=True)

    def _poll(self) -> None:
        conn = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=30)
        while not self.stop.wait(0.01):
            seq = conn.execute("SELECT max(seq) FROM changes").fetchone()[0] or 0
            if not self.seqs or seq > self.seqs[-1]:
                self.seqs.append(seq)
                self.times.append(time.perf_counter())
        conn.close()

    def lags(self, heard: list[tuple[int, float]]) -> list[float]:
        """Seconds from visible to heard, for each change heard after polling began."""
        out = []
        for seq, t in heard:
            i = bisect.bisect_left(self.seqs, seq)
            if 0 < i < len(self.seqs):
                out.append(t - self.times[i])
        return sorted(out)


def cpu_seconds(pid: int) -> float:
    """user + system CPU of a process and its children (uvicorn's workers), so far."""
    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for p in procs:
        try:
            t = p.cpu_times()
            total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--streams", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--reports", type=int, default=300)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--cache-mb", type=int, default=None, help="LIVEDESK_RESPONSE_CACHE_MB")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        home = Path(d)
        env = desk_env(home)
        if args.cache_mb is not None:
            env["LIVEDESK_RESPONSE_CACHE_MB"] = str(args.cache_mb)
        livedesk("ingest", "-q", str(ROOT / "src" / "livedesk" / "samples"), env=env)
        src = synth.write_jsonl(home / "load.jsonl", args.reports, seed=21)
        with serving(env, workers=args.workers) as base:
            ingest = subprocess.Popen([sys.executable, "-m", "livedesk.cli", "ingest", "-q", str(src)],
                                      env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            commits = Commits(home / "desk.db")
            commits.thread.start()
            server0, client0 = cpu_seconds(base.pid), time.process_time()
            res = asyncio.run(run(base, args.clients, args.streams, args.seconds))
            commits.stop.set()
            server_cpu = cpu_seconds(base.pid) - server0
            client_cpu, wall = time.process_time() - client0, res["elapsed"]
            ingest_rc = ingest.wait(600)
    print(f"load: {args.clients} API clients + {args.streams} SSE streams for {args.seconds:.0f}s "
          f"during an ingest of {args.reports} reports (ingest exit {ingest_rc})")
    print(f"requests answered: {res['requests']}, errors: {res['errors']} {res['error_kinds']}")
    if res["p50"] is not None:
        print(f"latency p50 {res['p50']:.1f} ms, p95 {res['p95']:.1f} ms")
    print(f"SSE messages received across streams: {res['sse_messages']}")
    if lags := commits.lags(res["heard"]):
        print(f"SSE delivery after the change was committed: p50 {statistics.median(lags) * 1000:.0f} ms, "
              f"p95 {lags[int(len(lags) * 0.95) - 1] * 1000:.0f} ms")
    n = max(res["requests"], 1)
    print(f"throughput {res['requests'] / wall:.0f} requests/s over {wall:.1f}s; CPU: server "
          f"({args.workers} worker{'s' if args.workers > 1 else ''}) {server_cpu:.1f}s = "
          f"{server_cpu * 1000 / n:.2f} ms/request, load generator {client_cpu:.1f}s = "
          f"{client_cpu * 1000 / n:.2f} ms/request")


if __name__ == "__main__":
    main()
