"""The store: reports, readings, events and the change log, over SQLAlchemy Core.

Users and sessions are in accounts.py, storing reports and readings in writes.py, row converters
in rows.py, the tables in schema.py.

One code path for SQLite (a single WAL file: one writer, many readers) and PostgreSQL. Writes go
through `_write()`, which takes the database's write lock first (BEGIN IMMEDIATE on SQLite, an
advisory transaction lock on PostgreSQL): writers queue instead of failing, and change-log
sequence numbers become visible in order, which the live stream relies on.
"""
from __future__ import annotations

import contextlib
import json
from datetime import date, datetime
from typing import Any, Iterable, Iterator

from sqlalchemy import Connection, create_engine, delete, event, func, insert, or_, select, update
from sqlalchemy.engine import Engine, make_url

from livedesk.model import Claim, Event, EventFrame, Mention, Report, utcnow
from livedesk.store import migrations
from livedesk.store.accounts import Accounts
from livedesk.store.rows import (_brief, _change, _chunks, _claim, _claim_dict, _diff, _event_dict,
                                 _iso, _jsonable, _report, _report_dict, _utc)
from livedesk.store.schema import (changes, claims, event_mentions, events, frames, overrides,
                                   reports, sources)
from livedesk.store.writes import ReportWrites

_PG_WRITE_LOCK = 4_817_221  # any constant, the same in every desk process
NOTIFY_CHANNEL = "livedesk_changes"


def normalise_url(url: str) -> str:
    """Accept plain postgresql:// (and postgres://) URLs and use psycopg 3 for them."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class Store(Accounts, ReportWrites):
    def __init__(self, url: str, migrate: bool = True):
        self.url = normalise_url(url)
        u = make_url(self.url)
        self.dialect = u.get_backend_name()
        if self.dialect == "sqlite":
            db = u.database
            if db and db != ":memory:":
                from pathlib import Path
                Path(db).parent.mkdir(parents=True, exist_ok=True)
            self.engine: Engine = create_engine(self.url, connect_args={"timeout": 30})
            event.listen(self.engine, "connect", _sqlite_connect)
            event.listen(self.engine, "begin", _sqlite_begin)
        else:
            self.engine = create_engine(self.url, pool_pre_ping=True)
        if migrate:
            with self._write() as conn:
                migrations.migrate(conn)

    def close(self) -> None:
        self.engine.dispose()

    # -- transactions -------------------------------------------------------------------------
    @contextlib.contextmanager
    def _write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.info["immediate"] = True
            with conn.begin():
                if self.dialect == "postgresql":
                    conn.execute(select(func.pg_advisory_xact_lock(_PG_WRITE_LOCK)))
                yield conn

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            with conn.begin():
                yield conn

    # -- change log ---------------------------------------------------------------------------
    def log(self, who: str, action: str, target: str | None = None,
            payload: dict[str, Any] | None = None, conn: Connection | None = None) -> int:
        """Append one entry to the change log; returns its sequence number."""
        if conn is None:
            with self._write() as c:
                return self.log(who, action, target, payload, c)
        res = conn.execute(insert(changes).values(at=utcnow(), who=who, action=action,
                                                  target=target, payload=payload or {}))
        if self.dialect == "postgresql":
            # Delivered at commit, once per transaction (same payload): live pages wake at
            # once instead of at their next poll.
            conn.execute(select(func.pg_notify(NOTIFY_CHANNEL, "")))
        return int(res.inserted_primary_key[0])

    def _log_many(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """Append several entries (dicts of at, who, action, target, payload) in one statement."""
        conn.execute(insert(changes), rows)
        if self.dialect == "postgresql":
            conn.execute(select(func.pg_notify(NOTIFY_CHANNEL, "")))

    def libpq_url(self) -> str:
        """This store's PostgreSQL URL for plain psycopg (LISTEN needs its own connection)."""
        return make_url(self.url).set(drivername="postgresql").render_as_string(
            hide_password=False)

    def changes_since(self, seq: int = 0, limit: int = 500) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(select(changes).where(changes.c.seq > seq)
                                .order_by(changes.c.seq).limit(limit)).mappings().all()
        return [_change(r) for r in rows]

    def last_seq(self) -> int:
        with self._read() as conn:
            return conn.execute(select(func.max(changes.c.seq))).scalar() or 0

    def latest_published(self) -> datetime | None:
        """The newest report's publication time: the desk's clock for an archive."""
        with self._read() as conn:
            return _utc(conn.execute(select(func.max(reports.c.published))).scalar())

    def history(self, target: str) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(select(changes).where(changes.c.target == target)
                                .order_by(changes.c.seq)).mappings().all()
        return [_change(r) for r in rows]

    # -- reports and readings -----------------------------------------------------------------
    def report_id_for(self, fingerprint: str) -> str | None:
        with self._read() as conn:
            return conn.execute(select(reports.c.id).where(
                reports.c.fingerprint == fingerprint)).scalar()

    def get_report(self, report_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(select(reports).where(reports.c.id == report_id)).mappings().first()
            if row is None:
                return None
            d = _report_dict(row, with_text=True)
            d["claims"] = [_claim_dict(c) for c in conn.execute(
                select(claims).where(claims.c.report_id == report_id).order_by(claims.c.idx)
            ).mappings()]
            d["frames"] = [dict(r["data"], id=r["id"]) for r in conn.execute(
                select(frames).where(frames.c.report_id == report_id).order_by(frames.c.idx)
            ).mappings()]
            d["events"] = list(conn.execute(
                select(event_mentions.c.event_id).distinct().join(
                    frames, frames.c.id == event_mentions.c.frame_id)
                .where(frames.c.report_id == report_id)).scalars())
        return d

    def iter_reports(self, ids: Iterable[str] | None = None) -> Iterator[Report]:
        q = select(reports).order_by(reports.c.ingested_at, reports.c.id)
        if ids is not None:
            q = q.where(reports.c.id.in_(list(ids)))
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
        for r in rows:
            yield _report(r)

    def list_reports(self, source: str | None = None, q: str | None = None,
                     limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        query = select(reports)
        if source:
            query = query.where(reports.c.outlet.in_(_names(source)))
        if q:
            like = f"%{q}%"
            query = query.where(or_(reports.c.title.ilike(like), reports.c.text.ilike(like)))
        query = query.order_by(reports.c.published.desc().nulls_last(), reports.c.id)
        with self._read() as conn:
            rows = conn.execute(query.limit(limit).offset(offset)).mappings().all()
        return [_report_dict(r) for r in rows]

    def count(self, table: str) -> int:
        t = {"reports": reports, "events": events, "frames": frames, "claims": claims,
             "changes": changes}[table]
        with self._read() as conn:
            return conn.execute(select(func.count()).select_from(t)).scalar_one()

    # -- mentions: what fusion reads ----------------------------------------------------------
    def mentions(self, date_from: str | date | None = None, date_to: str | date | None = None,
                 ids: Iterable[str] | None = None) -> list[Mention]:
        q = (select(frames.c.id, frames.c.report_id, frames.c.data, reports.c.outlet,
                    reports.c.published, reports.c.url, reports.c.text)
             .join(reports, reports.c.id == frames.c.report_id))
        if date_from:
            q = q.where(frames.c.day >= str(date_from))
        if date_to:
            q = q.where(frames.c.day <= str(date_to))
        if ids is not None:
            q = q.where(frames.c.id.in_(list(ids)))
        q = q.order_by(frames.c.report_id, frames.c.idx)
        with self._read() as conn:
            rows = conn.execute(q).mappings().all()
            rids = sorted({r["report_id"] for r in rows})
            by_report: dict[str, dict[int, Claim]] = {}
            for chunk in _chunks(rids, 500):
                for c in conn.execute(select(claims).where(claims.c.report_id.in_(chunk))).mappings():
                    by_report.setdefault(c["report_id"], {})[c["idx"]] = _claim(c)
        out = []
        for r in rows:
            f = EventFrame.from_dict(r["data"])
            own = by_report.get(r["report_id"], {})
            text = r["text"][f.start:f.end] if f.end > f.start else ""
            out.append(Mention(id=r["id"], report_id=r["report_id"], frame=f,
                               claims=[own[i] for i in f.claims if i in own],
                               outlet=r["outlet"], published=_utc(r["published"]),
                               url=r["url"], text=text))
        return out

    def mention_days(self, mention_ids: Iterable[str]) -> list[str]:
        with self._read() as conn:
            return [d for d in conn.execute(select(frames.c.day).where(
                frames.c.id.in_(list(mention_ids)))).scalars() if d]

    def events_of_mentions(self, mention_ids: Iterable[str]) -> dict[str, list[str]]:
        """Existing events touching these mentions -> all of their mention ids."""
        mids = list(mention_ids)
        out: dict[str, list[str]] = {}
        with self._read() as conn:
            eids: set[str] = set()
            for chunk in _chunks(mids, 500):
                eids |= set(conn.execute(select(event_mentions.c.event_id).where(
                    event_mentions.c.frame_id.in_(chunk))).scalars())
            for chunk in _chunks(sorted(eids), 500):
                for eid, fid in conn.execute(select(event_mentions.c.event_id, event_mentions.c.frame_id)
                                             .where(event_mentions.c.event_id.in_(chunk))):
                    out.setdefault(eid, []).append(fid)
        return out

    def event_of_mention(self, mention_id: str) -> str | None:
        with self._read() as conn:
            return conn.execute(select(event_mentions.c.event_id).where(
                event_mentions.c.frame_id == mention_id)).scalar()

    # -- events -------------------------------------------------------------------------------
    def replace_events(self, new: list[Event], scope: Iterable[str] | None = None,
                       reviews: dict[str, dict[str, Any]] | None = None,
                       who: str = "fusion",
                       changed: dict[str, list[str]] | None = None) -> dict[str, int]:
        """Upsert events by id and delete the ones that vanished; log every change.

        `scope` is the set of mention ids that were re-fused: only events touching it may
        vanish. Without a scope the new list is the whole truth (a full re-fuse).
        `changed`, when given, gets the ids behind the counts ("created": [...], ...).
        """
        def note(kind: str, eid: str) -> None:
            counts[kind] += 1
            if changed is not None:
                changed.setdefault(kind, []).append(eid)

        reviews = reviews or {}
        counts = {"created": 0, "updated": 0, "deleted": 0, "unchanged": 0}
        now = utcnow()
        with self._write() as conn:
            if scope is None:
                old_ids = set(conn.execute(select(events.c.id)).scalars())
            else:
                old_ids = set()
                for chunk in _chunks(list(scope), 500):
                    old_ids |= set(conn.execute(select(event_mentions.c.event_id).where(
                        event_mentions.c.frame_id.in_(chunk))).scalars())
            new_ids = {e.id for e in new}
            for eid in sorted(old_ids - new_ids):
                conn.execute(delete(event_mentions).where(event_mentions.c.event_id == eid))
                conn.execute(delete(events).where(events.c.id == eid))
                self.log(who, "event.deleted", eid, {}, conn)
                note("deleted", eid)
            frame_rows, claim_rows, stored = self._context(conn, new)
            for ev in new:
                data = self._enrich(ev, frame_rows, claim_rows)
                review = reviews.get(ev.id) or {"status": "unreviewed"}
                data["review"] = review
                f = ev.frame
                loc = f.location
                pubs = [r["published"] for r in data["reports"] if r.get("published")]
                values = dict(
                    event_type=f.event_type, sub_event_type=f.sub_event_type,
                    day=f.date_start or (min(pubs)[:10] if pubs else None), status=ev.status,
                    actor1=f.actor1, actor2=f.actor2, place=loc.name if loc else None,
                    country=loc.country if loc else None, lat=loc.lat if loc else None,
                    lon=loc.lon if loc else None, review=review.get("status") or "unreviewed",
                    first_published=datetime.fromisoformat(min(pubs)) if pubs else None,
                    data=data)
                old = stored.get(ev.id)
                if old is None:
                    conn.execute(insert(events).values(id=ev.id, created_at=now, updated_at=now,
                                                       **values))
                    self.log(who, "event.created", ev.id, _brief(data), conn)
                    note("created", ev.id)
                elif old != data:
                    conn.execute(update(events).where(events.c.id == ev.id)
                                 .values(updated_at=now, **values))
                    self.log(who, "event.updated", ev.id, _diff(old, data), conn)
                    note("updated", ev.id)
                else:
                    counts["unchanged"] += 1
                    continue
                conn.execute(delete(event_mentions).where(event_mentions.c.event_id == ev.id))
                for mid in dict.fromkeys(ev.mention_ids):
                    if mid in frame_rows:
                        # A mention belongs to one event: fusion partitions mentions.
                        conn.execute(delete(event_mentions).where(event_mentions.c.frame_id == mid))
                        conn.execute(insert(event_mentions).values(event_id=ev.id, frame_id=mid))
        return counts

    def _context(self, conn: Connection, new: list[Event]) -> tuple[dict, dict, dict]:
        """Everything replace_events needs, in a few queries rather than a few per event:
        frame rows by mention id, claims by (report id, index), stored data by event id."""
        mids = sorted({m for ev in new for m in ev.mention_ids})
        frame_rows: dict[str, Any] = {}
        for chunk in _chunks(mids, 500):
            for r in conn.execute(
                    select(frames.c.id, frames.c.report_id, frames.c.data, reports.c.outlet,
                           reports.c.url, reports.c.published, reports.c.title)
                    .join(reports, reports.c.id == frames.c.report_id)
                    .where(frames.c.id.in_(chunk))).mappings():
                frame_rows[r["id"]] = r
        rids = sorted({r["report_id"] for r in frame_rows.values()})
        claim_rows: dict[tuple[str, int], dict[str, Any]] = {}
        for chunk in _chunks(rids, 500):
            for c in conn.execute(select(claims).where(claims.c.report_id.in_(chunk))).mappings():
                claim_rows[(c["report_id"], c["idx"])] = _claim_dict(c)
        old: dict[str, Any] = {}
        for chunk in _chunks(sorted({ev.id for ev in new}), 500):
            old.update(conn.execute(select(events.c.id, events.c.data)
                                    .where(events.c.id.in_(chunk))).all())
        return frame_rows, claim_rows, old

    @staticmethod
    def _enrich(ev: Event, frame_rows: dict, claim_rows: dict) -> dict[str, Any]:
        """The event's JSON plus what the desk shows with it: its reports and their claims."""
        # Through JSON once, so what is compared with the stored row has the stored types.
        data = json.loads(json.dumps(_event_dict(ev), default=_jsonable))
        rep: dict[str, dict[str, Any]] = {}
        cl: list[dict[str, Any]] = []
        for mid in sorted(set(ev.mention_ids)):
            r = frame_rows.get(mid)
            if r is None:
                continue
            rep.setdefault(r["report_id"], {"report_id": r["report_id"], "outlet": r["outlet"],
                                            "url": r["url"], "title": r["title"],
                                            "published": _iso(r["published"])})
            for i in sorted(set(r["data"].get("claims") or [])):
                c = claim_rows.get((r["report_id"], i))
                if c is not None:
                    cl.append(dict(c, mention_id=mid))
        data["reports"] = sorted(rep.values(), key=lambda r: (r["published"] or "", r["report_id"]))
        data["claims"] = cl
        return data

    def list_events(self, date_from: str | None = None, date_to: str | None = None,
                    event_type: str | None = None, actor: str | None = None,
                    place: str | None = None, status: str | None = None,
                    source: str | None = None, review: str | None = None,
                    limit: int = 500, offset: int = 0) -> list[dict[str, Any]]:
        """Events newest first, filtered; each with its reports and claims."""
        q = select(events.c.data, events.c.updated_at)
        if date_from:
            q = q.where(events.c.day >= str(date_from))
        if date_to:
            q = q.where(events.c.day <= str(date_to))
        if event_type:
            q = q.where(or_(events.c.event_type == event_type,
                            events.c.sub_event_type == event_type))
        # actor, place and source take one name or several (a name and its aliases, the web
        # filters widen them): the first is matched as typed, the others whole.
        if actor:
            first, *more = _names(actor)
            like = f"%{first}%"
            q = q.where(or_(events.c.actor1.ilike(like), events.c.actor2.ilike(like),
                            *[func.lower(c) == m.lower() for m in more
                              for c in (events.c.actor1, events.c.actor2)]))
        if place:
            first, *more = _names(place)
            q = q.where(or_(events.c.place.ilike(f"%{first}%"), events.c.country == first.upper(),
                            *[func.lower(events.c.place) == m.lower() for m in more]))
        if status:
            q = q.where(or_(events.c.status == status, events.c.review == status))
        if review:
            q = q.where(events.c.review == review)
        if source:
            by_outlet = (select(event_mentions.c.event_id)
                         .join(frames, frames.c.id == event_mentions.c.frame_id)
                         .join(reports, reports.c.id == frames.c.report_id)
                         .where(reports.c.outlet.in_(_names(source))))
            by_claim = (select(event_mentions.c.event_id)
                        .join(frames, frames.c.id == event_mentions.c.frame_id)
                        .join(claims, claims.c.report_id == frames.c.report_id)
                        .where(or_(claims.c.claimant.in_(_names(source)),
                                   claims.c.canonical.in_(_names(source)))))
            q = q.where(or_(events.c.id.in_(by_outlet), events.c.id.in_(by_claim)))
        q = q.order_by(events.c.day.desc().nulls_last(),
                       events.c.first_published.desc().nulls_last(), events.c.id)
        with self._read() as conn:
            rows = conn.execute(q.limit(limit).offset(offset)).all()
        return [dict(r[0], updated_at=_iso(r[1])) for r in rows]

    def get_event(self, event_id: str) -> dict[str, Any] | None:
        with self._read() as conn:
            row = conn.execute(select(events.c.data, events.c.updated_at, events.c.created_at)
                               .where(events.c.id == event_id)).first()
        if row is None:
            return None
        d = dict(row[0], updated_at=_iso(row[1]), created_at=_iso(row[2]))
        d["history"] = self.history(event_id)
        return d

    def event_days(self) -> list[str]:
        with self._read() as conn:
            return [d for d in conn.execute(select(events.c.day).distinct()
                                            .order_by(events.c.day)).scalars() if d]

    # -- sources ------------------------------------------------------------------------------
    def source(self, name: str | list[str]) -> dict[str, Any] | None:
        """One source's page data. `name` may be a list: the canonical name first, then every
        other name it goes by (reports and claims under any of them count)."""
        names = _names(name)
        with self._read() as conn:
            row = conn.execute(select(sources).where(sources.c.name.in_(names))
                               .order_by((sources.c.name == names[0]).desc())).mappings().first()
            n_reports, first_pub = conn.execute(
                select(func.count(), func.min(reports.c.published)).select_from(reports)
                .where(reports.c.outlet.in_(names))).one()
            n_claims = conn.execute(select(func.count()).select_from(claims).where(
                or_(claims.c.claimant.in_(names), claims.c.canonical.in_(names)))).scalar_one()
        if row is None and not n_reports and not n_claims:
            return None
        return {"name": names[0], "kind": row["kind"] if row else None,
                "alignment": row["alignment"] if row else None,
                "first_seen": _iso(row["first_seen"]) if row else None,
                # when its earliest stored report was published (first_seen is when the desk
                # first met the name, which for an archive is the ingestion day)
                "first_published": _iso(first_pub),
                "reports": n_reports, "claims": n_claims,
                "recent_reports": self.list_reports(source=names, limit=50),
                "events": self.list_events(source=names, limit=100)}

    # -- analyst overrides --------------------------------------------------------------------
    def add_override(self, kind: str, who: str, event_id: str | None = None,
                     a: str | None = None, b: str | None = None, field: str | None = None,
                     value: Any = None) -> int:
        with self._write() as conn:
            res = conn.execute(insert(overrides).values(kind=kind, event_id=event_id, a=a, b=b,
                                                        field=field, value=value, who=who,
                                                        at=utcnow(), active=True))
            oid = int(res.inserted_primary_key[0])
            self.log(who, f"review.{kind}", event_id,
                     {"a": a, "b": b, "field": field, "value": value, "override": oid}, conn)
            return oid

    def overrides(self, event_ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        q = select(overrides).where(overrides.c.active.is_(True)).order_by(overrides.c.id)
        if event_ids is not None:
            q = q.where(overrides.c.event_id.in_(list(event_ids)))
        with self._read() as conn:
            return [dict(r, at=_utc(r["at"])) for r in conn.execute(q).mappings()]

    def edits(self, event_ids: Iterable[str], mention_ids: Iterable[str]) -> list[dict[str, Any]]:
        """Field, review and note rows for these events, or anchored on these mentions
        (`a` holds the event's first mention when the edit was made, so an edit follows
        its event when re-fusion gives the event a new id)."""
        kinds = overrides.c.kind.in_(["field", "review", "note"])
        found: dict[int, dict[str, Any]] = {}
        with self._read() as conn:
            for col, values in ((overrides.c.event_id, list(event_ids)),
                                (overrides.c.a, list(mention_ids))):
                for chunk in _chunks(sorted(set(values)), 500):
                    for r in conn.execute(select(overrides).where(
                            overrides.c.active.is_(True), kinds, col.in_(chunk))).mappings():
                        found[r["id"]] = dict(r, at=_utc(r["at"]))
        return [found[k] for k in sorted(found)]

    def links(self) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
        must, cannot = [], []
        with self._read() as conn:
            for kind, a, b in conn.execute(select(overrides.c.kind, overrides.c.a, overrides.c.b)
                                           .where(overrides.c.active.is_(True),
                                                  overrides.c.kind.in_(["must_link", "cannot_link"]))
                                           .order_by(overrides.c.id)):
                (must if kind == "must_link" else cannot).append((a, b))
        return must, cannot


# -- helpers ----------------------------------------------------------------------------------
def _names(value: str | list[str] | tuple[str, ...]) -> list[str]:
    """A filter's name or names, as a non-empty list."""
    return [value] if isinstance(value, str) else list(value)


def _sqlite_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy's "begin" hook emit BEGIN itself, so writes can take the lock up front.
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.pop("immediate", False) else "BEGIN")
