"""The store against both engines: dedupe, atomic writes, events, the change log, filters."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import select

from livedesk.model import Event, EventFrame, Location, Reading
from livedesk.store import Store, normalise_url
from livedesk.store.schema import reports


def test_same_report_twice_is_stored_once_and_text_kept(store, factory):
    r = factory.report("Jets struck   Palmyra on Tuesday.\u200b")
    rid, created = store.add_report(r)
    rid2, created2 = store.add_report(factory.report("Jets struck Palmyra on Tuesday."))
    assert created and not created2 and rid == rid2
    assert store.count("reports") == 1
    assert store.get_report(rid)["text"] == r.text          # raw text, not the normalised one


def test_given_id_taken_by_other_text_keeps_both(store, factory):
    a, _ = store.add_report(factory.report("First text.", id="r1"))
    b, created = store.add_report(factory.report("Second, different text.", id="r1"))
    assert created and a == "r1" and b != "r1"
    assert {store.get_report(a)["text"], store.get_report(b)["text"]} == {
        "First text.", "Second, different text."}


def test_reading_is_stored_with_report_and_read_back_as_mentions(store, factory):
    r = factory.report("Russian jets struck Palmyra, the Observatory said.").with_id()
    reading = factory.reading(r, best=3, via=["Associated Press"])
    rid, _ = store.add_report(r, reading)
    ms = store.mentions()
    assert [m.id for m in ms] == [f"{rid}#0"]
    m = ms[0]
    assert m.frame.location.name == "Palmyra" and m.frame.fatalities.best == 3
    assert m.claims[0].claimant == "Syrian Observatory" and m.claims[0].via == ["Associated Press"]
    assert m.outlet == "Test Wire" and m.text == r.text and m.published.tzinfo is not None
    assert store.mentions(date_from="2016-05-11") == []
    assert len(store.mentions(date_from="2016-05-10", date_to="2016-05-10")) == 1


def test_failing_write_leaves_nothing_half_written(store, factory):
    r = factory.report("A report whose reading is broken.").with_id()
    bad = Reading(report_id=r.id, events=[EventFrame(sub_event_type="Not an ACLED type")])
    with pytest.raises(KeyError):
        store.add_report(r, bad)
    assert store.count("reports") == 0 and store.count("claims") == 0
    assert store.count("changes") == 0


def test_save_reading_replaces_previous_reading(store, factory):
    r = factory.report("Shelling hit Homs.").with_id()
    rid, _ = store.add_report(r, factory.reading(r, place="Homs"))
    store.save_reading(rid, Reading(report_id=rid))
    assert store.mentions() == [] and store.count("claims") == 0
    assert store.get_report(rid)["read_at"] is not None


def _event(mid: str, eid: str, sub="Air/drone strike", place="Palmyra", actor1="Russia",
           day="2016-05-10", status="claimed"):
    f = EventFrame(sub_event_type=sub, summary=f"{sub} at {place}", actor1=actor1,
                   date_start=day, location=Location(name=place, lat=34.5, lon=38.2, country="SY"))
    return Event(id=eid, frame=f, mention_ids=[mid], status=status)


def test_replace_events_upserts_deletes_and_logs(store, factory):
    ids = []
    for i, text in enumerate(["Strike on Palmyra.", "Clash near Homs."]):
        r = factory.report(text).with_id()
        rid, _ = store.add_report(r, factory.reading(r))
        ids.append(f"{rid}#0")
    seq0 = store.last_seq()
    c = store.replace_events([_event(ids[0], "e1"), _event(ids[1], "e2", sub="Armed clash")])
    assert c["created"] == 2
    c = store.replace_events([_event(ids[0], "e1", status="corroborated")])
    assert c == {"created": 0, "updated": 1, "deleted": 1, "unchanged": 0}
    actions = [(ch["action"], ch["target"]) for ch in store.changes_since(seq0)]
    assert actions == [("event.created", "e1"), ("event.created", "e2"),
                       ("event.deleted", "e2"), ("event.updated", "e1")]
    upd = store.changes_since(seq0)[-1]
    assert upd["payload"]["status"] == ["claimed", "corroborated"] and upd["who"] == "fusion"
    e1 = store.get_event("e1")
    assert e1["claims"][0]["claimant"] == "Syrian Observatory"
    assert e1["reports"][0]["outlet"] == "Test Wire"
    assert [h["action"] for h in e1["history"]] == ["event.created", "event.updated"]
    assert store.replace_events([_event(ids[0], "e1", status="corroborated")])["unchanged"] == 1


def test_scoped_replace_only_touches_scope(store, factory):
    mids = []
    for text in ["One.", "Two."]:
        r = factory.report(text).with_id()
        rid, _ = store.add_report(r, factory.reading(r))
        mids.append(f"{rid}#0")
    store.replace_events([_event(mids[0], "e1"), _event(mids[1], "e2")])
    store.replace_events([], scope=[mids[0]])
    assert [e["id"] for e in store.list_events()] == ["e2"]


def test_list_events_filters_and_order(store, factory):
    specs = [("Strike on Palmyra.", "AP", "2016-05-09", "Air/drone strike", "Palmyra", "Russia"),
             ("Clash at Homs.", "Reuters", "2016-05-10", "Armed clash", "Homs", "Islamic State"),
             ("Arrests in Aleppo.", "AP", "2016-05-11", "Arrests", "Aleppo", "Police Forces")]
    evs = []
    for i, (text, outlet, day, sub, place, actor) in enumerate(specs):
        r = factory.report(text, outlet=outlet).with_id()
        rid, _ = store.add_report(r, factory.reading(r, day=day, sub_event_type=sub, place=place,
                                                     claimant=f"claimant{i}"))
        evs.append(_event(f"{rid}#0", f"e{i}", sub=sub, place=place, actor1=actor, day=day))
    store.replace_events(evs)
    ids = lambda **kw: [e["id"] for e in store.list_events(**kw)]  # noqa: E731
    assert ids() == ["e2", "e1", "e0"]                       # newest first
    assert ids(date_from="2016-05-10") == ["e2", "e1"]
    assert ids(date_to="2016-05-09") == ["e0"]
    assert ids(event_type="Battles") == ["e1"]
    assert ids(event_type="Arrests") == ["e2"]
    assert ids(actor="islamic") == ["e1"]
    assert ids(place="homs") == ["e1"] and ids(place="SY") == ["e2", "e1", "e0"]
    assert ids(source="AP") == ["e2", "e0"]
    assert ids(source="claimant1") == ["e1"]
    assert ids(status="claimed") == ["e2", "e1", "e0"] and ids(status="confirmed") == []


def test_sessions_expire_and_users_are_unique(store):
    uid = store.add_user("ana", "hash1", "analyst")
    assert store.add_user("ana", "hash2", "admin") == uid
    assert store.get_user("ana")["role"] == "admin"
    store.create_session(uid, "tok-live", "csrf1", minutes=5)
    store.create_session(uid, "tok-dead", "csrf2", minutes=-1)
    assert store.session_user("tok-live")["name"] == "ana"
    assert store.session_user("tok-dead") is None and store.session_user("nope") is None
    store.end_session("tok-live")
    assert store.session_user("tok-live") is None


def test_overrides_become_links_and_are_logged(store):
    store.add_override("must_link", "ana", event_id="e1", a="r1#0", b="r2#0")
    store.add_override("cannot_link", "ana", event_id="e3", a="r3#0", b="r4#0")
    assert store.links() == ([("r1#0", "r2#0")], [("r3#0", "r4#0")])
    log = store.history("e1")
    assert log[0]["action"] == "review.must_link" and log[0]["who"] == "ana"


def test_postgres_url_spellings_use_psycopg():
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("sqlite:///x.db") == "sqlite:///x.db"


def test_kill_9_mid_ingest_leaves_no_report_without_its_reading(db_url, tmp_path):
    """A writer killed at a random point: every stored report has its reading, or is absent."""
    Store(db_url).close()
    code = textwrap.dedent(f"""
        import sys
        from livedesk.store import Store
        from livedesk.model import Report, Reading, EventFrame, Claim
        s = Store({db_url!r})
        print("ready", flush=True)
        for i in range(100000):
            r = Report(text=f"report number {{i}} " + "x" * 2000, outlet="W").with_id()
            frames = [EventFrame(sub_event_type="Armed clash", claims=[j]) for j in range(20)]
            claims = [Claim(claimant=f"c{{j}}") for j in range(20)]
            s.add_report(r, Reading(report_id=r.id, events=frames, claims=claims))
    """)
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    assert p.stdout.readline().strip() == b"ready"
    watcher = Store(db_url)
    deadline = time.monotonic() + 60          # a busy machine writes slowly: wait for a few
    while watcher.count("reports") < 3 and time.monotonic() < deadline:
        time.sleep(0.1)
    watcher.close()
    time.sleep(0.137)                          # then kill at an arbitrary point of a write
    os.kill(p.pid, signal.SIGKILL)
    p.wait()
    s = Store(db_url)
    n = s.count("reports")
    assert n > 0
    with s.engine.connect() as c:
        unread = c.execute(select(reports.c.id).where(reports.c.read_at.is_(None))).all()
    assert unread == []
    assert s.count("frames") == 20 * n and s.count("claims") == 20 * n
    s.close()


def test_source_learns_its_kind_after_first_seen_bare(store, factory):
    from livedesk.model import Claim
    store.add_report(factory.report("Al-Bayan said so.", outlet="Al-Bayan"))
    assert store.source("Al-Bayan")["kind"] is None
    r = factory.report("Al-Bayan radio claimed the site.").with_id()
    store.add_report(r, Reading(report_id=r.id, claims=[Claim(
        claimant="Al-Bayan radio", canonical="Al-Bayan", claimant_kind="militant media",
        alignment="Islamic State")]))
    src = store.source("Al-Bayan")
    assert src["kind"] == "militant media" and src["alignment"] == "Islamic State"
    assert src["reports"] == 1 and src["claims"] == 1


def test_two_writers_at_once_queue_instead_of_failing(db_url, factory):
    """Two processes' worth of writers (separate engines) on one database, same time."""
    import threading
    Store(db_url).close()
    errors: list[BaseException] = []

    def write(tag: str):
        s = Store(db_url)
        try:
            for i in range(25):
                r = factory.report(f"{tag} report {i}").with_id()
                s.add_report(r, factory.reading(r))
                s.log(tag, "test.tick", f"{tag}{i}")
        except BaseException as e:  # noqa: BLE001
            errors.append(e)
        finally:
            s.close()

    ts = [threading.Thread(target=write, args=(t,)) for t in ("a", "b")]
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    assert errors == []
    s = Store(db_url)
    assert s.count("reports") == 50 and s.count("frames") == 50
    seqs = [c["seq"] for c in s.changes_since(0, limit=1000)]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
    s.close()


def test_add_reports_batch_follows_add_report_rules(store, factory):
    """One transaction for a batch, with add_report's rules: a repeat (stored before, or earlier
    in the batch) is a duplicate of the first; a given id taken by other text gets the
    fingerprint id; one change-log entry per new report; places and sources stored once."""
    from livedesk.model import Claim
    old = factory.report("Shelling hit Homs.", id="b1").with_id()
    old_id, _ = store.add_report(old, factory.reading(old, place="Homs"))
    seq0 = store.last_seq()
    batch = [factory.report("Shelling hit Homs."),                      # stored before
             factory.report("Strike on Palmyra.", id="b1"),             # id taken by other text
             factory.report("Clash near Hama.", outlet="New Wire"),
             factory.report("Clash near Hama.", outlet="New Wire"),     # repeat within the batch
             factory.report("Raid in Idlib.", id="b5")]
    readings = []
    for i, r in enumerate(batch):
        r = r.with_id()
        reading = factory.reading(r, place="Palmyra" if i % 2 else "Homs")
        reading.claims.append(Claim(claimant="Amaq", canonical="Amaq News Agency",
                                    claimant_kind="militant media", alignment="Islamic State"))
        readings.append((r, reading))
    out = store.add_reports(readings, who="backfill")
    assert out[0] == (old_id, False)
    assert out[1][1] and out[1][0] not in ("b1", old_id)
    assert out[2][1] and out[3] == (out[2][0], False)
    assert out[4] == ("b5", True)
    assert store.count("reports") == 4 and store.count("frames") == 4
    assert store.count("claims") == 1 + 3 * 2
    added = [(c["action"], c["target"], c["who"]) for c in store.changes_since(seq0)]
    assert added == [("report.added", rid, "backfill") for rid, created in out if created]
    assert store.get_report(out[1][0])["text"] == "Strike on Palmyra."
    assert sorted(m.frame.location.name for m in store.mentions()) == [
        "Homs", "Homs", "Homs", "Palmyra"]
    with store.engine.connect() as c:
        from livedesk.store.schema import places
        assert c.execute(select(places.c.name).order_by(places.c.name)).scalars().all() == [
            "Homs", "Palmyra"]
    assert store.source("New Wire")["reports"] == 1
    assert store.source("Amaq News Agency")["kind"] == "militant media"
    assert store.add_reports(readings) == [(rid, False) for rid in
                                           [old_id, out[1][0], out[2][0], out[2][0], "b5"]]


def test_add_reports_batch_with_one_bad_reading_writes_nothing(store, factory):
    good = factory.report("A fine report about Homs.").with_id()
    bad = factory.report("A report whose reading is broken.").with_id()
    with pytest.raises(KeyError):
        store.add_reports([(good, factory.reading(good)),
                           (bad, Reading(report_id=bad.id,
                                         events=[EventFrame(sub_event_type="Not a type")]))])
    assert store.count("reports") == 0 and store.count("frames") == 0
    assert store.count("claims") == 0 and store.count("changes") == 0
