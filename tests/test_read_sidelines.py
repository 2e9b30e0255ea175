"""Side sentences of a running report (issues #14/#15): a report tells its event, then aftermath,
rescue, tolls, how a protest ended, what did not happen. Those sentences are not events of their own.
All sentences are written for these tests (none from an evaluation or training file)."""
from datetime import datetime, timezone

import pytest

from livedesk.model import Report
from livedesk.read import read_report

PUB = datetime(2024, 9, 10, 12, tzinfo=timezone.utc)


def events(text: str) -> list:
    return [e for e in read_report(Report(text=text, id="t", published=PUB)).events
            if not e.background and not e.denied]


def test_a_peaceful_end_after_tear_gas_stays_the_intervention():
    # ACLED codes one demonstration once, by the most severe thing that happened at it
    ev = events("Police fired tear gas at nurses marching on the health ministry in Lusaka on Monday. "
                "By nightfall the marchers had gone home and the streets were calm again.")
    assert [e.sub_event_type for e in ev] == ["Protest with intervention"]
    assert ev[0].end > 90                       # the ending sentence is part of the event's text


def test_a_march_and_how_it_ended_are_one_event():
    ev = events("About two thousand pensioners marched through Sofia on Thursday against a freeze of their "
                "pensions. The march ended in front of the council of ministers an hour later. "
                "The crowd then broke up peacefully.")
    assert [e.sub_event_type for e in ev] == ["Peaceful protest"]


def test_a_second_protest_in_another_town_is_not_an_ending():
    ev = events("Riot police fired tear gas at students rallying outside the university in Tunis on Friday. "
                "In Sfax, hundreds of dockers marched peacefully to the governor's office.")
    assert sorted(e.sub_event_type for e in ev) == ["Peaceful protest", "Protest with intervention"]


@pytest.mark.parametrize("text", [
    # rescue and bodies recovered
    "A rocket slammed into a market in Hodeidah on Tuesday, killing five shoppers. "
    "Volunteers dug through the debris with their hands to reach the trapped.",
    # a funeral and displaced families
    "Gunmen killed seven herders near Gao on Saturday, local officials said. "
    "The victims were buried the next day. Dozens of families have left for the regional capital.",
    # nothing else happened
    "Rebels ambushed an army convoy near Beni on Sunday. The army said nobody on its side was hurt.",
    # a toll follow-up
    "A drone struck a car on the road out of Kharkiv on Wednesday. "
    "One of the two people wounded died in hospital later that night.",
])
def test_aftermath_and_toll_sentences_are_not_events(text):
    assert len(events(text)) == 1, [(e.sub_event_type, e.summary) for e in events(text)]


def test_a_toll_follow_up_joins_its_event():
    ev = events("Artillery shells hit a bus station in Donetsk on Monday morning. "
                "At least 14 people were wounded, several of them seriously, and the number could rise.")
    assert len(ev) == 1 and ev[0].fatalities.injured == 14
