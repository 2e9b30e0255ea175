"""A follow-up that tells only that the toll of a named act has risen (read/pipeline.py _updated_toll,
read/casualties.py, read/dates_scan.py): it gives an untyped frame at the act's place and day with the new
count, so fusion can set it beside the act's other reports; tolls of no act of war give none.
Invented towns, outlets and figures."""
from datetime import date, datetime, timezone

import pytest

from livedesk.model import Report
from livedesk.read import dates_scan, read_report
from livedesk.read.casualties import extract

THURSDAY = datetime(2025, 6, 12, 18, tzinfo=timezone.utc)


def _frames(text: str, outlet: str = "Test Outlet") -> list:
    r = Report(text=text, id="t", outlet=outlet, published=THURSDAY)
    return [f for f in read_report(r).events if not f.background]


@pytest.mark.parametrize("sentence, best", [
    ("The death toll from Monday's attack on the army camp in Koro has risen to seven, a security source said.", 7),
    ("The number of people killed in Sunday's bombing of the bus station has climbed to 14.", 14),
    ("The toll from the blast at the fuel depot reached nine on Friday.", 9),
    ("The toll from Tuesday's ambush on the highway has risen to at least 17, police said.", 17),
])
def test_a_toll_that_has_risen_is_counted(sentence, best):
    assert extract(sentence).best == best


def test_a_rise_of_something_else_after_killed_in_counts_nobody_new():
    assert extract("Two people were killed in an attack that reached 40 villages.").best == 2


def test_a_possessive_day_names_the_act_and_opens_no_period():
    text = "The toll from Tuesday's ambush near the river has risen to 17."
    found = dates_scan.find(text, 0, len(text), date(2025, 6, 12), [])
    assert [f.since for f in found] == [False]
    assert dates_scan.pick(found, None, date(2025, 6, 12)).start == date(2025, 6, 10)


def test_a_toll_follow_up_gives_a_frame_at_the_acts_place_and_day():
    frames = _frames("The death toll from Wednesday's attack on the police station in Gusau has risen to "
                     "eleven, the council chairman told our correspondent on Thursday evening.")
    assert len(frames) == 1
    f = frames[0]
    assert f.sub_event_type == "Other"            # untyped: the act is named only by a noun
    assert f.location and f.location.name == "Gusau"
    assert f.date_start == "2025-06-11"           # the act's day, not the day it was said
    assert f.fatalities.best == 11
    assert f.confidence <= 0.4


@pytest.mark.parametrize("text", [
    "The toll of road accidents in Kano rose to 40 this year, the road safety corps said.",
    "Health officials said they expect the toll to rise.",
])
def test_a_toll_of_no_act_of_war_gives_no_frame(text):
    assert not _frames(text)
