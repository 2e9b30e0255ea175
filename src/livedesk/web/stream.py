"""Server-Sent Events at /api/stream: the change log, pushed to every open page.

One poller per server reads the change log (written by any process using the same database)
and fans each new entry out to the connected clients, so a hundred open pages cost one query
per tick, not a hundred. A client reconnecting with Last-Event-ID first gets what it missed.
"""
from __future__ import annotations

import asyncio
import json
import time
from typing import Any, AsyncIterator

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from livedesk.store import Store

POLL_SECONDS = 0.5
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

    async def start(self) -> None:
        if self.task is None or self.task.done():
            if self.seq is None:
                self.seq = await run_in_threadpool(self.store.last_seq)
            self.task = asyncio.create_task(self._run())

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
                for q in list(self.clients):
                    q.put_nowait(row)
            if len(rows) < 500:
                await asyncio.sleep(self.interval)

    async def events(self, request: Request, last_id: int | None) -> AsyncIterator[str]:
        await self.start()
        q: asyncio.Queue = asyncio.Queue()
        self.clients.add(q)
        try:
            sent = self.seq or 0
            yield f"retry: 2000\nevent: hello\ndata: {json.dumps({'seq': sent})}\n\n"
            if last_id is not None and last_id < sent:
                for row in await run_in_threadpool(self.store.changes_since, last_id, 1000):
                    if row["seq"] <= sent:
                        yield _frame(row)
            last_ping = time.monotonic()
            while not self.closing:
                try:
                    row = await asyncio.wait_for(q.get(), timeout=1.0)
                except asyncio.TimeoutError:
                    row = False
                if row is None or await request.is_disconnected():
                    return
                if row and row["seq"] > sent:
                    sent = row["seq"]
                    yield _frame(row)
                if time.monotonic() - last_ping > PING_SECONDS:
                    last_ping = time.monotonic()
                    yield ": ping\n\n"
        finally:
            self.clients.discard(q)


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
