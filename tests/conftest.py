"""Shared fixtures: real databases (a SQLite file, a PostgreSQL schema) and a live server.

PostgreSQL: the server on 127.0.0.1:5432, database `test`, trust auth. Each test gets its own
schema (search_path set in the URL), dropped afterwards, so tests never see each other's rows
and several people's test runs can share the server.
"""
from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from pathlib import Path

import pytest

PG_BASE = os.environ.get("LIVEDESK_TEST_PG", "postgresql+psycopg://{user}@127.0.0.1:5432/test")


def _pg_admin_url() -> str:
    import psycopg
    for user in ("postgres", "root"):
        try:
            psycopg.connect(f"host=127.0.0.1 port=5432 dbname=test user={user}",
                            connect_timeout=3).close()
            return PG_BASE.format(user=user)
        except psycopg.OperationalError:
            continue
    raise RuntimeError("PostgreSQL on 127.0.0.1:5432 (db test) is not reachable")


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.db'}"


@pytest.fixture
def pg_url():
    import psycopg
    base = _pg_admin_url()
    schema = "t_" + uuid.uuid4().hex[:12]
    conninfo = base.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(conninfo, autocommit=True) as c:
        c.execute(psycopg.sql.SQL("CREATE SCHEMA {}").format(psycopg.sql.Identifier(schema)))
    yield f"{base}?options=-csearch_path%3D{schema}"
    with psycopg.connect(conninfo, autocommit=True) as c:
        c.execute(psycopg.sql.SQL("DROP SCHEMA {} CASCADE").format(psycopg.sql.Identifier(schema)))


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request) -> str:
    """Every store-level test runs against both engines."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def store(db_url):
    from livedesk.store import Store
    s = Store(db_url)
    yield s
    s.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """uvicorn serving the desk on a free loopback port, in a thread of the test process."""

    def __init__(self, settings, desk=None):
        import uvicorn
        from livedesk.web.app import create_app
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(settings, desk=desk)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning",
                                lifespan="on", timeout_graceful_shutdown=2)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the live server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture
def settings_for(tmp_path):
    """Settings for a database URL, with a private home."""
    from livedesk.settings import Settings

    def make(url: str, **kw):
        return Settings(database_url=url, home=tmp_path / "home", **kw)
    return make


@pytest.fixture
def live_server(sqlite_url, settings_for):
    from livedesk.service import Desk
    settings = settings_for(sqlite_url)
    with LiveServer(settings, desk=Desk(settings, fuser=Factory.fuser)) as srv:
        srv.database_url = sqlite_url
        yield srv


class Factory:
    """Reports and readings built directly, so desk tests do not depend on reading accuracy."""

    def report(self, text: str, outlet: str = "Test Wire", day: str = "2016-05-11", **kw):
        from datetime import datetime, timezone
        from livedesk.model import Report
        published = datetime.fromisoformat(day).replace(hour=12, tzinfo=timezone.utc)
        return Report(text=text, outlet=outlet, published=published, **kw)

    def reading(self, report, sub_event_type: str = "Air/drone strike", place: str = "Palmyra",
                lat: float | None = 34.56, lon: float | None = 38.28, day: str = "2016-05-10",
                claimant: str = "Syrian Observatory", via=(), best: int | None = None,
                uncertainty_km: float | None = None, precision: int = 1, **frame_kw):
        from livedesk.model import Claim, EventFrame, Fatalities, Location, Reading
        text = report.text
        claim = Claim(claimant=claimant, stance="asserts", start=0, end=len(text), text=text,
                      via=list(via))
        frame = EventFrame(sub_event_type=sub_event_type, summary=frame_kw.pop("summary", text[:80]),
                           date_start=day, date_end=day, date_precision=1,
                           location=Location(name=place, lat=lat, lon=lon, country="SY",
                                             precision=precision, uncertainty_km=uncertainty_km)
                           if place else None,
                           fatalities=Fatalities(best=best), claims=[0], start=0, end=len(text),
                           **frame_kw)
        return Reading(report_id=report.id, events=[frame], claims=[claim])

    @staticmethod
    def fuser(mentions, must_link=(), cannot_link=()):
        """One event per mention: the desk's tests must not depend on how fusion clusters."""
        from livedesk.model import Event
        return [Event(id="e-" + m.id.replace("#", "-"), frame=m.frame, mention_ids=[m.id])
                for m in mentions]

    def reader(self, **kw):
        """A reader callable for Desk(reader=...): every report yields one frame."""
        return lambda report: self.reading(report, **kw)


@pytest.fixture
def factory() -> Factory:
    return Factory()
