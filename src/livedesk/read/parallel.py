"""Reading on several cores: chunks of work handed to worker processes, results back in order.

Why processes, not threads: the reading is Python and single-threaded numeric code (spaCy, the
onnxruntime encoder with one intra-op thread), so only processes use a second core. Why fork:
the workers are forked after the parent has loaded the models (spaCy, the encoder, the typing
head, the lexicons), so each starts at once and their pages are shared copy-on-write rather than
loaded again per worker; `gc.freeze()` before the fork keeps the collector from writing to (and so
copying) every object the parent made.

What must hold, whatever happens to a worker:
- results come out in the order the chunks went in (`OrderedPool.results`);
- nothing is lost: a chunk whose worker died (killed, out of memory, a crash in native code) is
  read again in a fresh pool; a chunk that takes a pool down twice is read one item at a time, and
  an item that does so twice gets `on_lost(item, why)` instead of a result. So every item gets
  exactly one result, and one bad item costs only its own line;
- a worker never outlives the command: it asks the kernel for SIGTERM when its parent dies
  (PR_SET_PDEATHSIG), ignores Ctrl-C (the parent handles it and stops the pool), and the pool is
  shut down on every way out of `OrderedPool`'s `with` block.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
from collections import deque
from dataclasses import dataclass
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterator

# The function the workers apply to each chunk. Set before the pool forks, so the workers find it
# in their copy of this module; it is never pickled (a closure could not be).
_WORK: Callable[[list], list] | None = None


def default_jobs() -> int:
    """The cores this process may run on (a container's CPU set, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _die_with_parent() -> None:
    """Ask the kernel to send SIGTERM to this worker when its parent exits (Linux), so that
    killing the command (even with SIGKILL) leaves no worker reading on."""
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        pass


def _init_worker(parent: int, after_fork: Callable[[], None] | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C is the parent's to handle
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()
    if os.getppid() != parent:                       # the parent died before prctl took hold
        os._exit(1)
    if after_fork is not None:
        after_fork()


def _run(chunk: list) -> list:
    return _WORK(chunk)


@dataclass
class _Chunk:
    items: list
    future: Future | None = None
    results: list | None = None
    suspect: bool = False        # was in flight when a worker died: to be read alone


class OrderedPool:
    """Apply `work` (list of items -> list of results, one each) to chunks on `jobs` forked
    workers; `put()` / `results()` yield each chunk's results in submission order.

    At most about `window` chunks are held, so a long input is never all in memory. When a worker
    dies, every chunk then in flight is read again alone, one at a time, in a fresh pool, so that
    a death is pinned on the one chunk running: that chunk is split into single items, each read
    alone, and an item that kills its worker gets `on_lost(item, why)` for its result. Then the
    pool goes back to reading `jobs` chunks at once. `after_fork` runs in each worker as it starts
    (e.g. to drop a database connection that must not be shared across a fork)."""

    def __init__(self, work: Callable[[list], list], jobs: int, on_lost: Callable[[object, str], object],
                 window: int | None = None, after_fork: Callable[[], None] | None = None):
        self.work, self.jobs, self.on_lost, self.after_fork = work, jobs, on_lost, after_fork
        self.window = window or 2 * jobs + 1
        self._queue: deque[_Chunk] = deque()
        self._pool: ProcessPoolExecutor | None = None
        self._solo: _Chunk | None = None      # the one chunk in flight while suspects are read

    # -- the pool ---------------------------------------------------------------------------
    def _start(self) -> ProcessPoolExecutor:
        global _WORK
        if self._pool is None:
            _WORK = self.work
            gc.collect()
            gc.freeze()          # what the parent holds now is shared, not copied by the collector
            self._pool = ProcessPoolExecutor(
                self.jobs, mp_context=multiprocessing.get_context("fork"),
                initializer=_init_worker, initargs=(os.getpid(), self.after_fork))
        return self._pool

    def close(self, *, wait: bool = True) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        if not wait:
            # An interrupted run: stop the workers now rather than after their current chunk.
            for proc in list((getattr(pool, "_processes", None) or {}).values()):
                try:
                    proc.terminate()
                except (OSError, AttributeError):
                    pass
        pool.shutdown(wait=wait, cancel_futures=not wait)
        gc.unfreeze()

    def __enter__(self) -> "OrderedPool":
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.close(wait=exc_type is None)

    # -- work in, results out ------------------------------------------------------------------
    def put(self, items: list) -> Iterator[list]:
        """Queue a chunk; yields the results of chunks that are ready, in order (blocking only
        while the window is full)."""
        self._queue.append(_Chunk(list(items)))
        self._dispatch()
        yield from self._ready(block=lambda: self._held() > self.window)

    def put_result(self, results: list) -> Iterator[list]:
        """Queue results made in the parent (e.g. a line that is not JSON): they come out after
        every chunk queued before them."""
        self._queue.append(_Chunk([], results=list(results)))
        yield from self._ready(block=lambda: False)

    def results(self) -> Iterator[list]:
        """Every remaining chunk's results, in order (waits for them)."""
        yield from self._ready(block=lambda: True)

    def _held(self) -> int:
        return sum(1 for c in self._queue if c.results is None)

    def _dispatch(self) -> None:
        """Submit what may run now: everything waiting, or, while suspects remain, the first
        suspect alone."""
        if self._solo is not None:
            return
        waiting = [c for c in self._queue if c.results is None and c.future is None]
        suspects = [c for c in waiting if c.suspect]
        if suspects:
            self._solo = suspects[0]
            waiting = [self._solo]
        for c in waiting:
            c.future = self._start().submit(_run, c.items)

    def _ready(self, block: Callable[[], bool]) -> Iterator[list]:
        while self._queue:
            head = self._queue[0]
            if head.results is None:
                self._dispatch()
                if head.future is None or (not head.future.done() and not block()):
                    if head.future is None and self._solo is not None:
                        self._settle(self._solo)     # a suspect ahead of the head runs first
                        continue
                    return
                self._settle(head)
                continue
            self._queue.popleft()
            yield head.results

    def _settle(self, chunk: _Chunk) -> None:
        try:
            chunk.results = chunk.future.result()
        except BrokenProcessPool as exc:
            self._recover(chunk, exc)
        else:
            if chunk is self._solo:
                self._solo = None

    def _recover(self, chunk: _Chunk, exc: BaseException) -> None:
        old, self._pool = self._pool, None
        if old is not None:
            old.shutdown(wait=False, cancel_futures=True)
            gc.unfreeze()
        solo, self._solo = self._solo, None
        if solo is not None:
            # It ran alone: the death was its own.
            solo.future = None
            if len(solo.items) > 1:
                i = self._queue.index(solo)
                self._queue.remove(solo)
                for k, item in enumerate(solo.items):
                    self._queue.insert(i + k, _Chunk([item], suspect=True))
            else:
                why = "the reading process died" + (f" ({exc})" if str(exc) else "")
                solo.results = [self.on_lost(solo.items[0], why)]
            return
        print("livedesk: a reading process died; reading the reports it may have held again, "
              "one chunk at a time", file=sys.stderr)
        for c in self._queue:
            if c.results is not None or c.future is None:
                continue
            f, c.future = c.future, None
            if f.done() and not f.cancelled() and f.exception() is None:
                c.results = f.result()          # finished before the break: kept
            else:
                c.suspect = True


def run_ordered(chunks: Iterator[tuple[str, list]], work: Callable[[list], list], jobs: int,
                on_lost: Callable[[object, str], object],
                after_fork: Callable[[], None] | None = None) -> Iterator[list]:
    """("work", items) chunks go to the workers, ("done", results) pass straight through; yields
    result lists in the order the chunks came."""
    with OrderedPool(work, jobs, on_lost, after_fork=after_fork) as pool:
        for kind, payload in chunks:
            if kind == "work":
                yield from pool.put(payload)
            else:
                yield from pool.put_result(payload)
        yield from pool.results()


__all__ = ["OrderedPool", "run_ordered", "default_jobs", "warm_reading", "reopen_after_fork"]


# -- the reading's own preparation -------------------------------------------------------------

# A short report that takes every stage of the reading through its lazy loading (spaCy, the
# entity ruler, the encoder and typing head, the gazetteer, actors, dates, claims), written for
# this purpose: the parent reads it once before forking, so the workers inherit what it loaded.
WARM_TEXT = ("On Monday, gunmen killed three soldiers near Gao and abducted two aid workers, "
             "the army said in a statement.\nPolice fired tear gas at protesters in Lagos.")


def warm_reading() -> None:
    from datetime import datetime, timezone

    from livedesk.model import Report
    from livedesk.read import read_report
    read_report(Report(text=WARM_TEXT, id="warm-up", title=None, fmt="jsonl",
                       published=datetime(2020, 5, 4, 12, tzinfo=timezone.utc)).with_id())


def reopen_after_fork() -> None:
    """In a new worker: forget the parent's gazetteer connection (SQLite connections must not be
    used across a fork); the worker opens its own on first use. The parent's copy is left alone."""
    from livedesk.geo import gazetteer
    gazetteer._GAZ = None
