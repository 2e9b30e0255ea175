"""Server-Sent Events at /api/stream: the change log, pushed to every open page.

One poller per server reads the change log (written by any process using the same database)
and fans each new entry out to the connected clients, so a hundred open pages cost one query
per tick, not a hundred. A client reconnecting with Last-Event-ID first gets what it missed.
On PostgreSQL the poller also LISTENs for the store's NOTIFY and reads at once; polling stays
as the fallback (a dropped LISTEN connection costs latency, never changes).
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
from typing import Any, AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from livedesk.store import Store
from livedesk.store.store import NOTIFY_CHANNEL

POLL_SECONDS = 0.25  # one indexed query per tick per server, whatever the number of pages
PING_SECONDS = 15.0

router = APIRouter()


class Hub:
    def __init__(self, store: Store, interval: float = POLL_SECONDS):
        self.store = store
        self.interval = interval
        self.seq: int | None = None
        self.clients: set[asyncio.Queue] = set()
        self.task: asyncio.Task | None = None
        self.closing = False
        self.wake: asyncio.Event | None = None
        self.listener: threading.Thread | None = None

    async def start(self) -> None:
        if self.task is None or self.task.done():
            if self.seq is None:
                self.seq = await run_in_threadpool(self.store.last_seq)
            self.wake = asyncio.Event()
            if self.store.dialect == "postgresql" and self.listener is None:
                loop = asyncio.get_running_loop()
                self.listener = threading.Thread(target=self._listen, args=(loop,), daemon=True,
                                                 name="livedesk-listen")
                self.listener.start()
            self.task = asyncio.create_task(self._run())

    def _listen(self, loop: asyncio.AbstractEventLoop) -> None:
        import psycopg
        while not self.closing:
            try:
                with psycopg.connect(self.store.libpq_url(), autocommit=True,
                                     connect_timeout=5) as conn:
                    conn.execute(psycopg.sql.SQL("LISTEN {}").format(
                        psycopg.sql.Identifier(NOTIFY_CHANNEL)))
                    while not self.closing:
                        for _ in conn.notifies(timeout=1.0, stop_after=1):
                            loop.call_soon_threadsafe(self.wake.set)
            except Exception:  # noqa: BLE001 - the poll still runs; retry the LISTEN later
                time.sleep(2.0)

    async def stop(self) -> None:
        self.closing = True
        for q in list(self.clients):
            q.put_nowait(None)
        if self.task:
            self.task.cancel()

    async def _run(self) -> None:
        while not self.closing:
            try:
                rows = await run_in_threadpool(self.store.changes_since, self.seq or 0, 500)
            except Exception:  # noqa: BLE001 - a busy or restarting database: try next tick
                rows = []
            for row in rows:
                self.seq = row["seq"]
                # Framed once here, not once per open page.
                item = (row["seq"], _frame(row) if _public(row) else None)
                for q in list(self.clients):
                    q.put_nowait(item)
            if len(rows) < 500:
                # Changes come in bursts (a report, then its events a moment later): after
                # finding some, look again soon rather than a whole interval later.
                try:
                    await asyncio.wait_for(self.wake.wait(), 0.05 if rows else self.interval)
                except asyncio.TimeoutError:
                    pass
                self.wake.clear()

    async def events(self, request: Request, last_id: int | None) -> AsyncIterator[str]:
        await self.start()
        q: asyncio.Queue = asyncio.Queue()
        self.clients.add(q)
        try:
            sent = self.seq or 0
            yield f"retry: 2000\nevent: hello\ndata: {json.dumps({'seq': sent})}\n\n"
            if last_id is not None and last_id < sent:
                for row in await run_in_threadpool(self.store.changes_since, last_id, 1000):
                    if row["seq"] <= sent and _public(row):
                        yield _frame(row)
            last_ping = time.monotonic()
            while not self.closing:
                try:
                    async with asyncio.timeout(1.0):
                        item = await q.get()
                except TimeoutError:
                    item = False
                if item is None or await request.is_disconnected():
                    return
                # A fusion commits hundreds of changes at once: send all that are waiting as
                # one chunk (one write, one disconnect check) rather than one per change.
                batch = []
                while item:
                    seq, frame = item
                    if seq > sent:
                        sent = seq
                        if frame:
                            batch.append(frame)
                    item = q.get_nowait() if not q.empty() else False
                if batch:
                    yield "".join(batch)
                if item is None:
                    return
                if time.monotonic() - last_ping > PING_SECONDS:
                    last_ping = time.monotonic()
                    yield ": ping\n\n"
        finally:
            self.clients.discard(q)


def _public(row: dict[str, Any]) -> bool:
    # Anyone may open the stream: who signs in or gets an account is not its business.
    return not row["action"].startswith("user.")


def _frame(row: dict[str, Any]) -> str:
    # Only what a page needs to decide what to refetch; the content comes from the API.
    data = {"seq": row["seq"], "action": row["action"], "target": row["target"], "at": row["at"]}
    return f"id: {row['seq']}\nevent: change\ndata: {json.dumps(data)}\n\n"


@router.get("/api/stream")
async def stream(request: Request) -> StreamingResponse:
    raw = request.headers.get("last-event-id") or request.query_params.get("since")
    last_id = int(raw) if raw and raw.isdigit() else None
    hub: Hub = request.app.state.hub
    return StreamingResponse(hub.events(request, last_id), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})
