"""Security headers on every answer, and write bodies refused unread when too big.

A plain ASGI middleware: Starlette's BaseHTTPMiddleware (@app.middleware("http")) runs each
request through extra tasks and memory streams, which cost more CPU than a cached answer itself
and relayed every SSE frame through a queue.
"""
from __future__ import annotations

import json

# Scripts and styles only from this server; nothing inline, nothing framed, no plugins.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'")

# Every write the desk accepts is a small JSON object: refuse anything bigger unread.
MAX_BODY_BYTES = 64 * 1024

HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
           (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY"),
           (b"cross-origin-opener-policy", b"same-origin")]


async def _refuse(send, status: int, error: str) -> None:
    body = json.dumps({"error": error}).encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
        *HEADERS, (b"cache-control", b"no-store")]})
    await send({"type": "http.response.body", "body": body})


def _oversized(scope) -> tuple[int, str] | None:
    if scope["method"] in ("GET", "HEAD", "OPTIONS"):
        return None
    h = dict(scope["headers"])
    size = h.get(b"content-length")
    if size is None and h.get(b"transfer-encoding"):
        return 411, "send a Content-Length"
    if size and (not size.isdigit() or int(size) > MAX_BODY_BYTES):
        return 413, "request body too large"
    return None


def tile_origin(template: str) -> str | None:
    """The origin a tile URL template loads from ("https://{s}.tiles.example.org/{z}/..." ->
    "https://*.tiles.example.org"), for the CSP's img-src; None for anything but http(s)."""
    from urllib.parse import urlsplit
    parts = urlsplit(template.replace("{s}", "*"))
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


class SecurityHeaders:
    def __init__(self, app, img_origins: tuple[str, ...] = ()):
        self.app = app
        self.headers = HEADERS
        if img_origins:       # a tile server the operator chose: its images, nothing else
            csp = CSP.replace("img-src 'self' data:", "img-src 'self' data: " + " ".join(img_origins))
            self.headers = [(b"content-security-policy", csp.encode()), *HEADERS[1:]]

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        refused = _oversized(scope)
        if refused:
            return await _refuse(send, *refused)
        api = scope["path"].startswith("/api/")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                have = {k.lower() for k, _ in headers}
                headers += [(k, v) for k, v in self.headers if k not in have]
                if api and b"cache-control" not in have:
                    headers.append((b"cache-control", b"no-store"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
