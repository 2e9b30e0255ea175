"""Date shapes of coder notes written in session 12 (issue 14): "On or about D", "Police said on D
gunmen ...", month-only dates, "Between D1 and D2", a first sentence of background with its own date.
Sentences are ours; the report is published two days after the event, as coder notes are."""
from datetime import date

import pytest

from livedesk.read.dates_scan import event_date
from livedesk.read.nlp import get_nlp


def _event_date(text: str, report_day: date):
    r = event_date(get_nlp()(text), report_day, text)
    return r.iso() if r else None


REPORT = date(2023, 5, 12)


@pytest.mark.parametrize("text,want", [
    # a statement's day written out with its year is the day a coder's line records for its event
    ("Police said on 10 May 2023 gunmen shot dead a trader near Gusau (Zamfara).", ("2023-05-10", "2023-05-10", 1)),
    ("The army said on 9 May 2023 troops arrested six suspected militants in Bama (Borno).",
     ("2023-05-09", "2023-05-09", 1)),
    # a statement's weekday still bounds the event to that day or the one before
    ("Police said on Wednesday gunmen shot dead a trader near Gusau.", ("2023-05-09", "2023-05-10", 2)),
    # a statement's day and the event's: the event's wins
    ("Police said on 11 May 2023 that gunmen killed a trader on 9 May.", ("2023-05-09", "2023-05-09", 1)),
    ("On or about 8 May 2023, bandits abducted a teacher near Kankara (Katsina).", ("2023-05-08", "2023-05-08", 2)),
    ("Around 7 May 2023 (as reported), militants burned a school near Djibo (Soum).", ("2023-05-07", "2023-05-07", 2)),
    ("Between 3 and 5 May 2023, soldiers detained 14 men in villages of Mopti.", ("2023-05-03", "2023-05-05", 2)),
])
def test_coder_note_date_shapes(text, want):
    assert _event_date(text, REPORT) == want


def test_month_only_note_is_the_month():
    got = _event_date("In April 2023, RSF fighters looted the market of El Obeid (North Kordofan).", REPORT)
    assert got[0] == "2023-04-01" and got[1] == "2023-04-30" and got[2] == 4


def test_said_date_without_year_in_wire_copy_keeps_the_day_before():
    # "said on 10 May" without a year is how a wire dates a statement: the event may be the day before
    got = _event_date("Gunmen shot dead a trader near Gusau, police said on 10 May.", REPORT)
    assert got == ("2023-05-09", "2023-05-10", 2)
