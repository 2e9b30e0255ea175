"""A party's acknowledgment that gives no day of its own is dated by its statement, whatever type the
typer guessed (fuse/match.py features looks_back): it meets the act it is about up to three days before.
A confirmation that dates its act keeps that date. Invented places and days."""
from __future__ import annotations

from livedesk.fuse import fuse
from livedesk.fuse.match import features
from livedesk.fuse.sets import mention_from_dict

TOWN = {"name": "Namhsan", "lat": 22.97, "lon": 97.16, "country": "MM", "admin1": "Shan", "precision": 1}


def _m(mid, text, published, day, sub, claims, outlet="Desk", day_end=None):
    return mention_from_dict({
        "id": mid, "outlet": outlet, "published": published, "text": text,
        "claims": claims,
        "frame": {"sub_event_type": sub, "actor1": None, "actor2": "Military Forces of Myanmar (2021-)",
                  "date_start": day, "date_end": day_end or day, "location": TOWN}})


def _capture():
    return _m("c#0", "Our brigades took the regional command base in Namhsan after weeks of fighting.",
              "2024-06-03T12:00:00Z", "2024-06-02", "Non-state actor overtakes territory",
              [{"claimant": "Ta'ang National Liberation Army", "stance": "asserts"}], outlet="TNLA")


def _acknowledgment(day, day_end=None):
    # the typer read "working to retake" as a retaking; the junta's spokesman only acknowledges the loss
    return _m("k#0", "The junta spokesman acknowledged that contact with the officers of the command base in "
                     "Namhsan had been lost and said troops were working to retake it.",
              "2024-06-05T13:00:00Z", day, "Government regains territory",
              [{"claimant": "Zaw Min Tun", "stance": "confirms", "alignment": "Military Forces of Myanmar"},
               {"claimant": "Zaw Min Tun", "stance": "asserts", "alignment": "Military Forces of Myanmar"}],
              outlet="MRTV", day_end=day_end)


def test_an_undated_acknowledgment_looks_back_to_the_act_it_admits():
    ack = _acknowledgment("2024-06-04", "2024-06-05")       # the reader's default: the report's day or the one before
    assert features(0, ack).looks_back
    events = fuse([_capture(), ack])
    assert len(events) == 1, [e.mention_ids for e in events]
    assert events[0].status == "confirmed", events[0].status_reason


def test_an_acknowledgment_that_dates_its_act_keeps_its_date():
    ack = _acknowledgment("2024-06-05")                   # "on Wednesday": a day of its own
    assert not features(0, ack).looks_back
    assert len(fuse([_capture(), ack])) == 2


def test_a_typed_report_that_only_asserts_does_not_look_back():
    m = _m("a#0", "Troops retook the command base in Namhsan.", "2024-06-05T13:00:00Z", "2024-06-04",
           "Government regains territory", [{"claimant": "MRTV", "stance": "asserts"}], outlet="MRTV",
           day_end="2024-06-05")
    assert not features(0, m).looks_back
