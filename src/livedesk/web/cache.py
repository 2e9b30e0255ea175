"""Answers to read-only API GETs, kept as bytes and shared by every reader of the desk.

Most readers of a live desk ask for the same few views, and all of them ask again right after a
change. Each answer is kept under (path, sorted query, the change-log version its view depends
on; see versions.py), so a change anywhere, by any process, makes a new key: nothing is ever
invalidated by hand and nothing stale can be served. Readers asking for the same key while it is
being made wait for that one answer instead of each querying and serialising it again.

Each answer carries an ETag (a hash of its bytes, the same in every worker) and is sent gzipped
to clients that accept it (compressed once per version, in a worker thread); If-None-Match gets a
304. The cache is a small LRU bounded in bytes (keys and overhead counted); answers over an eighth
of it are not kept.
"""
from __future__ import annotations

import asyncio
import gzip
import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from starlette.concurrency import run_in_threadpool

from livedesk.web.versions import Versions

# What the answer depends on: the event list reads event rows only; the others also read reports,
# sources, links or the log itself (an event's history lists every entry that targets it).
# Unlisted paths (the session, the stream, writes) are never cached.
EVENT_VIEWS = re.compile(r"^/api/events$")
OTHER_VIEWS = re.compile(r"^/api/(events/[^/]+|reports(/[^/]+)?|sources/.+|export\.[a-z]+)$")
# Answers that change only with the installed data (a new release, a restart), never with the
# database: province lines.
STATIC_VIEWS = ("/api/vocabulary", "/api/boundaries")
GZIP_MIN = 1024   # smaller answers are not worth a gzip header
GZIP_LEVEL = 5    # ~10x smaller JSON; a 1.4 MB list takes ~8 ms once per version
# The page revalidates each time (ETag), so a reader never keeps an old list without asking.
CACHE_CONTROL = b"no-cache"


@dataclass
class Entry:
    headers: list[tuple[bytes, bytes]]
    body: bytes
    gz: bytes | None
    etag: bytes

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gz or b"")


class LRU:
    # Bytes counted for an entry beyond its bodies: its key (a query string can be kilobytes)
    # and Python's own objects, so many tiny answers to made-up queries cannot outgrow the bound.
    OVERHEAD = 600

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.items: OrderedDict[tuple, tuple[Entry, int]] = OrderedDict()
        self.bytes = 0

    def get(self, key: tuple) -> Entry | None:
        item = self.items.get(key)
        if item is None:
            return None
        self.items.move_to_end(key)
        return item[0]

    def put(self, key: tuple, e: Entry) -> None:
        cost = e.size + len(key[0]) + len(key[1]) + self.OVERHEAD
        if cost > self.max_bytes // 8:
            return
        old = self.items.pop(key, None)
        self.bytes += cost - (old[1] if old else 0)
        self.items[key] = (e, cost)
        while self.bytes > self.max_bytes:
            _, (_, dropped) = self.items.popitem(last=False)
            self.bytes -= dropped


def accepts_gzip(value: str) -> bool:
    for part in value.lower().split(","):
        name, _, params = part.strip().partition(";")
        if name.strip() in ("gzip", "*"):
            q = params.strip()
            return not (q.startswith("q=") and q[2:].strip(" 0.") == "")   # "q=0", "q=0.000"
    return False


def etag_matches(value: str, etag: bytes) -> bool:
    tag = etag.decode()
    return any(t.strip() in ("*", tag, tag[2:]) for t in value.split(","))


def _make_entry(start: dict, body: bytes) -> Entry:
    headers = [(k, v) for k, v in start.get("headers", [])
               if k.lower() not in (b"content-length", b"cache-control")]
    gz = gzip.compress(body, GZIP_LEVEL, mtime=0) if len(body) >= GZIP_MIN else None
    etag = b'W/"' + hashlib.blake2b(body, digest_size=12).hexdigest().encode() + b'"'
    return Entry(headers, body, gz, etag)


class ResponseCache:
    """ASGI middleware; `versions` reads the change log's head for each request."""

    def __init__(self, app, versions: Versions, max_bytes: int):
        self.app = app
        self.versions = versions
        self.lru = LRU(max_bytes)
        self.pending: dict[tuple, asyncio.Future] = {}

    def _view(self, path: str) -> str | None:
        if EVENT_VIEWS.match(path):
            return "events"
        if OTHER_VIEWS.match(path):
            return "any"
        return "static" if path in STATIC_VIEWS else None

    async def __call__(self, scope, receive, send):
        view = (scope["type"] == "http" and scope["method"] == "GET" and self.lru.max_bytes > 0
                and self._view(scope["path"]))
        if not view:
            return await self.app(scope, receive, send)
        version = None
        if view != "static":
            try:
                any_seq, events_seq = await self.versions.fresh()
            except Exception:  # noqa: BLE001 - a busy database: answer uncached, as before
                return await self.app(scope, receive, send)
            version = events_seq if view == "events" else any_seq
        query = urlencode(sorted(parse_qsl(scope["query_string"].decode("latin-1"),
                                           keep_blank_values=True), key=lambda kv: kv[0]))
        key = (scope["path"], query, version)
        entry = self.lru.get(key)
        if entry is None:
            entry = await self._fill(key, scope, receive, send)
            if entry is None:
                return                          # not cacheable: already answered as it was
        await self._send(entry, scope, send)

    async def _fill(self, key, scope, receive, send) -> Entry | None:
        waiting = self.pending.get(key)
        if waiting is not None and waiting.get_loop() is asyncio.get_running_loop():
            entry = await asyncio.shield(waiting)
            if entry is not None:
                return entry
            await self.app(scope, receive, send)
            return None
        fut = asyncio.get_running_loop().create_future()
        self.pending[key] = fut
        entry = None
        try:
            messages: list[dict] = []

            async def keep(message):
                messages.append(message)

            await self.app(scope, receive, keep)
            start = messages[0] if messages else {}
            body = b"".join(m.get("body", b"") for m in messages[1:])
            if start.get("status") == 200 and len(body) <= self.lru.max_bytes // 8:
                entry = await run_in_threadpool(_make_entry, start, body)
                self.lru.put(key, entry)
            else:
                for m in messages:
                    await send(m)
        finally:
            self.pending.pop(key, None)
            fut.set_result(entry)
        return entry

    async def _send(self, entry: Entry, scope, send) -> None:
        req = {k: v for k, v in scope["headers"] if k in (b"if-none-match", b"accept-encoding")}
        common = [(b"etag", entry.etag), (b"cache-control", CACHE_CONTROL),
                  (b"vary", b"Accept-Encoding")]
        inm = req.get(b"if-none-match")
        if inm is not None and etag_matches(inm.decode("latin-1"), entry.etag):
            await send({"type": "http.response.start", "status": 304, "headers": common})
            await send({"type": "http.response.body", "body": b""})
            return
        body, extra = entry.body, []
        if entry.gz is not None and accepts_gzip(req.get(b"accept-encoding", b"").decode("latin-1")):
            body, extra = entry.gz, [(b"content-encoding", b"gzip")]
        headers = entry.headers + common + extra + [(b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        await send({"type": "http.response.body", "body": body})
