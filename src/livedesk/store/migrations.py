"""Schema versions, applied in order and recorded in `schema_version`.

A small versioned list instead of alembic: the desk ships as one package that must create or
upgrade its own database on first use (SQLite file or PostgreSQL schema) with no alembic.ini,
no script directory and no separate command; each step is a plain function over a Connection,
so the same code runs on both engines. Add a step, never edit an applied one.
"""
from __future__ import annotations

from typing import Callable

from sqlalchemy import (Column, Connection, DateTime, Integer, MetaData, String, Table, func,
                        insert, inspect, select)

from livedesk.model import utcnow
from livedesk.store import schema

_meta = MetaData()
schema_version = Table(
    "schema_version", _meta,
    Column("version", Integer, primary_key=True),
    Column("description", String(200), nullable=False),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)


def _v1(conn: Connection) -> None:
    schema.metadata.create_all(conn, checkfirst=True)


def _v2(conn: Connection) -> None:
    ix = schema.ix_events_newest if conn.dialect.name == "postgresql" else schema.ix_events_newest_sqlite
    ix.create(conn, checkfirst=True)


def _v3(conn: Connection) -> None:
    """reports.lang, reports.relay, reports.links. A new database got them from _v1 already."""
    have = {c["name"] for c in inspect(conn).get_columns("reports")}
    for col in (schema.reports.c.lang, schema.reports.c.relay, schema.reports.c.links):
        if col.name not in have:
            kind = col.type.compile(dialect=conn.dialect)
            conn.exec_driver_sql(f"ALTER TABLE reports ADD COLUMN {col.name} {kind}")


STEPS: list[tuple[int, str, Callable[[Connection], None]]] = [
    (1, "sources, places, reports, claims, frames, events, change log, users, sessions, overrides", _v1),
    (2, "index for the newest-first event list", _v2),
    (3, "reports: language, relay and links", _v3),
]
LATEST = STEPS[-1][0]


def current_version(conn: Connection) -> int:
    if not inspect(conn).has_table("schema_version"):
        return 0
    return conn.execute(select(func.max(schema_version.c.version))).scalar() or 0


def migrate(conn: Connection) -> int:
    """Bring the schema up to LATEST inside the caller's (write-locked) transaction."""
    _meta.create_all(conn, checkfirst=True)
    have = current_version(conn)
    for version, description, step in STEPS:
        if version > have:
            step(conn)
            conn.execute(insert(schema_version).values(
                version=version, description=description, applied_at=utcnow()))
    return LATEST
