"""Watcher: only unseen items, state that survives a restart, conditional GET over real HTTP."""
from __future__ import annotations

import threading
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from livedesk.ingest.fetch import HostLimiter
from livedesk.ingest.watch import Watcher
from livedesk.settings import get_settings


def rss(items):
    body = "".join(f"<item><guid>{g}</guid><title>{t}</title><description>{t} was reported today."
                   f"</description></item>" for g, t in items)
    return f"<?xml version='1.0'?><rss version='2.0'><channel><title>Watch Wire</title>{body}</channel></rss>"


@pytest.fixture
def settings(tmp_path):
    return replace(get_settings(), home=tmp_path / "home", allow_private=True, poll_interval=0.05,
                   fetch_timeout=5.0)


def test_file_feed_new_items_only_and_restart(tmp_path, settings):
    feed = tmp_path / "feed.xml"
    feed.write_text(rss([("a", "Strike on depot"), ("b", "Road closed")]))
    got: list = []
    w = Watcher([str(feed)], got.extend, settings)
    assert [r.title for r in w.poll_once()] == ["Strike on depot", "Road closed"]
    assert len(got) == 2
    assert w.poll_once() == []
    feed.write_text(rss([("c", "Ceasefire announced"), ("a", "Strike on depot"), ("b", "Road closed")]))
    assert [r.title for r in w.poll_once()] == ["Ceasefire announced"]
    restarted = Watcher([str(feed)], None, settings)
    assert restarted.poll_once() == []
    assert (settings.home / "watch_state.json").exists()


def test_failed_consumer_marks_nothing_seen(tmp_path, settings):
    feed = tmp_path / "feed.xml"
    feed.write_text(rss([("a", "Strike on depot")]))

    def broken(reports):
        raise RuntimeError("store is down")

    with pytest.raises(RuntimeError):
        Watcher([str(feed)], broken, settings).poll_once()
    assert [r.title for r in Watcher([str(feed)], None, settings).poll_once()] == ["Strike on depot"]


def test_bad_feed_does_not_stop_others_and_backs_off(tmp_path, settings):
    good = tmp_path / "good.xml"
    good.write_text(rss([("a", "Strike on depot")]))
    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"\x00\x01binary\x02" * 100)
    w = Watcher([str(bad), str(good)], None, settings)
    assert [r.title for r in w.poll_once()] == ["Strike on depot"]
    assert [e.code for e in w.errors] == ["binary"]
    assert w.state[str(bad)]["failures"] == 1 and w.state[str(bad)]["next_try"] > 0
    w.poll_once()
    assert w.errors == []          # backing off: the bad feed was not tried again yet
    # ... and says so: which feed, after how many failures, until when
    assert w.skipped == [(str(bad), 1, w.state[str(bad)]["next_try"])]


def test_a_feed_cut_short_gives_its_items_and_names_the_break(tmp_path, settings):
    feed = tmp_path / "feed.xml"
    whole = rss([("a", "Strike on depot"), ("b", "Bridge shelled")])
    feed.write_text(whole[:whole.index("Bridge shelled was")])     # cut inside the second item
    w = Watcher([str(feed)], None, settings)
    assert "Strike on depot" in [r.title for r in w.poll_once()]
    assert [e.code for e in w.errors] == ["bad_feed"] and "before the break" in str(w.errors[0])
    assert w.state[str(feed)]["failures"] == 0          # read, so no backing off


def test_corrupt_state_file_starts_afresh(tmp_path, settings):
    settings.home.mkdir(parents=True)
    (settings.home / "watch_state.json").write_text("{not json")
    feed = tmp_path / "feed.xml"
    feed.write_text(rss([("a", "Strike on depot")]))
    assert len(Watcher([str(feed)], None, settings).poll_once()) == 1


class FeedHandler(BaseHTTPRequestHandler):
    items = [("x1", "Airport shelled")]
    requests: list = []

    def log_message(self, *a):
        pass

    def do_GET(self):
        body = rss(FeedHandler.items).encode()
        etag = f'"{len(FeedHandler.items)}"'
        FeedHandler.requests.append(self.headers.get("If-None-Match"))
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_http_feed_uses_conditional_get(settings):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{srv.server_address[1]}/feed"
        w = Watcher([url], None, settings, limiter=HostLimiter(0))
        assert [r.title for r in w.poll_once()] == ["Airport shelled"]
        assert w.poll_once() == []
        FeedHandler.items = [("x2", "Airport reopened")] + FeedHandler.items
        assert [r.title for r in w.poll_once()] == ["Airport reopened"]
        assert FeedHandler.requests == [None, '"1"', '"1"']

        def broken(reports):
            raise RuntimeError("store is down")

        FeedHandler.items = [("x9", "Convoy hit")] + FeedHandler.items
        failing = Watcher([url], broken, settings, limiter=HostLimiter(0))
        with pytest.raises(RuntimeError):
            failing.poll_once()
        # the new ETag was not kept, so the retry gets the whole feed and the item again
        assert [r.title for r in Watcher([url], None, settings, limiter=HostLimiter(0)).poll_once()] == ["Convoy hit"]
        assert FeedHandler.requests[-2:] == ['"2"', '"2"']

        stop = threading.Event()
        seen: list = []
        FeedHandler.items = [("x3", "Talks begin")] + FeedHandler.items

        def take(reports):
            seen.extend(reports)
            stop.set()

        runner = Watcher([url], take, settings, limiter=HostLimiter(0))
        t = threading.Thread(target=runner.run, args=(stop,), daemon=True)
        t.start()
        t.join(5)
        stop.set()
        assert not t.is_alive() and [r.title for r in seen] == ["Talks begin"]
    finally:
        srv.shutdown()
        srv.server_close()
