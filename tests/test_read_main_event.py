"""Which frame of a coder note or short report is its main event (issue #14): the act, not the toll,
outcome or tag line after it. A coder note tells the act first and its count after ("X shelled Y.
3 killed according to Z."); ACLED codes the act and gives the count as its fatalities.
All notes are written for these tests (none from an evaluation or training file)."""
from datetime import datetime, timezone

import pytest

from livedesk.model import EventFrame, Report
from livedesk.read import read_report
from livedesk.read.nlp import get_nlp
from livedesk.read.pipeline import _Draft, _after_act, _dated_after_context, _tells_act


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


def _dated(text: str, types: list[str], days: list[str | None]):
    sents, ds = _drafts(text, types)
    for d, day in zip(ds, days):
        d.frame.date_start = d.frame.date_end = day
    return sents, ds


@pytest.mark.parametrize("text, days, coded", [
    # the context's day inside its clause, the coded act's day opening its sentence
    ("Militants seized the town of Kelbo on 10 June 2022. On 14 June 2022, army jets struck their "
     "positions in Kelbo, killing 12.", ["2022-06-10", "2022-06-14"], {1}),
    ("A curfew was declared in the district on 2 March. On or about 6 March, gunmen ambushed a police "
     "patrol near Tillia.", ["2023-03-02", "2023-03-06"], {1}),
    ("Police detained an opposition leader in Sylhet on 3 November. Around 5 November 2023 (as reported), "
     "his supporters burned two buses.", ["2023-11-03", "2023-11-05"], {1}),
    # both sentences open with their day: a note of two acts in order, the first keeps its rank
    ("On 3 May 2021, gunmen abducted a chief near Kaura. On 5 May 2021, the police freed him in a raid.",
     ["2021-05-03", "2021-05-05"], set()),
    # the later sentence is dated before the first one's act: a flashback, not the coded act
    ("Rebels attacked the camp on 9 April. On 2 April, they had warned the villagers.",
     ["2020-04-09", "2020-04-02"], set()),
    # a weekday is a wire's follow-up, not a coder's opening day
    ("Gunmen killed five traders in Mubi on 6 May. On Tuesday, youths protested in the town.",
     ["2022-05-06", "2022-05-10"], set()),
    # no day on the earlier act: no order to go by
    ("Militants seized the town of Kelbo. On 14 June 2022, army jets struck their positions.",
     [None, "2022-06-14"], set()),
])
def test_the_act_a_note_opens_with_its_day_follows_its_context(text, days, coded):
    sents, ds = _dated(text, ["Non-state actor overtakes territory", "Air/drone strike"], days)
    assert _dated_after_context(ds, sents) == {id(ds[i]) for i in coded}


def test_a_note_ranks_its_dated_act_above_the_context_before_it():
    ev = frames("Militants took control of the village of Tongomayel on 10 June 2022. On 14 June 2022, the "
                "army carried out air strikes on militant positions near Tongomayel (Soum), killing 12.",
                "2022-06-15")
    assert ev and ev[0].date_start == "2022-06-14", [(e.sub_event_type, e.date_start) for e in ev]
