"""The tables, as SQLAlchemy Core objects: one definition for SQLite and PostgreSQL.

Reports and their raw text are kept forever; claims and frames are what one reading of a report
found (replaced when a report is re-read); events are the fused, revisable view; the change log
is append-only and is also what the live page polls.
"""
from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer,
                        MetaData, String, Table, Text, UniqueConstraint)

metadata = MetaData()

# Portable JSON: JSON on SQLite (stored as text), JSONB-compatible JSON on PostgreSQL.
Json = JSON()

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(300), nullable=False, unique=True),
    Column("kind", String(80)),            # wire agency, militant media, monitor, ...
    Column("alignment", String(200)),
    Column("first_seen", DateTime(timezone=True), nullable=False),
)

places = Table(
    "places", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # name|lat|lon rounded, or geonames id: one row per distinct resolved place.
    Column("key", String(400), nullable=False, unique=True),
    Column("name", String(300), nullable=False),
    Column("lat", Float), Column("lon", Float),
    Column("country", String(8)), Column("admin1", String(200)),
    Column("precision", Integer), Column("geonames_id", Integer),
    Column("uncertainty_km", Float),
)

reports = Table(
    "reports", metadata,
    Column("id", String(200), primary_key=True),
    Column("fingerprint", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("title", Text), Column("published", DateTime(timezone=True)),
    Column("outlet", String(300)), Column("url", Text), Column("origin", Text),
    Column("parent", Text), Column("fmt", String(20), nullable=False, default="text"),
    Column("author", String(300)),
    # Added in schema version 3: the text's language (ISO 639-1), who the outlet took it from
    # (a Telegram post's "forwarded from"), and the links it carries.
    Column("lang", String(16)), Column("relay", String(300)), Column("links", Json),
    Column("source_id", Integer, ForeignKey("sources.id")),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("read_at", DateTime(timezone=True)),
    Column("read_error", Json),
)
Index("ix_reports_published", reports.c.published)
Index("ix_reports_outlet", reports.c.outlet)

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", String(200), ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("claimant", String(300), nullable=False),
    Column("stance", String(20), nullable=False),
    Column("start", Integer), Column("end", Integer), Column("text", Text),
    Column("via", Json), Column("claimant_kind", String(120)), Column("alignment", String(200)),
    Column("canonical", String(300)),
    UniqueConstraint("report_id", "idx", name="uq_claims_report_idx"),
)

# A frame is one event mention: what one report says happened. Its id is the Mention id.
frames = Table(
    "frames", metadata,
    Column("id", String(220), primary_key=True),        # "<report_id>#<index>"
    Column("report_id", String(200), ForeignKey("reports.id", ondelete="CASCADE"), nullable=False),
    Column("idx", Integer, nullable=False),
    Column("sub_event_type", String(80), nullable=False),
    Column("event_type", String(80), nullable=False),
    Column("day", String(10)),                          # date_start, else the report's day
    Column("place_id", Integer, ForeignKey("places.id")),
    Column("data", Json, nullable=False),               # EventFrame.to_dict()
)
Index("ix_frames_report", frames.c.report_id)
Index("ix_frames_day", frames.c.day)

events = Table(
    "events", metadata,
    Column("id", String(220), primary_key=True),
    Column("event_type", String(80), nullable=False),
    Column("sub_event_type", String(80), nullable=False),
    Column("day", String(10)),                          # date_start (ISO) for sorting / filters
    Column("status", String(20), nullable=False),
    Column("actor1", String(300)), Column("actor2", String(300)),
    Column("place", String(300)), Column("country", String(8)),
    Column("lat", Float), Column("lon", Float),
    Column("review", String(20), nullable=False, default="unreviewed"),
    Column("first_published", DateTime(timezone=True)),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("data", Json, nullable=False),               # Event.to_dict() after overrides
)
Index("ix_events_day", events.c.day)
# The page's list is newest first: an index in exactly that order lets the database stop after
# `limit` rows instead of sorting a whole month (p95 250 -> a few ms at 1M events in PostgreSQL).
# SQLite has no NULLS LAST in an index, but already sorts NULLs last when descending.
ix_events_newest = Index("ix_events_newest", events.c.day.desc().nulls_last(),
                         events.c.first_published.desc().nulls_last(),
                         events.c.id).ddl_if(dialect="postgresql")
ix_events_newest_sqlite = Index("ix_events_newest_sqlite", events.c.day.desc(),
                                events.c.first_published.desc(),
                                events.c.id).ddl_if(dialect="sqlite")

event_mentions = Table(
    "event_mentions", metadata,
    Column("event_id", String(220), ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("frame_id", String(220), ForeignKey("frames.id", ondelete="CASCADE"), primary_key=True),
)
Index("ix_event_mentions_frame", event_mentions.c.frame_id)

changes = Table(
    "changes", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("who", String(200), nullable=False),
    Column("action", String(60), nullable=False),
    Column("target", String(240)),
    Column("payload", Json),
)
Index("ix_changes_target", changes.c.target)

users = Table(
    "users", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(120), nullable=False, unique=True),
    Column("password_hash", String(300), nullable=False),
    Column("role", String(20), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

sessions = Table(
    "sessions", metadata,
    Column("token_hash", String(64), primary_key=True),   # sha256 of the cookie: a DB leak is no login
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)

# Analyst decisions. Fusion is re-run often; these are re-applied each time, so they win.
overrides = Table(
    "overrides", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("kind", String(20), nullable=False),          # must_link | cannot_link | field | review | note
    Column("event_id", String(220)),
    Column("a", String(220)), Column("b", String(220)),  # mention ids for link constraints
    Column("field", String(60)),
    Column("value", Json),
    Column("who", String(120), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
)
Index("ix_overrides_event", overrides.c.event_id)

signin_failures = Table(
    "signin_failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(300), nullable=False),         # user name and client address
    Column("at", DateTime(timezone=True), nullable=False),
)
Index("ix_signin_failures_key", signin_failures.c.key)
