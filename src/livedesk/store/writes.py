"""Storing reports with their readings: a whole batch in a few statements.

A backfill writes thousands of reports; one statement per row (look up, insert, look up the
source, the place, ...) cost ~2.5 ms of CPU per report on SQLite and ~5.6 ms on PostgreSQL, which
on a 2-core machine is CPU taken from reading. Here a batch is: one look-up of its fingerprints,
one of its ids, one insert-or-ignore and one look-up for its sources and for its places, then one
executemany each for reports, change-log entries, claims and frames, all in the caller's
transaction, so a batch is stored whole or not at all.
"""
from __future__ import annotations

from typing import Any, Iterable

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from livedesk.model import Reading, Report, utcnow
from livedesk.store.rows import _chunks, _frame_dict, _place_key, _report, _utc
from livedesk.store.schema import claims, event_mentions, frames, places, reports, sources

# Bound parameters per IN (...) list: far below SQLite's limit (32766) and PostgreSQL's (65535).
_IN = 500


class ReportWrites:
    """Mixed into Store: needs its _write(), log(), _log_many() and dialect."""

    def add_report(self, report: Report, reading: Reading | None = None,
                   who: str = "ingest") -> tuple[str, bool]:
        """Store a report (and, in the same transaction, its reading). Returns (id, created).

        The same report ingested twice is stored once: the second call returns the first id
        and created=False. A report whose given id is taken by different text gets its
        fingerprint id instead, so nothing a user ingested is lost.
        """
        return self.add_reports([(report, reading)], who)[0]

    def add_reports(self, items: Iterable[tuple[Report, Reading | None]],
                    who: str = "ingest") -> list[tuple[str, bool]]:
        """Several reports with their readings in ONE transaction: all or none, (id, created)
        for each in order, with add_report's rules (a repeat within the batch is a duplicate
        of its first occurrence). Backfills use it so a chunk costs one commit."""
        items = [(r.with_id(), reading) for r, reading in items]
        if not items:
            return []
        with self._write() as conn:
            return self._add_reports(conn, items, who)

    def _add_reports(self, conn: Connection, items: list[tuple[Report, Reading | None]],
                     who: str) -> list[tuple[str, bool]]:
        fps = [r.fingerprint for r, _ in items]
        known: dict[str, str] = {}
        for part in _chunks(sorted(set(fps)), _IN):
            known.update(conn.execute(select(reports.c.fingerprint, reports.c.id)
                                      .where(reports.c.fingerprint.in_(part))).all())
        given = sorted({r.id for (r, _), fp in zip(items, fps) if fp not in known})
        taken: set[str] = set()
        for part in _chunks(given, _IN):
            taken |= set(conn.execute(select(reports.c.id).where(reports.c.id.in_(part))).scalars())
        out: list[tuple[str, bool]] = []
        fresh: list[tuple[str, Report, Reading | None]] = []
        for (report, reading), fp in zip(items, fps):
            if fp in known:
                out.append((known[fp], False))
                continue
            rid = report.id if report.id not in taken else "r-" + fp[:16]
            taken.add(rid)
            known[fp] = rid
            out.append((rid, True))
            fresh.append((rid, report, reading))
        if not fresh:
            return out
        now = utcnow()
        source_ids = self._source_ids(conn, [r.outlet for _, r, _ in fresh if r.outlet],
                                      [x for _, _, x in fresh if x is not None])
        conn.execute(insert(reports), [dict(
            id=rid, fingerprint=r.fingerprint, text=r.text, title=r.title,
            published=_utc(r.published), outlet=r.outlet, url=r.url, origin=r.origin,
            parent=r.parent, fmt=r.fmt or "text", author=r.author, lang=r.lang, relay=r.relay,
            links=list(r.links) or None,
            source_id=source_ids[r.outlet.strip()[:300]] if r.outlet else None, ingested_at=now,
            read_at=now if reading is not None else None,
            read_error=reading.error if reading is not None else None)
            for rid, r, reading in fresh])
        self._log_many(conn, [dict(at=now, who=who, action="report.added", target=rid,
                                   payload={"outlet": r.outlet, "origin": r.origin,
                                            "title": r.title}) for rid, r, _ in fresh])
        self._insert_readings(conn, [(rid, r, x) for rid, r, x in fresh if x is not None])
        return out

    def save_reading(self, report_id: str, reading: Reading, who: str = "reader") -> None:
        """Replace the claims and frames of one report with a (new) reading of it."""
        with self._write() as conn:
            row = conn.execute(select(reports).where(reports.c.id == report_id)).mappings().first()
            if row is None:
                raise KeyError(report_id)
            conn.execute(delete(event_mentions).where(event_mentions.c.frame_id.in_(
                select(frames.c.id).where(frames.c.report_id == report_id))))
            conn.execute(delete(frames).where(frames.c.report_id == report_id))
            conn.execute(delete(claims).where(claims.c.report_id == report_id))
            self._source_ids(conn, [], [reading])
            self._insert_readings(conn, [(report_id, _report(row), reading)])
            conn.execute(update(reports).where(reports.c.id == report_id).values(
                read_at=utcnow(), read_error=reading.error))
            self.log(who, "report.read", report_id,
                     {"events": len(reading.events), "claims": len(reading.claims),
                      "error": reading.error}, conn)

    # -- the pieces ---------------------------------------------------------------------------
    def _insert_readings(self, conn: Connection,
                         batch: list[tuple[str, Report, Reading]]) -> None:
        """Claims and frames of reports that have none stored (new, or just cleared). A bad
        frame (a type ACLED lacks) raises, and the caller's transaction rolls back whole."""
        claim_rows, frame_rows, locs = [], [], {}
        for rid, report, reading in batch:
            claim_rows += [dict(report_id=rid, idx=i, claimant=c.claimant, stance=c.stance,
                                start=c.start, end=c.end, text=c.text, via=list(c.via),
                                claimant_kind=c.claimant_kind, alignment=c.alignment,
                                canonical=c.canonical) for i, c in enumerate(reading.claims)]
            day0 = report.published.date().isoformat() if report.published else None
            for i, f in enumerate(reading.events):
                key = None
                if f.location and f.location.name:
                    key = _place_key(f.location)[:400]
                    locs.setdefault(key, f.location)
                frame_rows.append(dict(id=f"{rid}#{i}", report_id=rid, idx=i,
                                       sub_event_type=f.sub_event_type, event_type=f.event_type,
                                       day=f.date_start or day0, place_id=key,
                                       data=_frame_dict(f)))
        place_ids = self._place_ids(conn, locs)
        for row in frame_rows:
            row["place_id"] = place_ids.get(row["place_id"])
        if claim_rows:
            conn.execute(insert(claims), claim_rows)
        if frame_rows:
            conn.execute(insert(frames), frame_rows)

    def _insert_ignore(self, table):
        mod = sqlite if self.dialect == "sqlite" else postgresql
        return mod.insert(table).on_conflict_do_nothing()

    def _source_ids(self, conn: Connection, outlets: list[str],
                    readings: list[Reading]) -> dict[str, int]:
        """Ids of these outlets and of the claims' origins, by stripped name; creates the
        missing ones. A source first seen bare (an outlet) learns its kind and alignment from
        the first claim that describes it."""
        want: dict[str, list[str | None]] = {o.strip()[:300]: [None, None] for o in outlets}
        for reading in readings:
            for c in reading.claims:
                if c.origin and c.origin.strip():
                    d = want.setdefault(c.origin.strip()[:300], [None, None])
                    d[0], d[1] = d[0] or c.claimant_kind, d[1] or c.alignment
        if not want:
            return {}
        now = utcnow()
        conn.execute(self._insert_ignore(sources), [
            dict(name=n, kind=k, alignment=a, first_seen=now) for n, (k, a) in want.items()])
        ids: dict[str, int] = {}
        for part in _chunks(sorted(want), _IN):
            for sid, name, kind, align in conn.execute(
                    select(sources.c.id, sources.c.name, sources.c.kind, sources.c.alignment)
                    .where(sources.c.name.in_(part))):
                ids[name] = sid
                fill = {k: v for k, v, have in (("kind", want[name][0], kind),
                                                ("alignment", want[name][1], align))
                        if v and not have}
                if fill:
                    conn.execute(update(sources).where(sources.c.id == sid).values(**fill))
        return ids

    def _place_ids(self, conn: Connection, locs: dict[str, Any]) -> dict[str, int]:
        """Ids of these places by key (one row per distinct resolved place); creates the missing."""
        if not locs:
            return {}
        conn.execute(self._insert_ignore(places), [dict(
            key=key, name=loc.name[:300], lat=loc.lat, lon=loc.lon, country=loc.country,
            admin1=loc.admin1, precision=loc.precision, geonames_id=loc.geonames_id,
            uncertainty_km=loc.uncertainty_km) for key, loc in locs.items()])
        ids: dict[str, int] = {}
        for part in _chunks(sorted(locs), _IN):
            ids.update((k, i) for i, k in conn.execute(
                select(places.c.id, places.c.key).where(places.c.key.in_(part))))
        return ids
