"""The fetcher against a real HTTP server on 127.0.0.1, and its refusals."""
from __future__ import annotations

import gzip
import threading
import time
import zlib
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from livedesk.errors import InputError
from livedesk.ingest import read_sources
from livedesk.ingest.fetch import HostLimiter, fetch, is_public
from livedesk.settings import get_settings

RSS = (b"<?xml version='1.0'?><rss version='2.0'><channel><title>Loop News</title>"
       b"<item><guid>n1</guid><title>Bridge reopened</title><description>The bridge reopened after repairs."
       b"</description></item></channel></rss>")
PAGE = (b"<html><head><title>Evacuation ordered</title></head><body><article><p>Residents of three districts "
        b"were told to leave their homes before nightfall, the civil defence office said on its channel.</p>"
        b"</article></body></html>")


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, int] = {}

    def log_message(self, *a):      # keep test output quiet
        pass

    def _send(self, code, body=b"", headers=None):
        self.send_response(code)
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        if "Content-Length" not in (headers or {}) and body is not None:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        p = self.path
        Handler.hits[p] = Handler.hits.get(p, 0) + 1
        if p == "/feed.rss":
            if self.headers.get("If-None-Match") == '"v1"':
                return self._send(304, b"")
            return self._send(200, RSS, {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                                         "Last-Modified": "Tue, 05 Mar 2024 09:00:00 GMT"})
        if p == "/page":
            return self._send(200, PAGE, {"Content-Type": "text/html; charset=utf-8"})
        if p == "/host":
            return self._send(200, self.headers.get("Host", "").encode(), {"Content-Type": "text/plain"})
        if p == "/gzip":
            return self._send(200, gzip.compress(PAGE), {"Content-Type": "text/html", "Content-Encoding": "gzip"})
        if p == "/deflate-raw":
            c = zlib.compressobj(wbits=-15)
            return self._send(200, c.compress(PAGE) + c.flush(), {"Content-Encoding": "deflate"})
        if p == "/lying-gzip":
            return self._send(200, b"plain text, not gzip at all", {"Content-Encoding": "gzip"})
        if p == "/truncated-gzip":
            return self._send(200, gzip.compress(RSS)[:60], {"Content-Encoding": "gzip"})
        if p == "/brotli":
            return self._send(200, b"\x0b\x02\x80hello\x03", {"Content-Encoding": "br"})
        if p == "/bomb":
            return self._send(200, gzip.compress(b"\0" * (20 * 1024 * 1024)), {"Content-Encoding": "gzip"})
        if p == "/big-declared":
            return self._send(200, b"x" * 5000)
        if p == "/big-undeclared":       # no Content-Length: only the streaming cap can stop it
            self.send_response(200)
            self.end_headers()
            for _ in range(100):
                self.wfile.write(b"y" * 1024)
            return None
        if p.startswith("/hop/"):
            n = int(p.rsplit("/", 1)[1])
            return self._send(302, b"", {"Location": f"/hop/{n - 1}" if n > 0 else "/page"})
        if p == "/loop":
            return self._send(301, b"", {"Location": "/loop"})
        if p == "/to-file":
            return self._send(302, b"", {"Location": "file:///etc/passwd"})
        if p == "/flaky":
            if Handler.hits[p] <= 2:
                return self._send(503, b"busy", {"Retry-After": "0"})
            return self._send(200, PAGE)
        if p == "/down":
            return self._send(500, b"")
        if p == "/missing":
            return self._send(404, b"")
        if p == "/slow":
            time.sleep(1.5)
            return self._send(200, PAGE)
        if p == "/drip":
            self.send_response(200)
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"z" * 10)
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            return None
        return self._send(404, b"")


@pytest.fixture(scope="module")
def server():
    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def open_settings():
    return replace(get_settings(), allow_private=True, fetch_timeout=5.0, max_bytes=64 * 1024)


NOLIMIT = HostLimiter(0.0)


def _fetch(url, settings, **kw):
    kw.setdefault("limiter", NOLIMIT)
    kw.setdefault("backoff", 0.01)
    return fetch(url, settings, **kw)


def test_plain_fetch_and_conditional_get(server, open_settings):
    r = _fetch(server + "/feed.rss", open_settings)
    assert r.status == 200 and r.content == RSS and r.etag == '"v1"'
    assert r.last_modified == "Tue, 05 Mar 2024 09:00:00 GMT" and not r.not_modified
    again = _fetch(server + "/feed.rss", open_settings, etag=r.etag, last_modified=r.last_modified)
    assert again.not_modified and again.status == 304 and again.content == b""


def test_host_header_keeps_the_name(server, open_settings):
    port = server.rsplit(":", 1)[1]
    r = _fetch(f"http://localhost:{port}/host", open_settings)
    assert r.content == f"localhost:{port}".encode()


@pytest.mark.parametrize("path", ["/gzip", "/deflate-raw"])
def test_compressed_bodies(server, open_settings, path):
    assert _fetch(server + path, open_settings).content == PAGE


@pytest.mark.parametrize("path", ["/lying-gzip", "/brotli"])
def test_bad_encodings_are_named_errors(server, open_settings, path):
    with pytest.raises(InputError) as e:
        _fetch(server + path, open_settings)
    assert e.value.code == "fetch_failed"


def test_truncated_gzip_gives_what_arrived(server, open_settings):
    r = _fetch(server + "/truncated-gzip", open_settings)
    assert RSS.startswith(r.content)


def test_gzip_bomb_is_stopped(server, open_settings):
    with pytest.raises(InputError) as e:
        _fetch(server + "/bomb", open_settings)
    assert e.value.code == "too_large"


@pytest.mark.parametrize("path", ["/big-declared", "/big-undeclared"])
def test_size_cap(server, open_settings, path):
    with pytest.raises(InputError) as e:
        _fetch(server + path, replace(open_settings, max_bytes=4096))
    assert e.value.code == "too_large" and path in e.value.where


def test_redirects_followed_rechecked_and_capped(server, open_settings):
    r = _fetch(server + "/hop/3", open_settings)
    assert r.url == server + "/page" and r.content == PAGE
    with pytest.raises(InputError) as e:
        _fetch(server + "/loop", open_settings)
    assert e.value.code == "fetch_failed" and "redirects" in e.value.detail
    with pytest.raises(InputError) as e:
        _fetch(server + "/to-file", open_settings)
    assert e.value.code == "forbidden_url"


def test_retries_with_backoff_then_succeeds(server, open_settings):
    Handler.hits.pop("/flaky", None)
    r = _fetch(server + "/flaky", open_settings, retries=2)
    assert r.content == PAGE and Handler.hits["/flaky"] == 3
    Handler.hits.pop("/down", None)
    with pytest.raises(InputError) as e:
        _fetch(server + "/down", open_settings, retries=1)
    assert e.value.code == "fetch_failed" and Handler.hits["/down"] == 2
    Handler.hits.pop("/missing", None)
    with pytest.raises(InputError):
        _fetch(server + "/missing", open_settings, retries=3)
    assert Handler.hits["/missing"] == 1          # a 404 is not retried


def test_timeouts(server, open_settings):
    quick = replace(open_settings, fetch_timeout=0.5)
    t = time.monotonic()
    for path in ("/slow", "/drip"):
        with pytest.raises(InputError) as e:
            _fetch(server + path, quick, retries=0)
        assert e.value.code == "fetch_failed"
    assert time.monotonic() - t < 4


def test_per_host_rate_limit(server, open_settings):
    limiter = HostLimiter(0.3)
    t = time.monotonic()
    for _ in range(3):
        _fetch(server + "/page", open_settings, limiter=limiter)
    assert time.monotonic() - t >= 0.6


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/", "http://localhost/", "http://[::1]/",
                                 "http://169.254.169.254/latest/meta-data", "http://10.1.2.3/",
                                 "http://192.168.0.1/", "http://[::ffff:127.0.0.1]/", "http://0.0.0.0/",
                                 "http://224.0.0.1/", "http://100.64.0.1/"])
def test_ssrf_refused_without_allow_private(url):
    settings = replace(get_settings(), allow_private=False)
    with pytest.raises(InputError) as e:
        fetch(url, settings, limiter=NOLIMIT, retries=0)
    assert e.value.code == "forbidden_url"


def test_ssrf_refused_even_when_server_is_up(server):
    Handler.hits.pop("/page", None)
    with pytest.raises(InputError) as e:
        fetch(server + "/page", replace(get_settings(), allow_private=False), limiter=NOLIMIT)
    assert e.value.code == "forbidden_url" and "/page" not in Handler.hits


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/", "gopher://example.com/",
                                 "javascript:alert(1)", "http://", "not a url"])
def test_only_http_and_https(url):
    with pytest.raises(InputError) as e:
        fetch(url, replace(get_settings(), allow_private=True), limiter=NOLIMIT)
    assert e.value.code == "forbidden_url"


def test_is_public():
    import ipaddress
    assert is_public(ipaddress.ip_address("93.184.216.34"))
    assert not is_public(ipaddress.ip_address("::ffff:10.0.0.1"))


def test_read_sources_over_http(server, open_settings, monkeypatch):
    import livedesk.ingest.fetch as f
    monkeypatch.setattr(f, "DEFAULT_LIMITER", NOLIMIT)
    out = list(read_sources([server + "/feed.rss", server + "/page", server + "/missing"], open_settings))
    assert [getattr(o, "title", None) for o in out[:2]] == ["Bridge reopened", "Evacuation ordered"]
    assert out[0].origin == server + "/feed.rss" and out[0].outlet == "Loop News"
    assert out[1].url == server + "/page" and out[1].text.startswith("Residents of three districts")
    assert isinstance(out[2], InputError) and out[2].code == "fetch_failed"


class FlippingDNS:
    """A resolver whose answer for one name changes after the first lookup (DNS rebinding)."""

    def __init__(self, real, name, answers):
        self.real, self.name, self.answers, self.calls = real, name, list(answers), 0

    def __call__(self, host, port, *a, **kw):
        if host != self.name:
            return self.real(host, port, *a, **kw)
        self.calls += 1
        addrs = self.answers[min(self.calls - 1, len(self.answers) - 1)]
        return [(2, 1, 6, "", (ip, port)) for ip in addrs]


def test_checked_address_is_pinned_against_rebinding(server, open_settings, monkeypatch):
    import socket
    port = int(server.rsplit(":", 1)[1])
    dns = FlippingDNS(socket.getaddrinfo, "rebind.example", [["127.0.0.1"], ["192.0.2.1"]])
    monkeypatch.setattr(socket, "getaddrinfo", dns)
    r = _fetch(f"http://rebind.example:{port}/host", replace(open_settings, fetch_timeout=2.0), retries=0)
    assert r.content == f"rebind.example:{port}".encode()
    assert dns.calls == 1          # httpx connected to the checked address; no second lookup


def test_any_private_answer_refuses(monkeypatch):
    import socket
    dns = FlippingDNS(socket.getaddrinfo, "mixed.example", [["93.184.216.34", "127.0.0.1"]])
    monkeypatch.setattr(socket, "getaddrinfo", dns)
    with pytest.raises(InputError) as e:
        fetch("http://mixed.example/", replace(get_settings(), allow_private=False), limiter=NOLIMIT, retries=0)
    assert e.value.code == "forbidden_url" and "127.0.0.1" in e.value.detail
    # the refusal names the setting that allows private addresses, for the person who wants them
    assert "LIVEDESK_ALLOW_PRIVATE=1" in str(e.value)
