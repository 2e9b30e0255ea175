"""An untyped first-hand account ("we heard gunfire") meets a typed report of the kind of act what
was heard tells (the matching rules in fuse/match.py).
Invented reports about an invented night."""
from __future__ import annotations

from livedesk.fuse import fuse
from livedesk.fuse.sets import mention_from_dict

CITY = {"name": "south of Manta", "lat": -0.97, "lon": -80.71, "country": "EC", "admin1": "Manabi",
        "precision": 2}
QUARTER = {"name": "Los Esteros", "lat": -0.96, "lon": -80.70, "country": "EC", "admin1": "Manabi",
           "precision": 2}


def _m(mid, text, outlet, location, sub="Armed clash", actor1="Unidentified Armed Group (Ecuador)",
       actor2="Police Forces of Ecuador"):
    return mention_from_dict({"id": mid, "outlet": outlet, "published": "2024-03-02T12:00:00Z", "text": text,
                              "frame": {"sub_event_type": sub, "actor1": actor1, "actor2": actor2,
                                        "date_start": "2024-03-02", "date_end": "2024-03-02",
                                        "location": location}})


def _homes(ms):
    return {i: e.id for e in fuse(ms) for i in e.mention_ids}


def test_neighbours_hearing_gunfire_in_a_quarter_meet_the_nights_fight_in_that_city():
    fight = _m("a#0", "Gunmen traded fire with a police patrol in southern Manta during the night, wounding "
               "one officer, a district commander said.", "Coast Daily", CITY)
    heard = _m("b#0", "Neighbours in the Los Esteros area of Manta said they heard a long burst of gunfire "
               "shortly after midnight.", "Manta Herald", QUARTER, sub="Other", actor1=None, actor2=None)
    homes = _homes([fight, heard])
    assert homes["a#0"] == homes["b#0"]


def test_what_was_heard_must_be_the_kind_of_act_the_other_report_tells():
    strike = _m("a#0", "A drone dropped a charge on a police post in southern Manta during the night, a "
                "district commander said.", "Coast Daily", CITY, sub="Air/drone strike")
    heard = _m("b#0", "Neighbours in the Los Esteros area of Manta said they heard a long burst of gunfire "
               "shortly after midnight.", "Manta Herald", QUARTER, sub="Other", actor1=None, actor2=None)
    homes = _homes([strike, heard])
    assert homes["a#0"] != homes["b#0"]
