"""What `livedesk ingest` tells a person after a run: net event counts, errors, warnings."""
from __future__ import annotations

from livedesk import service
from livedesk.model import Event
from livedesk.service import Desk, IngestSummary


def one_event_of_everything(mentions, must_link=(), cannot_link=()):
    """Fusion that gathers every mention into one event whose id follows its mentions, so each
    re-fusion replaces the event made by the one before (as real fusion does when a cluster grows)."""
    if not mentions:
        return []
    ids = sorted(m.id for m in mentions)
    return [Event(id="e-" + str(len(ids)), frame=mentions[0].frame, mention_ids=ids)]


def test_events_made_and_replaced_within_one_run_count_once(sqlite_url, settings_for, factory, monkeypatch):
    monkeypatch.setattr(service, "PUBLISH_EVERY_SECONDS", -1.0)    # fuse after every report
    monkeypatch.setattr(service, "READ_BATCH", 1)
    desk = Desk(settings_for(sqlite_url), reader=factory.reader(), fuser=one_event_of_everything)
    s = desk.ingest_reports([factory.report(f"Jets struck Palmyra, report {n}.") for n in range(3)])
    assert s.new == 3
    # three fusion rounds made e-1, then e-2 (deleting e-1), then e-3: the run made one event
    assert s.events == {"created": 1, "updated": 0, "deleted": 0}
    assert "deleted" not in s.text() and "1 created" in s.text()
    later = desk.ingest_reports([factory.report("Jets struck Palmyra, report 9.")])
    assert later.events == {"created": 1, "updated": 0, "deleted": 1}     # e-4 replaced e-3


def test_summary_lists_errors_then_warnings_and_knows_when_all_was_done():
    s = IngestSummary(new=1)
    assert s.ok
    s.warnings.append("a.txt: no publication date")
    assert s.ok
    s.failed = 1
    s.errors.append({"where": "b.txt", "code": "not_found", "message": "b.txt: not_found: gone"})
    assert not s.ok
    assert s.text().splitlines() == ["1 new, 0 duplicate, 1 failed", "  error: b.txt: not_found: gone",
                                     "  warning: a.txt: no publication date"]
