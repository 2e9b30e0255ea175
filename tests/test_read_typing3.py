"""Protest force in the codebook's terms (issue 14, session 13, typing3), on sentences of our own:
- force that kills, fires on the people or maims them (a beating that puts them in hospital) at a
  demonstration is "Excessive force against protesters", even where the model leans to "Protest
  with intervention";
- state forces that kill or shoot people told as demonstrating use excessive force, not an Attack
  on civilians;
- tear gas, dispersal and arrests stay "Protest with intervention"; gunmen who are not state
  forces attacking people are an Attack."""
from datetime import datetime, timezone

import pytest

from livedesk.model import Report
from livedesk.read import read_report
from livedesk.read.classify import _lethal

PUB = datetime(2023, 5, 12, 8, tzinfo=timezone.utc)


def _main(text: str):
    rd = read_report(Report(text=text, id="t", published=PUB))
    ev = [e for e in rd.events if not e.background]
    return (ev[0].sub_event_type, ev[0].actor2) if ev else (None, None)


@pytest.mark.parametrize("text", [
    "Riot police beat nurses marching for unpaid wages in Blantyre on 9 May 2023; three were hospitalised.",
    "Police fired rubber bullets at traders blocking the market road in Kisumu on 9 May 2023, blinding a woman.",
    "Traders protesting new market fees were fired on by police in Kumasi on 9 May 2023.",
    # state forces killing people told as demonstrating: not an Attack on civilians
    "A student was shot dead by police during a fees protest in Eldoret on 9 May 2023.",
    "Soldiers shot dead two miners protesting the closure of a pit near Kalsaka (Yatenga) on 9 May 2023.",
])
def test_force_that_kills_beats_or_maims_is_excessive(text):
    t, a2 = _main(text)
    assert t == "Excessive force against protesters"
    assert a2 and a2.startswith("Protesters")


def test_tear_gas_and_dispersal_stay_intervention():
    t, _ = _main("Police fired tear gas to disperse students marching on parliament in Lusaka on 9 May 2023.")
    assert t == "Protest with intervention"


@pytest.mark.parametrize("text, want", [
    ("Police beat back the crowd.", False),
    ("No one was killed when police dispersed the rally.", False),
    ("Police shot tear gas at the crowd.", False),
    ("Police beat marchers with batons.", False),
    ("Two marchers were hospitalised after police charged.", True),
    ("Troops opened fire on the crowd.", True),
])
def test_lethal_words(text, want):
    assert _lethal(text) is want
