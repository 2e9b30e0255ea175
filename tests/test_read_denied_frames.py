"""A report that only denies an event names it without telling it: its frame is marked `denied`,
kept for fusion (sentences written for this test)."""
from datetime import datetime, timezone

from livedesk.model import EventFrame, Report
from livedesk.read import read_report

PUB = datetime(2024, 3, 2, tzinfo=timezone.utc)


def _frames(text):
    return read_report(Report(text=text, id="t", published=PUB)).events


def test_a_denial_names_the_event_only_to_deny_it():
    fs = _frames("The army on Friday denied that its helicopters had bombed a market in the town, "
                 "calling the reports baseless.")
    assert fs and all(f.denied for f in fs if not f.background), fs
    assert any(c.stance == "denies" for c in read_report(Report(text="The army on Friday denied that its "
               "helicopters had bombed a market in the town.", id="t", published=PUB)).claims)


def test_an_admission_and_a_plain_report_are_told_events():
    for text in ("The interior ministry confirmed that three of its officers were killed when gunmen "
                 "attacked their post on Thursday.",
                 "Gunmen attacked a police post on Thursday, killing three officers, the interior ministry said."):
        fs = [f for f in _frames(text) if not f.background]
        assert fs and not any(f.denied for f in fs), (text, fs)


def test_the_mark_survives_the_store_round_trip():
    f = EventFrame(sub_event_type="Air/drone strike", denied=True)
    assert EventFrame.from_dict(f.to_dict()).denied is True
    assert EventFrame.from_dict({k: v for k, v in f.to_dict().items() if k != "denied"}).denied is False
