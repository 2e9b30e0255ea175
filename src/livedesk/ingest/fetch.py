"""A careful HTTP GET: public http(s) only, bounded in time and size, polite to each host.

Guards, each against a thing seen in the wild:
- SSRF: the host is resolved here, every address checked, and the connection made to the checked
  address (Host header and TLS SNI keep the name), so a DNS answer cannot change in between.
- Size: Content-Length, raw bytes and decompressed bytes are all capped (gzip bombs).
- Redirects are followed by hand, a few at most, and each new URL is checked like the first.
- Time: per-operation timeouts plus one deadline for the whole fetch (slow-drip servers).
- Politeness: a minimum interval per host, backoff on 429/5xx/network errors, conditional GET.
"""
from __future__ import annotations

import ipaddress
import socket
import threading
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from livedesk.errors import InputError
from livedesk.settings import Settings, get_settings

USER_AGENT = "livedesk/0.1 (conflict live desk)"
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchResult:
    url: str                     # the final URL, after redirects
    status: int
    content: bytes               # decompressed body; b"" when not_modified
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False


class HostLimiter:
    """At most one request per `min_interval` seconds to each host."""

    def __init__(self, min_interval: float = 1.0):
        self.min_interval = min_interval
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str) -> None:
        with self._lock:
            now = time.monotonic()
            at = max(now, self._next.get(host, 0.0))
            self._next[host] = at + self.min_interval
        if at > now:
            time.sleep(at - now)


DEFAULT_LIMITER = HostLimiter(1.0)


def is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int, url: str, settings: Settings) -> str:
    """The address to connect to, after checking every address the name resolves to."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as e:
        raise InputError("fetch_failed", url, f"cannot resolve {host}: {e}") from None
    addrs = []
    for info in infos:
        try:
            addrs.append(ipaddress.ip_address(info[4][0].split("%")[0]))
        except ValueError:
            continue
    if not addrs:
        raise InputError("fetch_failed", url, f"no address for {host}")
    if not settings.allow_private:
        bad = [str(a) for a in addrs if not is_public(a)]
        if bad:   # one private answer is enough to refuse: we cannot tell which one is meant
            raise InputError("forbidden_url", url, f"{host} resolves to non-public {', '.join(bad)}; "
                             "set LIVEDESK_ALLOW_PRIVATE=1 to fetch from private addresses")
    return str(addrs[0])


def _check_url(url: str) -> httpx.URL:
    try:
        u = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError) as e:
        raise InputError("forbidden_url", url, f"not a valid URL: {e}") from None
    if u.scheme not in ("http", "https") or not u.host:
        raise InputError("forbidden_url", url, "only http and https URLs are fetched")
    return u


class _Decoder:
    """Content-Encoding undone chunk by chunk, never producing more than `limit` bytes in all."""

    def __init__(self, encoding: str, limit: int, url: str):
        enc = encoding.strip().lower()
        self.url, self.limit, self.total = url, limit, 0
        if enc in ("gzip", "x-gzip"):
            self.z = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self.z = zlib.decompressobj()
        elif enc in ("", "identity"):
            self.z = None
        else:
            raise InputError("fetch_failed", url, f"unsupported Content-Encoding {encoding!r}")
        self.first = True

    def feed(self, chunk: bytes) -> bytes:
        if self.z is None:
            out = chunk
        else:
            room = self.limit - self.total + 1
            try:
                out = self.z.decompress(chunk, room)
            except zlib.error:
                if not self.first:
                    raise InputError("fetch_failed", self.url, "corrupt compressed body") from None
                self.z = zlib.decompressobj(-zlib.MAX_WBITS)   # "deflate" sent raw, as some servers do
                try:
                    out = self.z.decompress(chunk, room)
                except zlib.error:
                    raise InputError("fetch_failed", self.url, "body is not what Content-Encoding says") from None
            if self.z.unconsumed_tail:
                out += b"x"   # output stopped at the cap with input left: over the limit
        self.first = False
        self.total += len(out)
        if self.total > self.limit:
            raise InputError("too_large", self.url, f"more than {self.limit} bytes after decompression")
        return out


def fetch(url: str, settings: Settings | None = None, etag: str | None = None,
          last_modified: str | None = None, *, limiter: HostLimiter | None = None,
          retries: int = 2, backoff: float = 1.0, max_redirects: int = 5) -> FetchResult:
    """GET `url` with every guard above; raises InputError (fetch_failed, forbidden_url, too_large)."""
    settings = settings or get_settings()
    limiter = limiter or DEFAULT_LIMITER
    deadline = time.monotonic() + settings.fetch_timeout
    current = url
    for _hop in range(max_redirects + 1):
        attempt = 0
        while True:
            try:
                result, location = _one(current, settings, etag, last_modified, limiter, deadline)
            except _Retry as r:
                if attempt >= retries or time.monotonic() + r.wait > deadline:
                    raise InputError("fetch_failed", current, r.reason) from None
                time.sleep(max(r.wait, backoff * 2 ** attempt))
                attempt += 1
                continue
            break
        if location is None:
            return result  # type: ignore[return-value]
        current = location
    raise InputError("fetch_failed", url, f"more than {max_redirects} redirects")


class _Retry(Exception):
    def __init__(self, reason: str, wait: float = 0.0):
        self.reason, self.wait = reason, wait


def _one(url: str, settings: Settings, etag: str | None, last_modified: str | None,
         limiter: HostLimiter, deadline: float) -> tuple[FetchResult | None, str | None]:
    u = _check_url(url)
    port = u.port or (443 if u.scheme == "https" else 80)
    ip = resolve(u.host, port, url, settings)
    limiter.wait(u.host)
    headers = {"Host": u.netloc.decode("ascii"), "User-Agent": USER_AGENT,
               "Accept": "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
                         "application/feed+json, application/json, text/plain;q=0.9, */*;q=0.5",
               "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    extensions = {"sni_hostname": u.host} if u.scheme == "https" else {}
    pinned = u.copy_with(host=ip)          # connect to the address we checked, not a fresh lookup
    # A client per request: its pool is keyed by address, and a connection verified for one
    # name must not carry a request for another name on the same address.
    timeout = httpx.Timeout(settings.fetch_timeout)
    try:
        with httpx.Client(trust_env=False, follow_redirects=False, timeout=timeout) as client, \
                client.stream("GET", pinned, headers=headers, extensions=extensions) as resp:
            if resp.status_code in (301, 302, 303, 307, 308) and resp.headers.get("location"):
                nxt = urljoin(url, resp.headers["location"])
                _check_url(nxt)
                return None, nxt
            if resp.status_code == 304:
                return FetchResult(url, 304, b"", resp.headers.get("content-type"),
                                   resp.headers.get("etag") or etag,
                                   resp.headers.get("last-modified") or last_modified, True), None
            if resp.status_code in _RETRY_STATUS:
                raise _Retry(f"HTTP {resp.status_code}", _retry_after(resp.headers.get("retry-after")))
            if not 200 <= resp.status_code < 300:
                raise InputError("fetch_failed", url, f"HTTP {resp.status_code}")
            length = resp.headers.get("content-length", "")
            if length.isdigit() and int(length) > settings.max_bytes:
                raise InputError("too_large", url, f"Content-Length {length} > {settings.max_bytes}")
            body = _read_body(resp, url, settings.max_bytes, deadline)
            return FetchResult(url, resp.status_code, body, resp.headers.get("content-type"),
                               resp.headers.get("etag"), resp.headers.get("last-modified")), None
    except httpx.TimeoutException as e:
        raise _Retry(f"timeout: {type(e).__name__}") from None
    except httpx.TransportError as e:
        raise _Retry(f"network error: {type(e).__name__}: {e}") from None
    except httpx.HTTPError as e:
        raise InputError("fetch_failed", url, f"{type(e).__name__}: {e}") from None


def _read_body(resp: httpx.Response, url: str, limit: int, deadline: float) -> bytes:
    dec = _Decoder(resp.headers.get("content-encoding", ""), limit, url)
    raw_total = 0
    parts = []
    for chunk in resp.iter_raw():      # no chunk_size: httpx would buffer, hiding a slow drip
        raw_total += len(chunk)
        if raw_total > limit:
            raise InputError("too_large", url, f"more than {limit} bytes")
        if time.monotonic() > deadline:
            raise InputError("fetch_failed", url, "the whole fetch took longer than the timeout")
        parts.append(dec.feed(chunk))
    return b"".join(parts)


def _retry_after(value: str | None) -> float:
    if value and value.strip().isdigit():
        return min(float(value.strip()), 60.0)
    return 0.0
