"""Fill a scratch PostgreSQL schema with many synthetic events, fast (COPY), for map-query benches.

The rows go through the store's own migrations (tables, indexes) and are then COPYed in, since
inserting a million events through fusion would measure fusion, not the query.
"""
from __future__ import annotations

import json
import random
from datetime import datetime, timedelta, timezone

import psycopg

from livedesk.model import ACLED_TYPES

PG = "postgresql://postgres@127.0.0.1:5432/test"
STATUSES = ["claimed", "corroborated", "confirmed", "denied", "disputed"]
PLACES = [("Homs", 34.73, 36.72), ("Aleppo", 36.20, 37.16), ("Idlib", 35.93, 36.63),
          ("Raqqa", 35.95, 39.01), ("Daraa", 32.62, 36.10), ("Hama", 35.13, 36.75),
          ("Tadmur", 34.56, 38.28), ("Deir ez-Zor", 35.34, 40.14), ("Douma", 33.57, 36.40)]
ACTORS = ["Islamic State", "Military Forces of Syria", "Syrian rebels", "SDF", "Civilians"]


def event_rows(n: int, seed: int = 3):
    """n synthetic rows for the events table, as tuples in EVENT_COLUMNS order."""
    rng = random.Random(seed)
    subs = list(ACLED_TYPES)
    start = datetime(2012, 1, 1, tzinfo=timezone.utc)
    now = datetime.now(timezone.utc)
    for i in range(n):
        sub = rng.choice(subs)
        name, lat, lon = rng.choice(PLACES)
        when = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 365 * 6))
        day = when.date().isoformat()
        status = rng.choice(STATUSES)
        a1, a2 = rng.sample(ACTORS, 2)
        lat += rng.uniform(-0.3, 0.3)
        lon += rng.uniform(-0.3, 0.3)
        data = {"id": f"bench-{i}", "status": status, "mention_ids": [], "frame": {
            "event_type": ACLED_TYPES[sub], "sub_event_type": sub, "actor1": a1,
            "actor2": a2, "date_start": day, "date_end": day, "date_precision": 1,
            "location": {"name": name, "lat": lat, "lon": lon, "country": "SY",
                         "precision": 1}, "summary": f"{sub} near {name}"}}
        yield (f"bench-{i}", ACLED_TYPES[sub], sub, day, status, a1, a2, name,
               "SY", lat, lon, "unreviewed", when, now, now, data)


EVENT_COLUMNS = ("id", "event_type", "sub_event_type", "day", "status", "actor1", "actor2",
                 "place", "country", "lat", "lon", "review", "first_published", "created_at",
                 "updated_at", "data")


def load_sqlite_events(path, n: int, seed: int = 3):
    """A Store over a SQLite file holding n synthetic events."""
    from sqlalchemy import insert

    from livedesk.store import Store
    from livedesk.store.schema import events
    store = Store(f"sqlite:///{path}")
    rows = [dict(zip(EVENT_COLUMNS, r)) for r in event_rows(n, seed)]
    with store.engine.begin() as conn:
        for i in range(0, len(rows), 5000):
            conn.execute(insert(events), rows[i:i + 5000])
    return store


def load_synthetic_events(n: int, schema: str = "bench_map", seed: int = 3):
    """A Store over `schema` holding exactly n synthetic events (reused when already there)."""
    from livedesk.store import Store
    with psycopg.connect(PG, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/test?options=-csearch_path%3D{schema}"
    store = Store(url)
    with psycopg.connect(PG, autocommit=True, options=f"-csearch_path={schema}") as conn:
        have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        if have == n:
            return store
        conn.execute("TRUNCATE events CASCADE")
        with conn.cursor() as cur:
            with cur.copy(f"COPY events ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
                for row in event_rows(n, seed):
                    copy.write_row(row[:-1] + (json.dumps(row[-1]),))
        conn.execute("ANALYZE events")
    return store
