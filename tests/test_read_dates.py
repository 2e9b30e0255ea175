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


def _event_date(text, report_day):
    from livedesk.read.dates_scan import event_date
    from livedesk.read.nlp import get_nlp
    r = event_date(get_nlp()(text), report_day, text)
    return r.iso() if r else None


SAT = date(2021, 6, 12)   # a Saturday


@pytest.mark.parametrize("text,want", [
    # a coder's note: the day as told, with the teller unsure of it
    ("Around 2 June 2021 (as reported), gunmen stole cattle near Tanout (Zinder).", ("2021-06-02", "2021-06-02", 2)),
    ("On 7 June 2021, soldiers detained a herder in Ansongo.", ("2021-06-07", "2021-06-07", 1)),
    ("Shelling hit the port overnight, the mayor said.", ("2021-06-11", "2021-06-12", 2)),
    ("A drone struck a depot overnight into Thursday.", ("2021-06-09", "2021-06-10", 2)),
    ("On the night of 8 to 9 June, raiders burned a village near Tillaberi.", ("2021-06-08", "2021-06-09", 2)),
    ("Between 2 and 6 June, fighting displaced thousands around Beni.", ("2021-06-02", "2021-06-06", 2)),
    ("From May 29 to June 3, the army besieged the town.", ("2021-05-29", "2021-06-03", 2)),
    ("In the early hours of Tuesday, militants stormed a prison in Kaduna.", ("2021-06-08", "2021-06-08", 1)),
    ("Last week, police arrested forty students in Harare.", ("2021-05-31", "2021-06-06", 3)),
    ("Earlier this month, unknown assailants killed a teacher in Kasese.", ("2021-06-01", "2021-06-12", 4)),
    ("Police in Lagos dispersed a march this morning.", ("2021-06-12", "2021-06-12", 1)),
    # the statement's day is not the event's; alone, it bounds it
    ("The ministry said on Friday that troops killed twelve fighters on Wednesday.", ("2021-06-09", "2021-06-09", 1)),
    ("A UN report published on Thursday said militias burned homes last month.", ("2021-05-01", "2021-05-31", 4)),
    ("The governor said on Friday that gunmen had abducted five farmers.", ("2021-06-10", "2021-06-11", 2)),
    # a period opened long ago is background, not the event's date
    ("Since the start of the uprising on 15 March 2011, the monitor has logged the dead; "
     "on Thursday a strike hit Ariha.", ("2021-06-10", "2021-06-10", 1)),
    # no date at all: the day before the report to its day
    ("Gunmen torched a church near Bamenda, residents said.", ("2021-06-11", "2021-06-12", 2)),
    # a written-out day beats one counted from the report; a long-past one is background
    ("Overnight on 3-4 June 2021, an IED hit a convoy near Mora.", ("2021-06-03", "2021-06-04", 2)),
    ("On Tuesday 1 June, soldiers shot a trader in Bunia.", ("2021-06-01", "2021-06-01", 1)),
    ("Jets hit Ariha on Thursday, in a campaign that began on 5 May 2019.", ("2021-06-10", "2021-06-10", 1)),
    ("During the week of 24 May 2021, militants burned three villages near Djibo.", ("2021-05-24", "2021-05-30", 3)),
    ("Late last month, raiders stole cattle in Jonglei.", ("2021-05-21", "2021-05-31", 4)),
    ("On the 3rd, police detained a lawyer in Harare.", ("2021-06-03", "2021-06-03", 1)),
    ("On Wednesday and Thursday, students marched in Lagos.", ("2021-06-09", "2021-06-10", 2)),
])
def test_event_dates_in_the_forms_reports_and_coders_use(text, want):
    assert _event_date(text, SAT) == want


def test_a_dateline_dates_the_report_and_the_days_after_it():
    # published on the 12th, filed on the 10th: "on Tuesday" counts back from the 10th (a Thursday)
    text = "MOGADISHU, June 10 (Reuters) - A car bomb exploded at a checkpoint on Tuesday, police said."
    assert _event_date(text, SAT) == ("2021-06-08", "2021-06-08", 1)
    text = "BAMAKO, 10 June (AFP) - Jihadists attacked a convoy in central Mali, a security source said."
    assert _event_date(text, SAT) == ("2021-06-09", "2021-06-10", 2)


def test_a_frame_is_dated_by_its_dateline_and_range():
    rep = Report(text="KHARTOUM, June 10 (Reuters) - Paramilitary fighters shelled a market in Omdurman on "
                      "Tuesday, killing nine people, medics said.", id="dl",
                 published=datetime(2021, 6, 12, 9, tzinfo=timezone.utc))
    f = read_report(rep).events[0]
    assert (f.date_start, f.date_end, f.date_precision) == ("2021-06-08", "2021-06-08", 1)
    rep = Report(text="Between 2 and 5 June, soldiers clashed with rebels in and around the town of Bunia, "
                      "killing 30 people.", id="rg", published=datetime(2021, 6, 12, 9, tzinfo=timezone.utc))
    f = read_report(rep).events[0]
    assert (f.date_start, f.date_end, f.date_precision) == ("2021-06-02", "2021-06-05", 2)


@pytest.mark.parametrize("text,want", [
    # the dateline's own day, written with its year, is the report's and not the event's
    ("GOMA, 17 February 2022 - Militiamen shot dead four displaced people in Masisi on Tuesday, staff said.",
     ("2022-02-15", "2022-02-15", 1)),
    ("ADEN, 4 August 2020 - Drones struck a military parade ground overnight, officials said.",
     ("2020-08-03", "2020-08-04", 2)),
    ("LAGOS, 21 October 2021 - Gunmen robbed a bank in Ikorodu last week, police said.",
     ("2021-10-11", "2021-10-17", 3)),
    # with no other date in it, the report is dated by its dateline: the day before to that day
    ("BANGUI, 2 May 2022 - Armed men looted a clinic near Bria, the UN said.",
     ("2022-05-01", "2022-05-02", 2)),
])
def test_a_dated_dateline_is_not_the_event_s_day(text, want):
    rep = Report(text=text, id="dd", published=datetime(2030, 1, 1, 9, tzinfo=timezone.utc))
    f = read_report(rep).events[0]
    assert (f.date_start, f.date_end, f.date_precision) == want


def test_numeric_dates_are_read_by_the_report_s_own_time():
    # day first or month first: the reading nearest the report's time without passing it
    may = datetime(2021, 5, 8, 12, tzinfo=timezone.utc)
    assert resolve("6/5/2021", may).start == date(2021, 5, 6)
    june = datetime(2021, 6, 7, 12, tzinfo=timezone.utc)
    assert resolve("6/5/2021", june).start == date(2021, 6, 5)
    # only one reading is a date
    assert resolve("25/3/2022", datetime(2022, 3, 26, tzinfo=timezone.utc)).start == date(2022, 3, 25)
    assert resolve("3/25/2022", datetime(2022, 3, 26, tzinfo=timezone.utc)).start == date(2022, 3, 25)


def test_a_numeric_day_the_model_leaves_untagged_dates_the_event():
    # day first when the first number cannot be a month; the coder's numeric form
    rep = Report(text="On 23/9/2022, militiamen and soldiers fought near Kismayo (Lower Juba). 12 killed.",
                 id="nd", published=datetime(2022, 9, 25, 9, tzinfo=timezone.utc))
    f = read_report(rep).events[0]
    assert (f.date_start, f.date_end, f.date_precision) == ("2022-09-23", "2022-09-23", 1)


@pytest.mark.parametrize("text,want", [
    # a coder's "(week of)" / "(month of)" after the day: the day stands for its week or month
    ("On 8 March 2021 (week of), soldiers burned huts near Djibo.", ("2021-03-08", "2021-03-14", 3)),
    ("On 1 February 2021 (month of), militias recruited children in Ituri.", ("2021-02-01", "2021-02-28", 4)),
    # the n-th week of a month
    ("During the second week of February 2021, herders clashed with farmers near Bama.",
     ("2021-02-08", "2021-02-14", 3)),
    ("In the last week of January, bandits raided markets around Gusau.", ("2021-01-25", "2021-01-31", 3)),
    # a dotted numeric day with its year
    ("On 9.3.2021, police dispersed a sit-in in Tunis.", ("2021-03-09", "2021-03-09", 1)),
    # two days across a month's end
    ("On 28 February and 1 March 2021, militants raided villages near Diffa.", ("2021-02-28", "2021-03-01", 2)),
    # a night across a month's end, and a night to the morning after it (s9)
    ("On the night of 28 February to 1 March 2021, drones struck a depot near Marib.", ("2021-02-28", "2021-03-01", 2)),
    ("Overnight 28 February-1 March 2021, rebels shelled Kachin villages.", ("2021-02-28", "2021-03-01", 2)),
    ("Between the night of 6 and the morning of 7 March 2021, gunmen looted a clinic near Gao.",
     ("2021-03-06", "2021-03-07", 2)),
    # a coder's "(as reported)" after a day: the day the sources give, precision 2 (s10)
    ("On 4 March 2021 (as reported), gunmen burned a school near Tahoua.", ("2021-03-04", "2021-03-04", 2)),
    ("Militia fighters raided a camp on March 2, 2021 (as reported).", ("2021-03-02", "2021-03-02", 2)),
])
def test_coder_qualified_days_weeks_and_dotted_days(text, want):
    from livedesk.read import dates_scan
    from livedesk.read.nlp import get_nlp
    r = dates_scan.event_date(get_nlp()(text), date(2021, 3, 12), text)
    assert r.iso() == want


def _frames(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    rep = Report(text=text, id="pd", published=datetime(2021, 6, 12, 9, tzinfo=timezone.utc))
    return [(f.summary, f.date_start, f.date_end, f.background) for f in read_report(rep).events]


@pytest.mark.parametrize("text", [
    # the date in a sentence of its own, the event in the next ("3 June 2021. Gunmen ...")
    "3 June 2021. Bandits shoot dead four traders on the road to Dutsin-Ma (Katsina).",
    # a toll or aftermath sentence after the dated one happened on the same day
    "On 3 June 2021, gunmen ambushed a bus near Kajo Keji (Central Equatoria). "
    "Police later found the bodies of six passengers in the bush.",
    # a period opened by "since" in between does not move the narration's day
    "On 3 June 2021, gunmen ambushed a lorry near Morobo (Central Equatoria). The road has been "
    "unsafe since 2019. Police later found the bodies of four traders in the bush.",
])
def test_a_sentence_without_a_date_keeps_the_day_its_paragraph_set(text):
    frames = [f for f in _frames(text) if not f[3]]
    assert frames and all(f[1] == "2021-06-03" for f in frames), frames


@pytest.mark.parametrize("text,start", [
    # a day counted from the report or a statement's day does not carry over: the next sentence
    # stays undated (the day before the report to its day)
    ("Militants seized a ferry on Lake Albert last week. Gunmen shot dead two fishermen near Butiaba.", "2021-06-11"),
    ("The governor said on 3 June 2021 that the curfew would stay. Gunmen shot dead two herders near Lafia.",
     "2021-06-11"),
])
def test_only_a_written_out_event_day_carries_to_the_next_sentence(text, start):
    last = [f for f in _frames(text) if not f[3] and "shot dead" in f[0]]
    assert last and last[0][1] == start, _frames(text)


def test_what_was_told_after_told_that_is_dated_by_its_own_day():
    # "told reporters that on 3 June": the date opens what was told, not the telling
    got = _event_date("Villagers told journalists that on 3 June 2021 militiamen burned forty huts "
                      "in Kalehe (South Kivu).", SAT)
    assert got == ("2021-06-03", "2021-06-03", 1)
    # "told reporters on 3 June that ..." still dates the telling
    got = _event_date("The mayor told journalists on 10 June that militiamen had burned forty huts.", SAT)
    assert got == ("2021-06-09", "2021-06-10", 2)
