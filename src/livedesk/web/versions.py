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
        self.seq: int | None = None       # the last entry looked at
        self.any = 0
        self.events = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._current: asyncio.Task | None = None
        self._queued: asyncio.Task | None = None

    def sync(self) -> tuple[int, int]:
        """(any, events) as of the database's head at this call (blocking)."""
        with self.lock:
            start = self.seq
        if start is None:
            head = self.store.last_seq()
            with self.lock:
                if self.seq is None:            # nothing known about older entries: all moved
                    self.seq = self.any = self.events = head
            return self.sync()
        while True:
            rows = self.store.changes_since(start, PAGE)
            with self.lock:
                for row in rows:
                    if row["seq"] <= self.seq:  # a concurrent sync merged it already
                        continue
                    self.seq = row["seq"]
                    action = row["action"]
                    if not action.startswith("user."):
                        self.any = row["seq"]
                        if action != "report.added":
                            self.events = row["seq"]
                now = (self.any, self.events)
            if len(rows) < PAGE:
                return now
            start = rows[-1]["seq"]

    async def fresh(self) -> tuple[int, int]:
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

    async def _run(self, after: asyncio.Task | None) -> tuple[int, int]:
        if after is not None:
            try:
                await after
            except Exception:  # noqa: BLE001 - its readers saw the error; this one reads anew
                pass
            self._current, self._queued = self._queued, None
        return await run_in_threadpool(self.sync)
