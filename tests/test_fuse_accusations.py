"""A side that only says the enemy fired at it accuses, it admits no loss; and an outlet's own
withdrawal in a report that still tells what happened is no fresh telling of the event
(docs/statuses.md). Report sets written for these tests."""
from __future__ import annotations

from livedesk.fuse.sets import mention_from_dict
from test_fuse_statuses import _one  # one event, or the test fails

_PLACE = {"name": "Tovuz", "lat": 40.99, "lon": 45.63, "country": "AZ", "precision": 1}


def _m(mid, text, outlet, claims=(), published="2024-07-12T08:00:00Z", **frame):
    frame = {"sub_event_type": "Armed clash", "actor1": "Military Forces of Armenia",
             "actor2": "Military Forces of Azerbaijan", "date_start": "2024-07-12", "date_end": "2024-07-12",
             "location": dict(_PLACE), **frame}
    return mention_from_dict({"id": mid, "outlet": outlet, "published": published, "text": text,
                              "frame": frame, "claims": list(claims)})


def _accused(first_text):
    return _one([
        _m("a#0", first_text, "Ministry of Defence of Azerbaijan",
           claims=[{"claimant": "Ministry of Defence of Azerbaijan", "stance": "asserts"}]),
        _m("b#0", "Armenia's defence ministry called the Azerbaijani report of fire from its side near Tovuz "
           "untrue.", "Ministry of Defence of Armenia",
           claims=[{"claimant": "Ministry of Defence of Armenia", "stance": "denies"}],
           published="2024-07-12T10:00:00Z")])


def test_a_side_saying_only_that_the_enemy_fired_on_it_accuses_and_the_denial_stands():
    e = _accused("Overnight, Armenian armed forces units opened fire with small arms on the positions of "
                 "our army in the Tovuz direction.")
    assert e.status == "denied", e.status_reason
    assert "confirmed by" not in e.status_reason


def test_a_side_telling_its_own_wounded_from_that_fire_admits_its_loss():
    e = _accused("Overnight, Armenian armed forces units opened fire on the positions of our army in the "
                 "Tovuz direction; two of our servicemen were wounded.")
    assert e.status == "disputed", e.status_reason
    assert "confirmed by" in e.status_reason


def test_an_outlet_withdrawing_its_report_in_a_report_that_tells_what_burned_is_no_new_telling():
    place = {"name": "Kenscoff", "lat": 18.45, "lon": -72.29, "country": "HT", "precision": 1}

    def m(mid, text, outlet, claims, published):
        return _m(mid, text, outlet, claims, published, sub_event_type="Attack", actor1="Viv Ansanm",
                  actor2="Police Forces of Haiti", location=place)
    e = _one([
        m("a#0", "Gangs set the Kenscoff police post on fire after a long exchange of fire.", "Port Daily",
          [{"claimant": "Port Daily", "stance": "asserts"}], "2024-07-12T08:00:00Z"),
        m("b#0", "Our men hit the police in Kenscoff, the gang's leader said in a video.", "Viv Ansanm",
          [{"claimant": "Viv Ansanm", "stance": "asserts"}], "2024-07-12T09:00:00Z"),
        m("c#0", "Port Daily withdraws its report on the Kenscoff police post: the house that burned stood "
          "next to it, and we can no longer stand behind our account.", "Port Daily",
          [{"claimant": "Port Daily", "stance": "unconfirmed"}], "2024-07-13T08:00:00Z")])
    assert e.status == "claimed", e.status_reason
    assert "withdrew its own account" in e.status_reason


def _raid(text, outlet, claimant, published):
    place = {"name": "Sukhnah", "lat": 34.88, "lon": 38.87, "country": "SY", "precision": 1}
    return _m(f"{outlet}#0", text, outlet, [{"claimant": claimant, "stance": "asserts"}], published,
              sub_event_type="Attack", actor1="Islamic State", actor2=None, location=place)


def test_state_media_telling_its_soldiers_martyred_admits_the_states_loss():
    # the readers left the target empty, so only the channel's own words tell whose dead they are
    monitor = _raid("Islamic State gunmen attacked an army post at Sukhnah at night, killing three soldiers, "
                    "the monitor said.", "Syrian Observatory for Human Rights",
                    "Syrian Observatory for Human Rights", "2024-07-12T08:00:00Z")
    e = _one([monitor, _raid("Terrorists attacked a post near Sukhnah; three soldiers were martyred while "
                             "repelling them.", "SANA", "SANA", "2024-07-12T09:00:00Z")])
    assert e.status == "confirmed", e.status_reason
    # the group's own channel telling soldiers killed tells of its enemy's dead: no admission
    e = _one([monitor, _raid("Soldiers of the caliphate attacked a post near Sukhnah; three soldiers were killed.",
                             "Amaq", "Amaq", "2024-07-12T09:00:00Z")])
    assert e.status == "corroborated", e.status_reason
