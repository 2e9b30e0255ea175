"""Backfills on Dask: read a large set of reports in parallel and store them, resumably.

Why Dask (dask.distributed): it is the field's existing engine for this, runs the same code on a
local cluster of processes or on a real one given its scheduler address, and its futures tell
the driver which chunk is done. Each worker reads its chunk and writes it to the store itself,
in one transaction (backfill_chunks.py); the driver only cuts the input, schedules, checkpoints
and shows progress. SQLite serialises the writers (WAL, BEGIN IMMEDIATE with a busy timeout),
PostgreSQL takes them concurrently behind the store's advisory write lock.

Resumable: a chunk's id goes into the checkpoint file only after its worker has committed it.
A crash loses at most the chunks in flight, and since reports are stored by fingerprint, redoing
one stores nothing twice (its reports count as already stored).
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from livedesk.backfill_chunks import (DEFAULT_CHUNK, Chunk, ChunkResult, _chunk_id, plan,
                                      read_chunk, store_chunk, warm)
from livedesk.errors import InputError
from livedesk.settings import Settings, get_settings

__all__ = ["BackfillSummary", "Checkpoint", "Chunk", "DEFAULT_CHUNK", "backfill", "plan",
           "read_chunk"]

# Dask settings for the local cluster, for speed only. Measured on 200 reports read in a
# worker's task versus the same read in one plain process: ~25% more CPU with Dask's defaults,
# within the noise (a few %) with these.
# - Dask starts workers with MALLOC_TRIM_THRESHOLD_=65536, so glibc hands freed memory back to
#   the system at once; spaCy allocates and frees a lot per document: ~15% more CPU. Unset,
#   memory is kept for reuse (a worker stays at a few hundred MB).
# - The task runs in a thread, which glibc gives its own malloc arena, grown and shrunk by mmap:
#   25x the page faults of the main thread. One arena (one compute thread per worker, so no
#   contention for it) behaves like the plain process.
# - The statistical profiler samples every thread's stack each 10 ms, holding the GIL; the event
#   loop's tick (20 ms), memory monitor (100 ms) and system monitor (500 ms) each wake a thread
#   that must take the GIL from spaCy. Profiling off, the others at a second or two.
DASK_CONFIG = {"distributed.worker.profile.enabled": False,
               "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
               "distributed.nanny.pre-spawn-environ.MALLOC_ARENA_MAX": 1,
               "distributed.admin.tick.interval": "1s",
               "distributed.worker.memory.monitor-interval": "1s",
               "distributed.admin.system-monitor.interval": "2s"}


@dataclass
class BackfillSummary:
    chunks: int = 0
    skipped_chunks: int = 0
    reports: int = 0
    new: int = 0
    duplicates: int = 0
    failed: int = 0                 # inputs that gave no report (bad file, line, URL or chunk)
    refused: int = 0                # reports stored without a reading the store refused
    seconds: float = 0.0            # reading and writing, after the cluster is up
    startup: float = 0.0            # starting the cluster and loading the pipeline on workers
    refuse_seconds: float = 0.0     # fusing every stored mention once at the end
    cpu_driver: float = 0.0         # CPU seconds of this process during `seconds`
    cpu_workers: list[float] = field(default_factory=list)  # the same, for each worker process
    cpu_tasks: float = 0.0          # CPU seconds inside the chunks' reading and writing
    errors: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.reports / self.seconds if self.seconds else 0.0

    def add(self, r: ChunkResult) -> None:
        self.reports += r.reports
        self.new += r.new
        self.duplicates += r.reports - r.new
        self.errors.extend(r.errors)
        self.failed += len(r.errors) - r.refused
        self.refused += r.refused
        self.cpu_tasks += r.cpu

    def fail(self, chunk: Chunk, exc: Exception) -> None:
        """A whole chunk failed (not checkpointed: a later run reads it again)."""
        self.errors.append(f"{chunk.where}: {type(exc).__name__}: {exc}")
        self.failed += 1

    def __str__(self) -> str:
        s = (f"backfill: {self.reports} reports ({self.new} new, {self.duplicates} already stored, "
             f"{self.failed} failed"
             + (f", {self.refused} stored without their reading" if self.refused else "")
             + f") from {self.chunks} chunks ({self.skipped_chunks} done before) "
             f"in {self.seconds:.1f}s (+{self.startup:.1f}s start-up, "
             f"+{self.refuse_seconds:.1f}s fusion), {self.rate:.1f} reports/s")
        for e in self.errors[:20]:
            s += f"\n  error: {e}"
        if len(self.errors) > 20:
            s += f"\n  ... and {len(self.errors) - 20} more errors"
        return s


class Checkpoint:
    """The ids of chunks already committed, in a JSON Lines file: append-only, so a crash while
    writing it loses at most the last line (and that chunk is then redone, harmlessly)."""

    def __init__(self, path: Path):
        self.path = path
        self.done: set[str] = set()
        if path.exists():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    self.done.add(json.loads(line)["chunk"])
                except (ValueError, KeyError, TypeError):
                    continue

    def mark(self, chunk_id: str) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps({"chunk": chunk_id, "at": time.time()}) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        self.done.add(chunk_id)


def _checkpoint_path(settings: Settings, sources: Iterable[str]) -> Path:
    key = _chunk_id(settings.database_url, *sorted(os.path.abspath(s) for s in sources))
    return Path(settings.home) / "backfill" / f"{key}.jsonl"


def backfill(sources: list[str], settings: Settings | None = None, workers: int = 2,
             scheduler: str | None = None, batch_size: int = DEFAULT_CHUNK,
             progress: bool = True, refuse: bool = True) -> BackfillSummary:
    """Read and store `sources` on a Dask cluster (local with `workers` processes, or the one
    at `scheduler`), then re-fuse once. workers=0 reads and writes in this process: the
    single-process baseline the bench compares with."""
    from tqdm import tqdm

    from livedesk.service import Desk

    settings = settings or get_settings()
    desk = Desk(settings)           # creates and migrates the schema before any worker writes
    summary = BackfillSummary()
    checkpoint = Checkpoint(_checkpoint_path(settings, sources))
    # Two passes over the input: the first only counts (for the progress bar) and collects the
    # errors; the second hands chunks out as workers free up. Holding every chunk at once
    # would hold the whole archive in memory.
    for c in plan(sources, batch_size):
        if isinstance(c, InputError):
            summary.errors.append(str(c))
            summary.failed += 1
        elif c.id in checkpoint.done:
            summary.skipped_chunks += 1
        else:
            summary.chunks += 1
    bar = tqdm(total=summary.chunks, unit="chunk", disable=not progress, file=sys.stderr,
               desc="backfill")
    summary.chunks += summary.skipped_chunks
    chunks = (c for c in plan(sources, batch_size)
              if not isinstance(c, InputError) and c.id not in checkpoint.done)

    def done(result: ChunkResult) -> None:
        if result.pending is not None:
            result.commit(desk.store, result.pending)
        summary.add(result)
        checkpoint.mark(result.chunk_id)
        bar.update(1)

    t0 = time.perf_counter()
    if summary.chunks == summary.skipped_chunks:
        started, cpu0 = time.perf_counter(), time.process_time()  # all done before: no cluster
    elif workers == 0 and scheduler is None:
        warm()
        started, cpu0 = time.perf_counter(), time.process_time()
        for c in chunks:
            try:
                done(store_chunk(c, settings, desk.store))
            except Exception as exc:  # noqa: BLE001 - a chunk the store refused: say which, go on
                summary.fail(c, exc)
    else:
        started, cpu0 = _on_dask(chunks, settings, workers, scheduler, summary, done)
    summary.startup = started - t0
    summary.seconds = time.perf_counter() - started
    summary.cpu_driver = time.process_time() - cpu0
    bar.close()
    if refuse:
        t = time.perf_counter()
        desk.refuse()
        summary.refuse_seconds = time.perf_counter() - t
    desk.close()
    return summary


def _on_dask(chunks: Iterator[Chunk], settings: Settings, workers: int, scheduler: str | None,
             summary: BackfillSummary, done) -> tuple[float, float]:
    """Run the chunks on Dask, calling done() as each is committed. Returns when the timed
    part began (wall clock, this process's CPU), after the cluster is up and warm."""
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    # Dask logs every start, connection and close at INFO: show them only when the desk's own
    # logging is that verbose (`livedesk -v`).
    logging.getLogger("distributed").setLevel(max(logging.getLogger().getEffectiveLevel(),
                                                  logging.WARNING))
    cluster = None
    with dask.config.set(DASK_CONFIG):
        if scheduler:
            client = Client(scheduler)
        else:
            # One thread per worker process: spaCy is CPU-bound and holds the GIL.
            cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=40)
            client = Client(cluster)
    # Workers write their own chunks, except to a SQLite file from a cluster elsewhere: that
    # file is on this machine (and SQLite is not safe over a network file system), so then the
    # workers send their reports back and this process writes them.
    write = cluster is not None or not settings.database_url.startswith("sqlite")
    try:
        # Load the pipeline and open the store on every worker before the clock starts, as
        # the in-process run does before its clock starts.
        cpu_start = client.run(warm, settings.database_url if write else None)
        started, cpu0 = time.perf_counter(), time.process_time()
        threads = sum(client.nthreads().values()) or 1
        # A few chunks queued per worker thread: no worker waits for its next chunk, and
        # neither this process nor the scheduler holds the whole input (an archive can be far
        # larger than memory).
        where: dict[str, Chunk] = {}

        def submit(c: Chunk):
            where[f"chunk-{c.id}"] = c
            return client.submit(store_chunk, c, settings, write=write, key=f"chunk-{c.id}",
                                 pure=False)

        queue = as_completed([submit(c) for c in islice(chunks, 2 * threads + 1)])
        for fut in queue:
            try:
                done(fut.result())
            except Exception as exc:  # noqa: BLE001 - a chunk the store refused: say which, go on
                summary.fail(where[fut.key], exc)
            fut.release()
            del where[fut.key]
            nxt = next(chunks, None)
            if nxt is not None:
                queue.add(submit(nxt))
        cpu_end = client.run(time.process_time)
        summary.cpu_workers = [cpu_end[w] - cpu_start[w] for w in sorted(cpu_end)
                               if w in cpu_start]
        return started, cpu0
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
