"""The desk's orchestration on both engines: dedupe, failures named, re-fusion, analyst links."""
from __future__ import annotations

from livedesk.model import Event
from livedesk.service import Desk


def _desk(db_url, settings_for, factory, **kw):
    return Desk(settings_for(db_url), reader=factory.reader(**kw), fuser=factory.fuser)


def test_ingest_reports_counts_new_and_duplicates_and_makes_events(db_url, settings_for, factory):
    desk = _desk(db_url, settings_for, factory)
    reps = [factory.report("Jets struck Palmyra."), factory.report("Shelling in Homs."),
            factory.report("Jets struck Palmyra.")]
    s = desk.ingest_reports(reps)
    assert (s.new, s.duplicate, s.failed) == (2, 1, 0)
    assert s.events["created"] == 2
    evs = desk.store.list_events()
    assert len(evs) == 2 and all(e["reports"][0]["outlet"] == "Test Wire" for e in evs)
    again = desk.ingest_reports(reps)
    assert (again.new, again.duplicate) == (0, 3) and desk.store.count("events") == 2


def test_reader_failure_keeps_report_and_names_it(db_url, settings_for, factory):
    def reader(report):
        if "boom" in report.text:
            raise ValueError("stage events failed")
        return factory.reading(report)
    desk = Desk(settings_for(db_url), reader=reader, fuser=factory.fuser)
    s = desk.ingest_reports([factory.report("boom goes the reader", origin="/data/a.txt"),
                             factory.report("A quiet strike report.")])
    assert s.new == 2 and s.read_failed == 1
    assert s.errors[0]["where"] == "/data/a.txt" and s.errors[0]["code"] == "read_failed"
    assert "stage events failed" in s.errors[0]["message"]
    rid = s.report_ids[0]
    assert desk.store.get_report(rid)["read_error"]["code"] == "read_failed"
    assert desk.store.count("events") == 1


def test_ingest_names_bad_inputs_and_goes_on(db_url, settings_for, factory, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Jets struck Palmyra on Tuesday, the Observatory said.")
    missing = tmp_path / "missing.txt"
    desk = _desk(db_url, settings_for, factory)
    try:
        from livedesk.ingest import read_sources  # noqa: F401
    except ImportError:
        import pytest
        pytest.skip("livedesk.ingest.read_sources has not landed yet")
    s = desk.ingest([str(missing), str(good)])
    assert s.failed == 1 and s.new == 1
    assert str(missing) in s.errors[0]["message"] or s.errors[0]["where"] == str(missing)


class MergingFuser:
    """Fuses mentions sharing a place into one event: enough to test the desk around fusion."""

    def __init__(self):
        self.calls = []

    def __call__(self, mentions, must_link=(), cannot_link=()):
        self.calls.append(([m.id for m in mentions], list(must_link), list(cannot_link)))
        groups: dict[str, list] = {}
        for m in mentions:
            groups.setdefault(m.frame.location.name, []).append(m)
        # Stable ids: named after the earliest report, as a real fuser would keep them.
        return [Event(id="e-" + min(ms, key=lambda x: (x.published, x.id)).id, frame=ms[0].frame,
                      mention_ids=[x.id for x in ms],
                      status="corroborated" if len(ms) > 1 else "claimed") for ms in groups.values()]


def test_refusion_updates_an_event_when_a_second_report_arrives(db_url, settings_for, factory):
    fuser = MergingFuser()
    desk = Desk(settings_for(db_url), reader=factory.reader(), fuser=fuser)
    desk.ingest_reports([factory.report("Strike on Palmyra, AP.", outlet="AP",
                                                       day="2016-05-10")])
    (e,) = desk.store.list_events()
    seq = desk.store.last_seq()
    desk.ingest_reports([factory.report("Strike on Palmyra, Reuters.", outlet="Reuters")])
    (e2,) = desk.store.list_events()
    assert e2["id"] == e["id"] and e2["status"] == "corroborated"
    assert {r["outlet"] for r in e2["reports"]} == {"AP", "Reuters"}
    actions = [c["action"] for c in desk.store.changes_since(seq)]
    assert actions == ["report.added", "event.updated"]
    # the second fusion saw the first mention too (same window), not the new one alone
    assert len(fuser.calls[-1][0]) == 2


def test_far_apart_days_are_not_refused_together(db_url, settings_for, factory):
    fuser = MergingFuser()
    desk = Desk(settings_for(db_url), reader=lambda r: factory.reading(
        r, day="2016-05-10" if "May" in r.text else "2016-01-02"), fuser=fuser)
    desk.ingest_reports([factory.report("Strike in January.")])
    desk.ingest_reports([factory.report("Strike in May.")])
    assert len(fuser.calls[-1][0]) == 1
    assert desk.store.count("events") == 2


def test_analyst_merge_and_split_survive_refusion(db_url, settings_for, factory):
    desk = _desk(db_url, settings_for, factory)       # placeholder-like fuser: one event a mention
    s = desk.ingest_reports([factory.report("Strike one."), factory.report("Strike two.")])
    a, b = (f"{rid}#0" for rid in s.report_ids)
    desk.store.add_override("must_link", "ana", a=a, b=b)
    desk.refuse()
    (ev,) = desk.store.list_events()
    assert sorted(ev["mention_ids"]) == sorted([a, b])
    desk.store.add_override("cannot_link", "ana", a=a, b=b)
    desk.refuse()
    evs = desk.store.list_events()
    assert len(evs) == 2 and all(len(e["mention_ids"]) == 1 for e in evs)


def test_field_edits_and_review_are_reapplied_after_refusion(db_url, settings_for, factory):
    desk = _desk(db_url, settings_for, factory)
    desk.ingest_reports([factory.report("Strike one.")])
    (ev,) = desk.store.list_events()
    desk.store.add_override("field", "ana", event_id=ev["id"], field="actor1", value="Russia")
    desk.store.add_override("review", "ana", event_id=ev["id"],
                            value={"status": "confirmed", "reason": "video geolocated"})
    desk.store.add_override("note", "ana", event_id=ev["id"], value="check the date")
    desk.refuse()
    ev = desk.store.get_event(ev["id"])
    assert ev["frame"]["actor1"] == "Russia" and ev["status"] == "confirmed"
    assert ev["review"]["status"] == "confirmed" and ev["review"]["by"] == "ana"
    assert "video geolocated" in ev["status_reason"]
    assert ev["review"]["notes"][0]["text"] == "check the date"
    assert desk.store.list_events(review="confirmed")[0]["id"] == ev["id"]


def test_reread_replaces_readings(db_url, settings_for, factory):
    desk = _desk(db_url, settings_for, factory)
    desk.ingest_reports([factory.report("Strike one.")])
    desk.reader = factory.reader(place="Homs", lat=34.73, lon=36.71)
    s = desk.reread()
    (ev,) = desk.store.list_events()
    assert ev["frame"]["location"]["name"] == "Homs" and s.report_ids


def test_summary_text_names_each_failed_input(db_url, settings_for, factory):
    def reader(report):
        raise RuntimeError("no model")
    desk = Desk(settings_for(db_url), reader=reader, fuser=factory.fuser)
    s = desk.ingest_reports([factory.report("x", origin="/in/a.txt")])
    text = s.text()
    assert text.splitlines()[0].startswith("1 new, 0 duplicate, 0 failed, 1 could not be read")
    assert "/in/a.txt" in text and str(s) == text


def test_edits_follow_their_event_when_refusion_renames_it(db_url, settings_for, factory):
    """An earlier-published report joining an event gives it a new id; the edit stays on it."""
    fuser = MergingFuser()
    desk = Desk(settings_for(db_url), reader=factory.reader(), fuser=fuser)
    desk.ingest_reports([factory.report("Strike on Palmyra, late.", day="2016-05-11")])
    (ev,) = desk.store.list_events()
    desk.store.add_override("field", "ana", event_id=ev["id"], a=min(ev["mention_ids"]),
                            field="actor1", value="Russia")
    desk.refuse_event(ev["id"])
    desk.ingest_reports([factory.report("Strike on Palmyra, early.", day="2016-05-10")])
    (ev2,) = desk.store.list_events()
    assert ev2["id"] != ev["id"] and ev2["frame"]["actor1"] == "Russia"


def test_unstorable_reading_keeps_the_report_and_a_failing_fuser_keeps_the_batch(
        db_url, settings_for, factory):
    from livedesk.model import EventFrame, Reading

    def reader(report):
        if "odd" in report.text:
            return Reading(report_id=report.id, events=[EventFrame(sub_event_type="Skirmish")])
        return factory.reading(report)

    def fuser(mentions, must_link=(), cannot_link=()):
        raise RuntimeError("fusion bug")

    desk = Desk(settings_for(db_url), reader=reader, fuser=fuser)
    s = desk.ingest_reports([factory.report("An odd report.", origin="odd.txt"),
                             factory.report("A normal report.")])
    assert s.new == 2 and s.read_failed == 1
    assert s.errors[0]["where"] == "odd.txt" and "could not be stored" in s.errors[0]["message"]
    assert s.errors[-1]["code"] == "fuse_failed"
    assert desk.store.count("reports") == 2 and desk.store.count("frames") == 1
    desk.fuser = factory.fuser
    desk.refuse()
    assert desk.store.count("events") == 1


def test_default_reader_reads_in_batches_and_stores_every_report(db_url, settings_for, factory):
    """The real reading pipeline, batched: every report stored, read, none failing."""
    desk = Desk(settings_for(db_url), fuser=factory.fuser)
    texts = [f"Report {i}: shelling hit Homs on Tuesday, the Observatory said." for i in range(40)]
    s = desk.ingest_reports([factory.report(t) for t in texts] + [factory.report(texts[0])])
    assert (s.new, s.duplicate, s.read_failed) == (40, 1, 0)
    reports = desk.store.list_reports(limit=100)
    assert len(reports) == 40 and all(r["read_at"] for r in reports)
