"""A minimal HTTP/1.1 client over asyncio streams, for load generation on loopback only.

httpx spent ~7 ms of CPU per request in load_bench (plus the SSE lines it parsed) on the same
two cores as the server, so the figure measured the load generator as much as the desk. This
client keeps one connection per simulated reader, sends a fixed request, reads the status and
the body by Content-Length (or chunks, for the stream) and decodes nothing: what a browser does
with the bytes happens on its own machine, not the server's.
"""
from __future__ import annotations

import asyncio
from urllib.parse import urlsplit


class Conn:
    def __init__(self, base: str):
        u = urlsplit(base)
        self.host, self.port = u.hostname, u.port or 80
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def _open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None

    async def _head(self, path: str, extra: str = "") -> tuple[int, dict[bytes, bytes]]:
        if self.writer is None:
            await self._open()
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                          f"Accept-Encoding: gzip\r\n{extra}\r\n".encode())
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.split(b"\r\n")
        status = int(lines[0].split(b" ", 2)[1])
        headers = {}
        for line in lines[1:]:
            k, _, v = line.partition(b":")
            headers[k.strip().lower()] = v.strip()
        return status, headers

    async def get(self, path: str) -> tuple[int, int]:
        """(status, body bytes) of one GET on this keep-alive connection."""
        try:
            status, headers = await self._head(path)
            n = int(headers.get(b"content-length", b"0"))
            body = await self.reader.readexactly(n) if n else b""
            if headers.get(b"connection", b"").lower() == b"close":
                self.close()
            return status, len(body)
        except BaseException:
            self.close()                     # a half-read answer leaves the connection unusable
            raise

    async def stream(self, path: str):
        """Yield each chunk of a chunked answer (the SSE stream sends a frame per chunk)."""
        status, headers = await self._head(path)
        if status != 200:
            raise ConnectionError(f"HTTP {status}")
        while True:
            size = int((await self.reader.readuntil(b"\r\n")).strip(), 16)
            data = await self.reader.readexactly(size + 2)
            if size == 0:
                return
            yield data[:-2]
