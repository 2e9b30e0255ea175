"""Reports that tell an act only as a first-hand account or as a claim the typer reads no act in
(read/pipeline.py _witnessed, _denied): they still give a frame; look-alikes with no act give none."""
from datetime import datetime, timezone

import pytest

from livedesk.model import Report
from livedesk.read import pipeline, read_report


def _told(text: str, outlet: str = "Test Outlet") -> list:
    r = Report(text=text, id="t", outlet=outlet, published=datetime(2025, 5, 2, 12, tzinfo=timezone.utc))
    return [f for f in read_report(r).events if not f.background]


def test_reporters_hearing_an_exchange_of_fire_tell_an_event():
    text = ("Radio Metropole's reporters in Martissant heard automatic gunfire all afternoon as "
            "gangs and police exchanged fire near the fish market.")
    assert pipeline._WITNESS.search(text) and pipeline._ACT.search(text)
    assert _told(text, "Radio Metropole")


def test_an_eyewitness_account_with_no_act_tells_none():
    assert not _told("Our reporter in Kisumu saw traders restocking their stalls on Saturday after the holiday.")


def test_a_claim_of_responsibility_the_typer_misses_still_tells_an_event():
    assert _told("ELN rebels claimed responsibility for the attack on an army post in Saravena in a "
                 "statement sent to a local station.", "El Colombiano")


def test_a_non_confirmation_of_fighting_tells_an_event_and_of_a_budget_none():
    assert _told("Niger's defence ministry has not confirmed any fighting near Tillaberi, RFI noted.")
    assert not _told("The planning ministry has not confirmed the new tax figures, the paper noted.")


def test_crime_and_arms_news_told_by_a_source_give_no_event():
    # a claim whose sentence has an act word but no act of war done: the typer's no event stands
    assert not _told("A taxi driver was killed with a knife during a robbery in Lusaka on Sunday, police said.")
    assert not _told("Chile took delivery of two frigates and a batch of missiles bought from Britain, "
                     "the navy said.")


@pytest.mark.parametrize("text", [
    "The armed wing mourned the martyr Idris Kamal, one of its fighters from the village of Aitaroun, "
    "who rose on Sunday.",
    "The brigade paid tribute to two of its gunners, Serhiy and Oleh, on its channel.",
])
def test_a_sides_notice_of_its_own_dead_tells_an_act(text):
    events = [e for e in read_report(Report(text=text, id="m", published=datetime(2025, 5, 2, 12, tzinfo=timezone.utc))).events if not e.background]
    assert len(events) == 1 and events[0].sub_event_type


def test_a_day_of_national_mourning_tells_no_act():
    text = "The government declared three days of national mourning for the victims of the floods."
    assert not [e for e in read_report(Report(text=text, id="m", published=datetime(2025, 5, 2, 12, tzinfo=timezone.utc))).events if not e.background]


@pytest.mark.parametrize("text", [
    "The Pakistani Taliban claimed the bombing of a police truck in Bannu last week, in a statement to reporters.",
    "Islamic State said on its Amaq agency that it was behind the attack on a church in Mindanao earlier this month.",
])
def test_a_later_claim_about_an_earlier_attack_stays_background(text):
    # the act was news the day it happened; the claim made after it tells no new event
    assert pipeline._EARLIER.search(text)
    assert not _told(text)


def test_a_robbery_a_source_tells_is_no_event_though_its_clause_reads_weakly_as_one():
    # the sentence read whole is no event; its "police said" content alone reads only weakly as an
    # explosion, and no word of war is in it: no frame
    assert not _told("thieves escaped with cash boxes after an armoured van was blown open on the R71 near "
                     "Tzaneen, police said, adding that the guards were unhurt")
