"""Dates resolved against the report's own time, with UCDP precision; traps that are not dates."""
from datetime import date, datetime, timezone

import pytest

from livedesk.model import Report
from livedesk.read import read_report
from livedesk.read.dates import resolve

WED = date(2016, 5, 11)   # a Wednesday


@pytest.mark.parametrize("text,start,end,prec", [
    ("yesterday", "2016-05-10", "2016-05-10", 1),
    ("Yesterday, May 10", "2016-05-10", "2016-05-10", 1),
    ("today, Wednesday, May 11", "2016-05-11", "2016-05-11", 1),
    ("on Tuesday", "2016-05-10", "2016-05-10", 1),
    ("Wednesday", "2016-05-11", "2016-05-11", 1),          # the report's own day, not a week before
    ("last Wednesday", "2016-05-04", "2016-05-04", 1),
    ("the end of April", "2016-04-20", "2016-04-30", 4),
    ("early March", "2016-03-01", "2016-03-10", 4),
    ("April", "2016-04-01", "2016-04-30", 4),
    ("two weeks ago", "2016-04-24", "2016-04-30", 3),
    ("the past two days", "2016-05-09", "2016-05-11", 2),
    ("the last two weeks", "2016-04-27", "2016-05-11", 4),
    ("last month", "2016-04-01", "2016-04-30", 4),
    ("2012", "2012-01-01", "2012-12-31", 5),
    ("September 30, 2015", "2015-09-30", "2015-09-30", 1),
    ("Sun 16 Apr 2017", "2017-04-16", "2017-04-16", 1),
    ("Dec 14", "2015-12-14", "2015-12-14", 1),              # no year: the latest Dec 14 before the report
])
def test_resolves_against_the_report_time(text, start, end, prec):
    r = resolve(text, WED)
    assert r is not None, text
    assert r.iso() == (start, end, prec)


@pytest.mark.parametrize("text", ["T-4", "may", "May", "several weeks", "two hours", "the 7th", "now"])
def test_not_dates(text):
    assert resolve(text, WED) is None


def test_relative_dates_need_an_anchor_but_full_dates_do_not():
    assert resolve("yesterday", None) is None
    assert resolve("May 10, 2016", None).iso() == ("2016-05-10", "2016-05-10", 1)


def test_no_date_read_out_of_t4_or_the_verb_may():
    text = ("ISIS militants may capture the T-4 air base, officials warned. "
            "ISIS fighters captured two checkpoints near the T-4 air base.")
    rep = Report(text=text, id="t4", published=datetime(2016, 5, 11, 9, tzinfo=timezone.utc))
    frames = read_report(rep).events
    assert frames, "the capture is an event"
    for f in frames:
        # Undated: the day before the report to the report's day, never 12 April or a month of May.
        if f.background:      # a mentioned or hypothetical event ("may capture") has no date of its own
            continue
        assert f.date_start >= "2016-05-10" and f.date_end <= "2016-05-11", f
        assert f.date_precision == 2


def test_event_date_from_the_sentence():
    rep = Report(text="Syrian warplanes struck Idlib on Tuesday, killing 12 civilians.", id="d",
                 published=datetime(2016, 5, 11, 9, tzinfo=timezone.utc))
    f = read_report(rep).events[0]
    assert (f.date_start, f.date_end, f.date_precision) == ("2016-05-10", "2016-05-10", 1)
