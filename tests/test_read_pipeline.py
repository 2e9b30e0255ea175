"""read_report / read_many: the contract shape, order, claims linked by span, failures named."""
from datetime import datetime, timezone

import pytest

from livedesk.model import ACLED_TYPES, Claim, EVENT_TYPES, Report
from livedesk.read import read_many, read_report
from livedesk.read import claims as claims_mod
from livedesk.read import pipeline

PUB = datetime(2020, 6, 3, 8, tzinfo=timezone.utc)
TEXT = ("Turkish drones struck a convoy near Tarhuna on Tuesday, killing at least 11 fighters.\n"
        "The weather stayed hot.\n"
        "Police arrested three men in Tripoli, the interior ministry said.")


def test_frames_follow_the_contract():
    rd = read_report(Report(text=TEXT, id="r1", published=PUB))
    assert rd.report_id == "r1" and rd.error is None
    d = rd.to_dict()
    assert set(d) == {"id", "error", "events", "claims"}
    for e in d["events"]:
        assert e["sub_event_type"] in ACLED_TYPES and e["event_type"] in EVENT_TYPES
        assert e["event_type"] == ACLED_TYPES[e["sub_event_type"]]
        assert 0 <= e["start"] < e["end"] <= len(TEXT)
        assert "\n" not in e["summary"] and e["summary"]
        assert 1 <= e["date_precision"] <= 5
        assert 0.0 < e["confidence"] <= 1.0
    top = rd.events[0]
    assert top.sub_event_type == "Air/drone strike"
    assert top.fatalities.best == 11 and top.fatalities.low == 11 and top.fatalities.high is None
    assert (top.date_start, top.date_end, top.date_precision) == ("2020-06-02", "2020-06-02", 1)
    assert top.actor1 == "Military Forces of Turkey (2002-)"   # ACLED names state forces with the term of office
    assert "drone" in top.weapons


def test_read_many_keeps_order_and_count():
    reps = [Report(text=t, id=f"r{i}", published=PUB) for i, t in enumerate(
        ["Rebels shelled the town.", "", "Nothing happened here at all.", TEXT])]
    out = list(read_many(reps))
    assert [r.report_id for r in out] == ["r0", "r1", "r2", "r3"]
    assert out[1].events == [] and out[2].events == []
    assert out[0].events and out[3].events


def test_a_failing_stage_is_named_and_the_report_kept(monkeypatch):
    def broken(doc, text, report=None):
        raise ValueError("attribution exploded")
    monkeypatch.setattr(claims_mod, "attribute", broken)
    rd = read_report(Report(text=TEXT, id="r2", published=PUB, origin="feed.xml"))
    assert rd.error["code"] == "read_failed"
    assert "claims" in rd.error["message"] and "feed.xml" in rd.error["message"]
    assert rd.events, "the frames that could be read are kept"


def test_events_stage_failure_still_returns_a_reading(monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("typing broke")
    monkeypatch.setattr(pipeline.classify, "classify_all", broken)
    out = list(read_many([Report(text=TEXT, id="a", published=PUB), Report(text=TEXT, id="b", published=PUB)]))
    assert [r.report_id for r in out] == ["a", "b"]
    assert all(r.error and "events" in r.error["message"] for r in out)


def test_frames_link_the_claims_that_overlap_them(monkeypatch):
    third = TEXT.index("Police arrested")
    def fake_attribute(doc, text, report=None):
        return [Claim(claimant="interior ministry", start=third, end=len(text), text=text[third:]),
                Claim(claimant="nobody", start=0, end=5, text=text[0:5])]
    monkeypatch.setattr(claims_mod, "attribute", fake_attribute)
    rd = read_report(Report(text=TEXT, id="r3", published=PUB))
    assert len(rd.claims) == 2
    arrest = next(e for e in rd.events if e.sub_event_type == "Arrests")
    strike = next(e for e in rd.events if e.sub_event_type == "Air/drone strike")
    assert arrest.claims == [0]
    assert strike.claims == [1]


def test_no_published_time_means_no_guessed_dates():
    rd = read_report(Report(text="Rebels shelled the town on Tuesday.", id="r4"))
    assert rd.events and rd.events[0].date_start is None


def test_a_text_too_long_to_parse_is_named_and_the_batch_goes_on():
    from livedesk.read.nlp import get_nlp
    big = "Rebels shelled the town. " * (get_nlp().max_length // 25 + 10)
    out = list(read_many([Report(text=big, id="big", origin="huge.txt"),
                          Report(text="Police arrested five men in Aleppo.", id="ok", published=PUB)]))
    assert out[0].report_id == "big" and out[0].events == []
    assert out[0].error["code"] == "read_failed"
    assert "huge.txt" in out[0].error["message"] and "parse" in out[0].error["message"]
    assert out[1].error is None and out[1].events[0].sub_event_type == "Arrests"


def test_a_toll_sentence_completes_the_event_before_it():
    # coders and wires follow the act with its count; the count alone is no second event
    rep = Report(id="toll", published=datetime(2023, 3, 9, 12, tzinfo=timezone.utc),
                 text="On 8 March 2023, a drone strike hit a crowded cattle market in Kurmuk. "
                      "Seven killed, including three children.")
    rd = read_report(rep)
    live = [f for f in rd.events if not f.background]
    assert len(live) == 1, [(f.sub_event_type, f.summary) for f in live]
    assert live[0].fatalities.best == 7
    assert live[0].date_start == "2023-03-08"
    # a sentence with an act of its own stays an event of its own
    rep = Report(id="two", published=datetime(2023, 3, 9, 12, tzinfo=timezone.utc),
                 text="On 8 March 2023, a drone strike hit a crowded cattle market in Kurmuk. "
                      "Hours later gunmen ambushed a bus near Damazin, killing four passengers.")
    live = [f for f in read_report(rep).events if not f.background]
    assert len(live) == 2


@pytest.mark.parametrize("toll", ["Eleven killed, local officials said.", "Hundreds killed.",
                                  "Health workers said 14 people died."])
def test_a_toll_with_its_source_or_a_vague_count_completes_the_event(toll):
    # whose count it is ("officials said") and a count in words ("hundreds") tell no act either
    rep = Report(id="toll2", published=datetime(2023, 3, 9, 12, tzinfo=timezone.utc),
                 text="On 8 March 2023, warplanes bombed a fuel depot and nearby homes in Kurmuk. " + toll)
    live = [f for f in read_report(rep).events if not f.background]
    assert len(live) == 1, [(f.sub_event_type, f.summary) for f in live]


def test_an_outcome_after_one_background_sentence_completes_the_act():
    # a long note puts context between the act and its outcome; the outcome sentence, which names
    # no doer, is the act's, not an event of its own listed first
    rep = Report(id="long", published=datetime(2023, 5, 2, 12, tzinfo=timezone.utc),
                 text="On 1 May 2023, Islamic State fighters attacked an army post in Deir ez-Zor. "
                      "The post had been built a year before. The attack was repelled after two hours, with 5 soldiers killed.")
    live = [f for f in read_report(rep).events if not f.background]
    assert len(live) == 1, [(f.sub_event_type, f.actor1, f.summary) for f in live]
    assert live[0].actor1 == "Islamic State"
    # an act with its own named doer two sentences on stays its own event
    rep = Report(id="long2", published=datetime(2023, 5, 2, 12, tzinfo=timezone.utc),
                 text="On 1 May 2023, Islamic State fighters attacked an army post in Deir ez-Zor. "
                      "The post had been built a year before. SDF fighters raided an Islamic State hideout near Hasakah, killing four militants.")
    live = [f for f in read_report(rep).events if not f.background]
    assert len(live) == 2, [(f.sub_event_type, f.actor1, f.summary) for f in live]


def test_an_outcome_that_names_nobody_new_completes_the_act_whatever_its_type():
    # "X attacked ... <context>. Troops held the position, with four killed": the side attacked
    # telling the outcome, or an outcome naming no doer, is the act's outcome, not an event first
    for text, want1, want2 in [
        ("On 3 May 2024, Ansaru fighters attacked an army camp near Birnin Gwari (Kaduna). The camp guards the road to Kano. "
         "Soldiers held the camp after an hour of fighting, with three soldiers killed.", "Ansaru", "Military Forces of Nigeria"),
        ("On 3 May 2024, Russian drones struck a school in Sumy. The town had been shelled the week before. "
         "Four civilians were killed.", "Military Forces of Russia", "Civilians (Ukraine)"),
    ]:
        rep = Report(id="o", published=datetime(2024, 5, 4, 12, tzinfo=timezone.utc), text=text)
        live = [f for f in read_report(rep).events if not f.background]
        assert live and (live[0].actor1 or "").startswith(want1) and (live[0].actor2 or "").startswith(want2), \
            [(f.sub_event_type, f.actor1, f.actor2) for f in live]
    # a sentence opening on "Elsewhere", "Separately", "The next day" tells another event
    from livedesk.read.pipeline import _SEPARATE
    assert all(_SEPARATE.match(t) for t in ("Elsewhere, four people died.", "In a separate incident, two died.",
                                            "The next day, a mine went off.", "Separately, five were hurt."))
    assert not any(_SEPARATE.match(t) for t in ("Four civilians were killed.", "Fighting went on through the night."))
