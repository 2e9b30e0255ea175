"""What the database looks like now, as two numbers a cached answer can be keyed by.

Every write the store makes goes to the change log in the same transaction, and sequence
numbers become visible in order, so "the last change-log entry that can alter this view" names
the view's content. A request that reads the log's head after it arrived, and serves bytes made
at that version or later, never shows anything older than what an SSE message already announced,
whichever process (or `serve` worker) wrote it or streamed it.

Two views, so an ingest's stream of new reports does not throw away every cached event list:
- `any`: the last entry except `user.*` (sign-ins and accounts, which no public GET shows);
- `events`: the same without `report.added`, which stores a report with its claims and frames,
  none of them linked to an event yet (only fusion, logged as `event.*`, writes event rows and
  links). Any other action, including ones added later, moves both.
Both come with an epoch, moved when the log this process knew is gone (a database replaced or
restored under a running server), so numbers counted again from lower down never meet answers
cached from the old one.
"""
from __future__ import annotations

import asyncio
import threading

from starlette.concurrency import run_in_threadpool

PAGE = 500


class Versions:
    def __init__(self, store):
        self.store = store
        self.lock = threading.Lock()
        self.seq: int | None = None       # the last entry looked at, and its time
        self.at: str | None = None
        self.epoch = 0
        self.any = 0
        self.events = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._current: asyncio.Task | None = None
        self._queued: asyncio.Task | None = None

    def sync(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """((epoch, any), (epoch, events)) as of the database's head at this call (blocking)."""
        with self.lock:
            start, at, epoch = self.seq, self.at, self.epoch
        if start is None:
            head = self.store.last_seq()
            last = self.store.changes_since(head - 1, 1) if head else []
            with self.lock:
                if self.seq is None:            # nothing known about older entries: all moved
                    self.seq = self.any = self.events = head
                    self.at = last[0]["at"] if last and last[0]["seq"] == head else None
            return self.sync()
        while True:
            # From the last entry seen, which must still be there (same seq, same time):
            # else the log was replaced.
            rows = self.store.changes_since(max(start - 1, 0), PAGE + 1)
            if start and (not rows or rows[0]["seq"] != start
                          or at not in (None, rows[0]["at"])):
                with self.lock:
                    if self.epoch == epoch:
                        self.seq, self.at, self.epoch = None, None, epoch + 1
                return self.sync()
            rows = [r for r in rows if r["seq"] > start]
            with self.lock:
                moved = self.epoch != epoch or self.seq is None
                if not moved:
                    self._merge(rows)
                now = ((self.epoch, self.any), (self.epoch, self.events))
            if moved:                           # reset by a concurrent sync: start over
                return self.sync()
            if len(rows) < PAGE:
                return now
            start, at = rows[-1]["seq"], rows[-1]["at"]

    def _merge(self, rows: list[dict]) -> None:
        for row in rows:
            if row["seq"] <= self.seq:          # a concurrent sync merged it already
                continue
            self.seq, self.at = row["seq"], row["at"]
            action = row["action"]
            if not action.startswith("user."):
                self.any = row["seq"]
                if action != "report.added":
                    self.events = row["seq"]

    async def fresh(self) -> tuple[tuple[int, int], tuple[int, int]]:
        """sync() for a request, shared: a request joins a read of the head that STARTS after it
        arrived (never one already running), so two hundred waiting readers cost two queries,
        not two hundred, and each still sees every change committed before it came."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:              # tests run each request in a new loop
            self._loop, self._current, self._queued = loop, None, None
        if self._current is None or self._current.done():
            self._current = loop.create_task(self._run(None))
            return await asyncio.shield(self._current)
        if self._queued is None:
            self._queued = loop.create_task(self._run(self._current))
        return await asyncio.shield(self._queued)

    async def _run(self, after: asyncio.Task | None) -> tuple[tuple[int, int], tuple[int, int]]:
        if after is not None:
            try:
                await after
            except Exception:  # noqa: BLE001 - its readers saw the error; this one reads anew
                pass
            self._current, self._queued = self._queued, None
        return await run_in_threadpool(self.sync)
