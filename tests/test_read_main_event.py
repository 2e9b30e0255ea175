"""Which frame of a coder note or short report is its main event (issue #14): the act, not the toll,
outcome or tag line after it. A coder note tells the act first and its count after ("X shelled Y.
3 killed according to Z."); ACLED codes the act and gives the count as its fatalities.
All notes are written for these tests (none from an evaluation or training file)."""
from datetime import datetime, timezone

import pytest

from livedesk.model import EventFrame, Report
from livedesk.read import read_report
from livedesk.read.nlp import get_nlp
from livedesk.read.pipeline import _Draft, _after_act, _tells_act


def frames(text: str, day: str) -> list:
    pub = datetime.fromisoformat(day).replace(hour=12, tzinfo=timezone.utc)
    return [e for e in read_report(Report(text=text, id="t", published=pub)).events
            if not e.background and not e.denied]


@pytest.mark.parametrize("text, day, want, dead", [
    # a count "according to" its source is a toll, as "the army said" is
    ("On 3 May 2022, soldiers clashed with JNIM militants near Djibo (Soum) during a patrol. "
     "9 militants killed according to the army.", "2022-05-04", "Armed clash", 9),
    ("On 18 June 2016, army helicopters bombed a weekly market in Kutum (North Darfur). The market had "
     "been hit twice before that year. Eleven traders were killed according to residents. [size=no report]",
     "2016-06-19", "Air/drone strike", 11),
    # who else was touched ("70 affected") is part of the count
    ("On 4 April 2017, government aircraft dropped bombs filled with chlorine on Latamina (Hama). "
     "2 women killed and 70 affected.", "2017-04-05", "Chemical weapon", 2),
])
def test_the_act_is_the_main_event_and_the_toll_its_count(text, day, want, dead):
    ev = frames(text, day)
    assert ev and ev[0].sub_event_type == want, [(e.sub_event_type, e.summary) for e in ev]
    assert ev[0].fatalities.best == dead


@pytest.mark.parametrize("sentence, acts", [
    ("Unknown casualties.", False),
    ("No fighting.", False),
    ("12 assailants killed according to the police.", False),
    ("Four people were wounded and dozens displaced.", False),
    ("[women targeted: widows]", False),
    ("[size=no report]", False),
    ("Riot police dispersed the sit-in with batons.", True),
    ("The raid was pushed back after a long firefight.", True),
    ("Gunmen killed seven herders near Gao.", True),
])
def test_tells_act(sentence, acts):
    assert _tells_act(next(get_nlp()(sentence).sents)) is acts


def test_an_outcome_line_after_the_act_does_not_outrank_it():
    ev = frames("On 2 August 2022, an army drone struck a gathering of ADF fighters near Mukakati "
                "(North Kivu). Casualties unknown.", "2022-08-03")
    assert ev[0].sub_event_type == "Air/drone strike"


def _drafts(text: str, types: list[str]):
    doc = get_nlp()(text)
    sents = list(doc.sents)
    return sents, [_Draft(EventFrame(sub_event_type=t, start=s.start_char, end=s.end_char), 0.9, i, 0,
                          [(s.start_char, s.end_char)]) for i, (s, t) in enumerate(zip(sents, types))]


def test_only_a_count_after_an_act_is_demoted():
    # news puts the toll first ("Nine killed in ..."): no act comes before it, so it keeps its rank
    sents, ds = _drafts("Nine people were killed in Maiduguri on Tuesday. A suicide bomber blew herself up "
                        "at a fish market.", ["Attack", "Suicide bomb"])
    assert _after_act(ds, sents) == set()
    sents, ds = _drafts("A suicide bomber blew herself up at a fish market in Maiduguri on Tuesday. "
                        "Nine people were killed according to the police.", ["Suicide bomb", "Attack"])
    assert _after_act(ds, sents) == {id(ds[1])}
