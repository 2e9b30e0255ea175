"""The desk's orchestration: sources -> reports -> readings -> fused events, stored and published.

Every stage is somebody else's function (ingest.read_sources, read.read_report, fuse.fuse); the
desk only decides the order, stores what each stage gives, and keeps going when one input fails.
Publishing is the store's change log: live pages poll it, so a change made by any process
writing to the same database reaches every open page.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Callable, Iterable, Iterator

from tqdm import tqdm

from livedesk.errors import InputError
from livedesk.model import Event, Mention, Reading, Report, utcnow
from livedesk.settings import Settings, get_settings
from livedesk.store import Store
from livedesk.store.overrides import apply_edits, enforce_links

Reader = Callable[[Report], Reading]
Fuser = Callable[..., list[Event]]

# Fusion looks this many days either side of the new mentions: reports of one event can be
# dated a few days apart ("on Tuesday" in Friday's paper), further is a different event.
FUSE_WINDOW_DAYS = 3
# During a long batch, re-fuse and publish at least this often so open pages keep up.
PUBLISH_EVERY_SECONDS = 2.0
# Reports read together: spaCy parses a batch much faster than the same reports one by one.
READ_BATCH = 32


@dataclass
class IngestSummary:
    new: int = 0
    duplicate: int = 0
    failed: int = 0
    read_failed: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)   # {where, code, message}
    warnings: list[str] = field(default_factory=list)            # stored, but worth a look
    report_ids: list[str] = field(default_factory=list)          # new reports, in order
    events: dict[str, int] = field(default_factory=dict)         # created/updated/deleted/...
    # Event ids by what this run did to them, net: an event made and replaced again within the
    # run (fusion runs several times in a long batch) was neither created nor deleted by it.
    _ids: dict[str, set[str]] = field(default_factory=lambda: {"created": set(), "updated": set(),
                                                               "deleted": set()}, repr=False)

    @property
    def ok(self) -> bool:
        """Everything asked for was done: no input failed, no report went unread."""
        return not (self.failed or self.read_failed or self.errors)

    def to_dict(self) -> dict[str, Any]:
        return {"new": self.new, "duplicate": self.duplicate, "failed": self.failed,
                "read_failed": self.read_failed, "errors": self.errors, "warnings": self.warnings,
                "report_ids": self.report_ids, "events": self.events}

    def text(self) -> str:
        """What a person reads after a run: the counts, then each error naming its input, then
        the warnings."""
        ev = ", ".join(f"{v} {k}" for k, v in self.events.items() if v and k != "unchanged")
        lines = [f"{self.new} new, {self.duplicate} duplicate, {self.failed} failed"
                 + (f", {self.read_failed} could not be read" if self.read_failed else "")
                 + (f"; events: {ev}" if ev else "")]
        lines += [f"  error: {e.get('message') or e.get('where')}" for e in self.errors]
        lines += [f"  warning: {w}" for w in self.warnings]
        return "\n".join(lines)

    __str__ = text

    def _add_counts(self, counts: dict[str, int], changed: dict[str, list[str]] | None = None) -> None:
        if changed is None:
            for k, v in counts.items():
                self.events[k] = self.events.get(k, 0) + v
            return
        ids = self._ids
        for eid in changed.get("deleted", []):
            if eid in ids["created"]:
                ids["created"].discard(eid)       # made earlier in this run: never there before it
            else:
                ids["updated"].discard(eid)
                ids["deleted"].add(eid)
        for eid in changed.get("created", []):
            if eid in ids["deleted"]:             # gone and back within the run: it changed
                ids["deleted"].discard(eid)
                ids["updated"].add(eid)
            else:
                ids["created"].add(eid)
        for eid in changed.get("updated", []):
            if eid not in ids["created"]:
                ids["updated"].add(eid)
        self.events = {k: len(v) for k, v in ids.items()}


def _default_reader(report: Report) -> Reading:
    from livedesk.read import read_report
    return read_report(report)


def _default_batch_reader(reports: list[Report]) -> Iterable[Reading]:
    from livedesk.read import read_many
    return read_many(reports)


def _chunks(items: Iterable[Report], n: int) -> Iterator[list[Report]]:
    chunk: list[Report] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == n:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _fuser_on_desk_clock(store: Store) -> Fuser:
    """fuse() with `now` = the newest stored report's time (never later than now): a claim
    is stale when the stream moved on without corroborating it. On a live desk that is the
    present; on an archive or a backfill it is the archive's last day, not today, which
    would call every historical event stale."""
    def fuser(mentions, must_link=(), cannot_link=()):
        from livedesk.fuse import fuse
        latest = store.latest_published()
        now = min(latest, utcnow()) if latest else None
        return fuse(mentions, must_link, cannot_link, now=now)
    return fuser


def refused_reading(report: Report, exc: Exception) -> Reading:
    """What is stored in place of a reading the store refused (a frame of a type ACLED lacks):
    no frames, and an error naming the report, so the report itself is never lost."""
    where = report.origin or report.url or report.id
    return Reading(report_id=report.id, error=InputError(
        "read_failed", where, f"the reading could not be stored: {type(exc).__name__}: {exc}").to_dict())


class Desk:
    """`Desk(settings)`; `reader=` and `fuser=` are seams for tests and experiments."""

    def __init__(self, settings: Settings | None = None, reader: Reader | None = None,
                 fuser: Fuser | None = None, store: Store | None = None):
        self.settings = settings or get_settings()
        self.store = store or Store(self.settings.database_url)
        self.reader = reader or _default_reader
        self.fuser = fuser or _fuser_on_desk_clock(self.store)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> "Desk":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- ingest -------------------------------------------------------------------------------
    def ingest(self, sources: list[str], progress: bool = False, given=None) -> IngestSummary:
        """Read every source (files, URLs, feeds), store, read and fuse what is new.
        `given` (ingest.text.Given): outlet, date and URL the command line gives plain texts."""
        from livedesk.ingest import read_sources
        summary = IngestSummary()

        def reports() -> Iterable[Report]:
            it = iter(read_sources(sources, given=given))
            while True:
                try:
                    item = next(it)
                except StopIteration:
                    return
                except InputError as e:        # a reader that raises instead of yielding
                    summary.failed += 1
                    summary.errors.append({"where": e.where, **e.to_dict()})
                    return
                if isinstance(item, InputError):
                    summary.failed += 1
                    summary.errors.append({"where": item.where, **item.to_dict()})
                    continue
                yield item

        return self.ingest_reports(reports(), progress=progress, summary=summary)

    def ingest_reports(self, reports: Iterable[Report], progress: bool = False,
                       summary: IngestSummary | None = None) -> IngestSummary:
        """Store each report once, read it, and re-fuse the mentions it adds."""
        summary = summary or IngestSummary()
        undated: dict[str, int] = {}       # where -> new reports stored with no date
        pending: list[str] = []
        last = time.monotonic()
        bar = tqdm(disable=not progress or not sys.stderr.isatty(), file=sys.stderr, unit="report", desc="ingest",
                   dynamic_ncols=True)
        for chunk in _chunks(reports, READ_BATCH):
            fresh: list[Report] = []
            seen: set[str] = set()
            for report in chunk:
                report = report.with_id()
                if report.fingerprint in seen or self.store.report_id_for(report.fingerprint):
                    summary.duplicate += 1
                    bar.update(1)
                    continue
                seen.add(report.fingerprint)
                fresh.append(report)
            for report, reading in zip(fresh, self._read_batch(fresh)):
                before = summary.new
                pending += self._store(report, reading, summary)
                if summary.new > before and report.published is None:
                    where = report.origin or report.url or report.id
                    undated[where] = undated.get(where, 0) + 1
                if pending and time.monotonic() - last > PUBLISH_EVERY_SECONDS:
                    self._refuse_into(summary, pending)
                    pending, last = [], time.monotonic()
                bar.update(1)
                bar.set_postfix(new=summary.new, dup=summary.duplicate, failed=summary.failed)
        bar.close()
        if pending:
            self._refuse_into(summary, pending)
        for where, n in undated.items():
            summary.warnings.append(
                f"{where}: {'no publication date' if n == 1 else f'{n} new reports with no publication date'}"
                f"; events in it are dated only where the text gives a full date"
                f" (add a 'Published:' line or pass --published)")
        return summary

    def _store(self, report: Report, reading: Reading, summary: IngestSummary) -> list[str]:
        """Store one report with its reading; returns the new mention ids."""
        where = report.origin or report.url or report.id
        try:
            rid, created = self.store.add_report(report, reading)
        except Exception as e:  # noqa: BLE001 - e.g. a frame with a type ACLED lacks
            # The transaction rolled back; keep the report itself, marked unread.
            reading = refused_reading(report, e)
            rid, created = self.store.add_report(report, reading)
        if reading.error:
            summary.read_failed += 1
            summary.errors.append({"where": where, **reading.error})
        if not created:                         # another process stored it meanwhile
            summary.duplicate += 1
            return []
        summary.new += 1
        summary.report_ids.append(rid)
        return [f"{rid}#{i}" for i in range(len(reading.events))]

    def _read_batch(self, reports: list[Report]) -> list[Reading]:
        """Readings in order; the default reader parses a batch at once (spaCy's nlp.pipe)."""
        if not reports:
            return []
        # Batch reading only for the default reader: a custom one is called per report.
        if self.reader is _default_reader:
            try:
                out = list(_default_batch_reader(reports))
                if len(out) == len(reports):
                    for r, reading in zip(reports, out):
                        reading.report_id = r.id
                    return out
            except Exception:  # noqa: BLE001 - fall back to one at a time, failures named
                pass
        return [self._read(r) for r in reports]

    def _refuse_into(self, summary: IngestSummary, mention_ids: list[str]) -> None:
        try:
            changed: dict[str, list[str]] = {}
            summary._add_counts(self.refuse_around(mention_ids, changed=changed), changed)
        except Exception as e:  # noqa: BLE001 - reports are stored; `refuse` can redo this
            summary.errors.append({"where": "fusion", "code": "fuse_failed",
                                   "message": f"fusion: {type(e).__name__}: {e} "
                                              f"(reports are kept; run reread or refuse)"})

    def _read(self, report: Report) -> Reading:
        try:
            reading = self.reader(report)
        except Exception as e:  # noqa: BLE001 - a failing stage must not stop the batch
            err = InputError("read_failed", report.origin or report.url or report.id,
                             f"{type(e).__name__}: {e}")
            return Reading(report_id=report.id, error=err.to_dict())
        reading.report_id = report.id
        return reading

    # -- re-reading and re-fusing -------------------------------------------------------------
    def reread(self, progress: bool = False) -> IngestSummary:
        """Read every stored report again (a better reader) and re-fuse everything."""
        summary = IngestSummary()
        bar = tqdm(disable=not progress or not sys.stderr.isatty(), file=sys.stderr, unit="report", desc="reread")
        for chunk in _chunks(self.store.iter_reports(), READ_BATCH):
            for report, reading in zip(chunk, self._read_batch(chunk)):
                if reading.error:
                    summary.read_failed += 1
                    summary.errors.append({"where": report.origin or report.id, **reading.error})
                self.store.save_reading(report.id, reading)
                summary.report_ids.append(report.id)
                bar.update(1)
        bar.close()
        summary._add_counts(self.refuse())
        return summary

    def refuse(self) -> dict[str, int]:
        """Fuse every stored mention again; the result replaces all events."""
        return self._fuse(self.store.mentions(), scope=None)

    def refuse_around(self, mention_ids: Iterable[str],
                      changed: dict[str, list[str]] | None = None) -> dict[str, int]:
        """Re-fuse the mentions near these ones (in time) and the events they touch.
        `changed` gets the event ids behind the counts (see Store.replace_events)."""
        seed = list(dict.fromkeys(mention_ids))
        days = sorted(self.store.mention_days(seed))
        found: dict[str, Mention] = {}
        if days:
            lo = date.fromisoformat(days[0][:10]) - timedelta(days=FUSE_WINDOW_DAYS)
            hi = date.fromisoformat(days[-1][:10]) + timedelta(days=FUSE_WINDOW_DAYS)
            found.update((m.id, m) for m in self.store.mentions(lo.isoformat(), hi.isoformat()))
        ids = set(seed) | set(found)
        # An existing event reaching outside the window is re-fused whole, never cut in two.
        for mids in self.store.events_of_mentions(ids).values():
            ids |= set(mids)
        missing = [i for i in ids if i not in found]
        if missing:
            found.update((m.id, m) for m in self.store.mentions(ids=missing))
        mentions = sorted(found.values(), key=lambda m: m.id)
        return self._fuse(mentions, scope={m.id for m in mentions}, changed=changed)

    def refuse_event(self, event_id: str) -> dict[str, int]:
        ev = self.store.get_event(event_id)
        return self.refuse_around(ev["mention_ids"]) if ev else {}

    def _fuse(self, mentions: list[Mention], scope: set[str] | None,
              changed: dict[str, list[str]] | None = None) -> dict[str, int]:
        must, cannot = self.store.links()
        if scope is not None:
            must = [p for p in must if p[0] in scope and p[1] in scope]
            cannot = [p for p in cannot if p[0] in scope and p[1] in scope]
        events = self.fuser(mentions, must, cannot) if mentions else []
        events = enforce_links(events, must, cannot)
        rows_by_event: dict[str, list[dict[str, Any]]] = {}
        ids = {e.id for e in events}
        owner = {m: e.id for e in events for m in e.mention_ids}
        for row in self.store.edits(ids, owner):
            # The event it was made on, if that id survived; else the event now holding
            # the mention it was anchored on.
            eid = row["event_id"] if row["event_id"] in ids else owner.get(row["a"])
            if eid:
                rows_by_event.setdefault(eid, []).append(row)
        reviews = {}
        for ev in events:
            _, reviews[ev.id] = apply_edits(ev, rows_by_event.get(ev.id, []))
        return self.store.replace_events(events, scope=scope, reviews=reviews, changed=changed)
