"""Staleness runs on the desk's clock: the newest stored report, never later than now."""
from dataclasses import replace
from datetime import datetime

from livedesk.model import EventFrame, Location, Reading, Report
from livedesk.service import Desk
from livedesk.settings import get_settings

PLACES = {"Hama": (35.13, 36.75), "Daraa": (32.62, 36.10)}


def reader(report: Report) -> Reading:
    day, place = report.title.split(" ")
    lat, lon = PLACES[place]
    return Reading(report_id=report.id, events=[EventFrame(
        sub_event_type="Armed clash", summary=f"Clashes near {place}", date_start=day,
        date_end=day, date_precision=1, location=Location(name=place, lat=lat, lon=lon, country="SY"))])


def report(rid: str, day: str, place: str) -> Report:
    return Report(id=rid, title=f"{day} {place}", text=f"Clashes near {place} on {day}.",
                  outlet=f"Outlet {rid}", published=datetime.fromisoformat(day + "T12:00:00+00:00"))


def test_archive_events_are_judged_stale_against_the_archives_own_clock(tmp_path):
    settings = replace(get_settings(), home=tmp_path, database_url=f"sqlite:///{tmp_path / 'c.db'}",
                       stale_after_hours=48)
    desk = Desk(settings, reader=reader)
    desk.ingest_reports([report("old", "2016-05-01", "Hama")])
    # Ten years older than today, but the stream has not moved on since: not stale.
    [ev] = desk.store.list_events()
    assert ev["status"] == "claimed" and ev["stale"] is False
    desk.ingest_reports([report("later", "2016-05-20", "Daraa")])
    desk.refuse()
    stale = {e["frame"]["date_start"]: e["stale"] for e in desk.store.list_events()}
    # Nineteen days of news later, the lone claim about Hama is still uncorroborated.
    assert stale == {"2016-05-01": True, "2016-05-20": False}
