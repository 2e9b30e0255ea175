"""Cached API answers: ETag and 304, gzip, keyed by the change log so a change anywhere (another
process, another worker) is never hidden, and several `serve` workers that all serve and stream."""
from __future__ import annotations

import threading
import time

import httpx
import psutil
import pytest

from serverproc import ROOT, desk_env, livedesk, serving, sse_events
from test_web import app, call, desk  # noqa: F401 - the desk and app fixtures

SAMPLES = ROOT / "src" / "livedesk" / "samples"


def test_etag_304_round_trip_and_a_change_gives_a_new_answer(app, desk, factory):  # noqa: F811
    first = call(app, "GET", "/api/events")
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache"       # cached, always revalidated
    again = call(app, "GET", "/api/events", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert again.headers["content-security-policy"]             # security headers on 304s too
    desk.ingest_reports([factory.report("Jets struck Palmyra at dawn.", outlet="AFP")])
    after = call(app, "GET", "/api/events", headers={"If-None-Match": etag})
    assert after.status_code == 200 and after.headers["etag"] != etag
    assert len(after.json()["events"]) == len(first.json()["events"]) + 1


def test_gzip_is_the_same_answer_and_only_for_clients_that_ask(app):  # noqa: F811
    plain = call(app, "GET", "/api/events", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    for accept in ("gzip", "br, gzip;q=0.5"):
        r = call(app, "GET", "/api/events", headers={"Accept-Encoding": accept})
        assert r.headers["content-encoding"] == "gzip" and r.content == plain.content
    refused = call(app, "GET", "/api/events", headers={"Accept-Encoding": "gzip;q=0"})
    assert "content-encoding" not in refused.headers


def test_query_order_shares_an_answer_and_errors_and_sessions_are_not_cached(app):  # noqa: F811
    a = call(app, "GET", "/api/events?status=claimed&limit=5")
    b = call(app, "GET", "/api/events?limit=5&status=claimed")
    assert a.headers["etag"] == b.headers["etag"]
    assert call(app, "GET", "/api/events?limit=0").status_code == 422
    bad = call(app, "GET", "/api/events?limit=0")
    assert bad.status_code == 422 and "etag" not in bad.headers
    s = call(app, "GET", "/api/session")
    assert "etag" not in s.headers and s.headers["cache-control"] == "no-store"


def test_a_new_report_moves_report_views_but_not_event_views(app, desk, factory):  # noqa: F811
    events, reports = call(app, "GET", "/api/events"), call(app, "GET", "/api/reports")
    # Stored but not yet fused: a report row, its claims and frames, no event row or link.
    r = factory.report("Shelling reported in Idlib.", outlet="Enab Baladi")
    desk.store.add_report(r, factory.reading(r, place="Idlib"))
    assert call(app, "GET", "/api/events").headers["etag"] == events.headers["etag"]
    new_reports = call(app, "GET", "/api/reports")
    assert len(new_reports.json()["reports"]) == len(reports.json()["reports"]) + 1
    desk.ingest_reports([factory.report("Shelling reported in Idlib again.", outlet="AFP")])
    assert call(app, "GET", "/api/events").headers["etag"] != events.headers["etag"]


def test_cache_can_be_turned_off(desk):  # noqa: F811
    from dataclasses import replace
    from livedesk.web.app import create_app
    off = create_app(replace(desk.settings, response_cache_mb=0), desk=desk)
    r = call(off, "GET", "/api/events")
    assert r.status_code == 200 and "etag" not in r.headers
    assert r.headers["cache-control"] == "no-store"


def _listen(url: str, seen: list, ready: threading.Event, stop: threading.Event,
            timeout: float = 120) -> None:
    """Collect (seq, action, target) of every change a stream announces, until `stop`."""
    try:
        for event, data in sse_events(url, timeout):
            if event == "hello":
                ready.set()
            elif event == "change":
                seen.append(data)
            if stop.is_set():
                return
    except httpx.HTTPError:
        if not stop.is_set():               # the server stopping ends the stream; else a bug
            raise


def _workers(pid: int) -> list[psutil.Process]:
    return [p for p in psutil.Process(pid).children(recursive=True)
            if "spawn_main" in " ".join(p.cmdline())]


def _holders(workers: list[psutil.Process], port: int) -> set[int]:
    """Workers holding an established connection on the desk's port."""
    return {w.pid for w in workers for c in w.net_connections("tcp")
            if c.status == "ESTABLISHED" and c.laddr.port == port}


@pytest.mark.parametrize("workers", [1, 2])
def test_after_an_sse_change_every_worker_answers_with_it(tmp_path, workers):
    """A real `livedesk serve` (one or two workers) and a real `livedesk ingest` in another
    process: whatever worker streamed a change and whatever worker answers next, the answer
    already has it, although the same views were cached just before."""
    env = desk_env(tmp_path)
    with serving(env, workers=workers) as base:
        port = int(base.rsplit(":", 1)[1])
        seen: list[list] = []
        stop = threading.Event()
        procs = _workers(base.pid)
        assert len(procs) == (workers if workers > 1 else 0)
        deadline = time.monotonic() + 60
        # Open streams until every worker holds some (a worker still starting accepts none).
        while len(seen) < 8 or (workers > 1 and len(_holders(procs, port)) < workers):
            assert time.monotonic() < deadline, "the workers did not all take streams"
            seen.append([])
            ready = threading.Event()
            threading.Thread(target=_listen, args=(base, seen[-1], ready, stop),
                             daemon=True).start()
            assert ready.wait(30)
        with httpx.Client(base_url=base, timeout=30) as c:
            before = c.get("/api/events")
            assert before.json()["events"] == []
            assert c.get("/api/events").headers["etag"] == before.headers["etag"]
            done = livedesk("ingest", "-q", str(SAMPLES / "amaq-mayadin.txt"),
                            str(SAMPLES / "sohr-mayadin.html"), env=env)
            assert done.returncode == 0, done.stderr
            deadline = time.monotonic() + 30
            while not any(s["action"] == "event.created" for s in list(seen[0])):
                assert time.monotonic() < deadline, "the stream announced no event"
                time.sleep(0.02)
            created = next(s for s in list(seen[0]) if s["action"] == "event.created")
            # New connections, so the kernel may hand each to either worker.
            for _ in range(6):
                with httpx.Client(base_url=base, timeout=30) as fresh:
                    ids = [e["id"] for e in fresh.get("/api/events").json()["events"]]
                    assert created["target"] in ids
                    assert fresh.get(f"/api/events/{created['target']}").status_code == 200
            deadline = time.monotonic() + 30
            while not all(any(s["target"] == created["target"] for s in got) for got in seen):
                assert time.monotonic() < deadline, "a stream missed the change"
                time.sleep(0.05)
        stop.set()


def test_a_replaced_change_log_never_meets_answers_cached_from_the_old_one(app, desk,  # noqa: F811
                                                                            factory):
    from sqlalchemy import text
    before = call(app, "GET", "/api/events").json()["events"]
    assert len(before) == 2
    # As if the database were restored from an older copy under the running server: events and
    # log gone (SQLite then counts seq from 1 again, up to the same numbers), then a new report
    # (its ingest fuses the stored mentions again).
    with desk.store.engine.begin() as c:
        for table in ("event_mentions", "events", "changes"):
            c.execute(text(f"DELETE FROM {table}"))
    desk.ingest_reports([factory.report("A drone struck Idlib.", outlet="AFP")])
    now = call(app, "GET", "/api/events").json()["events"]
    assert [e["id"] for e in now] == [e["id"] for e in desk.store.list_events()]
    assert len(now) == 3


def test_the_cache_stays_within_its_bytes_whatever_the_queries():
    from livedesk.web.cache import LRU, Entry
    lru = LRU(100_000)
    for i in range(2000):                 # tiny answers to long made-up queries
        lru.put(("/api/events", f"actor={'x' * 2000}{i}", 1), Entry([], b"{}", None, b'W/"x"'))
    assert lru.bytes <= 100_000 and 0 < len(lru.items) < 100
    assert lru.get(("/api/events", f"actor={'x' * 2000}1999", 1)) is not None   # newest kept
    assert lru.get(("/api/events", f"actor={'x' * 2000}0", 1)) is None          # oldest gone
