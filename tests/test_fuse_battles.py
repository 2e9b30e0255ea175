"""Session 12 fusion kinds (docs/statuses.md): a fight and the capture of one place on one day are one
battle; a capture is corroborated only by origins saying the place changed hands; a state's office
named in its own language is the state's; one armed group under two names is one origin; a side
"holding firm" holds; "No attack took place" in a side's own voice denies; a count in words is not
the speaker's own dead. Reports written for these tests (invented events at real places)."""
from __future__ import annotations

from livedesk.fuse import fuse
from livedesk.fuse.corroborate import victims_side
from livedesk.fuse.outcomes import DENIAL, HOLDS
from livedesk.fuse.sets import mention_from_dict
from test_fuse_statuses import _one  # one event, or the test fails

_DORI = {"name": "Dori", "lat": 14.03, "lon": -0.03, "country": "BF", "precision": 1}
_SIRTE = {"name": "Sirte", "lat": 31.21, "lon": 16.59, "country": "LY", "precision": 1}


def _m(mid, text, outlet, claims=(), published="2024-03-05T20:00:00Z", **frame):
    frame = {"sub_event_type": "Non-state actor overtakes territory", "actor1": "JNIM",
             "actor2": "Military Forces of Burkina Faso", "date_start": "2024-03-05",
             "date_end": "2024-03-05", "location": dict(_DORI), **frame}
    return mention_from_dict({"id": mid, "outlet": outlet, "published": published, "text": text,
                              "frame": frame, "claims": list(claims)})


def _militia_capture(*fights):
    """A militia says it took a Sirte quarter at night; others tell the evening's clashes there."""
    ms = [_m("cap#0", "Our units took full control of the port quarter of Sirte overnight after the rival "
             "brigade fled.", "Sirte Shield Brigade", [{"claimant": "Sirte Shield Brigade", "stance": "asserts"}],
             published="2024-03-06T02:00:00Z", actor1="Sirte Shield Brigade", actor2="Tariq Bin Ziyad Brigade",
             location=dict(_SIRTE))]
    for k, (outlet, text) in enumerate(fights):
        ms.append(_m(f"f{k}#0", text, outlet, [{"claimant": outlet, "stance": "asserts"}],
                     published=f"2024-03-06T0{3 + k}:00:00Z", sub_event_type="Armed clash", actor1=None,
                     actor2=None, location=dict(_SIRTE)))
    return ms


def test_a_fight_and_the_capture_of_one_place_that_day_are_one_event_but_the_capture_rests_on_one_origin():
    ms = _militia_capture(
        ("Sirte Evening Post", "Fierce clashes with heavy weapons erupted in the port quarter of Sirte on "
                               "Tuesday evening, our reporter said."),
        ("Relief Monitors Network", "We are alarmed by the fighting in Sirte's port quarter in the evening, "
                                    "where families are trapped."))
    e = _one(ms)
    assert e.status == "claimed", e.status_reason
    assert "not that the place changed hands" in e.status_reason


def test_a_capture_told_by_a_second_origin_is_corroborated():
    ms = _militia_capture(("Sirte Evening Post", "Fighters of the Sirte Shield Brigade seized the port quarter "
                                                 "of Sirte on Tuesday night, our reporter saw."))
    ms[1] = _m("f0#0", ms[1].text, "Sirte Evening Post", [{"claimant": "Sirte Evening Post", "stance": "asserts"}],
               published="2024-03-06T03:00:00Z", actor1="Sirte Shield Brigade", actor2=None, location=dict(_SIRTE))
    e = _one(ms)
    assert e.status == "corroborated", e.status_reason


def test_the_same_place_two_days_apart_fight_and_capture_stay_two_events():
    ms = _militia_capture(("Sirte Evening Post", "Fierce clashes erupted in the port quarter of Sirte, our "
                                                 "reporter said."))
    ms[1] = _m("f0#0", ms[1].text, "Sirte Evening Post", [{"claimant": "Sirte Evening Post", "stance": "asserts"}],
               published="2024-03-09T03:00:00Z", sub_event_type="Armed clash", actor1=None, actor2=None,
               date_start="2024-03-08", date_end="2024-03-08", location=dict(_SIRTE))
    assert len(fuse(ms)) == 2


def test_a_state_army_named_in_french_holding_firm_against_a_capture_claim_is_disputed():
    e = _one([
        _m("a#0", "Our mujahideen took the army post at Dori and seized its weapons.", "JNIM",
           [{"claimant": "JNIM", "stance": "asserts"}]),
        _m("b#0", "Our valiant forces are holding firm at Dori against the terrorists who attacked this morning.",
           "Forces Armees Burkinabe", [], sub_event_type="Armed clash", published="2024-03-05T21:00:00Z")])
    assert e.status == "disputed", e.status_reason
    assert "Military Forces of Burkina Faso" in e.status_reason


def test_an_army_outlet_saying_no_attack_took_place_denies_and_a_group_under_two_names_is_one_origin():
    saravena = {"name": "Saravena", "lat": 6.95, "lon": -71.88, "country": "CO", "precision": 1}
    kw = {"sub_event_type": "Attack", "actor1": "ELN", "actor2": "Military Forces of Colombia",
          "location": saravena}
    e = _one([
        _m("a#0", "Our units attacked the army post at Saravena at dawn and killed about fifteen soldiers.",
           "Ejercito de Liberacion Nacional",
           [{"claimant": "Ejercito de Liberacion Nacional", "stance": "asserts"}], **kw),
        _m("b#0", "The ELN said it attacked the army post in Saravena.", "Llanos Wire",
           [{"claimant": "ELN", "stance": "asserts", "via": ["Llanos Wire"]}],
           published="2024-03-05T22:00:00Z", **kw),
        _m("c#0", "No attack took place in Saravena. Calm reigns in the whole department.", "Ejercito Nacional",
           [], published="2024-03-05T23:00:00Z", **kw)])
    assert e.status == "denied", e.status_reason
    assert "confirmed by" not in e.status_reason


def test_a_wire_quoting_a_bare_defence_ministry_gives_it_no_country():
    from livedesk.fuse.corroborate import office_state
    m = _m("a#0", "The Defence Ministry said its drones struck the camp.", "Sahel Wire",
           [{"claimant": "Defence Ministry", "stance": "asserts"}])
    assert office_state(m.claims[0], m, m.frame, frozenset({"Military Forces of Burkina Faso"})) is None
    own = _m("b#0", "Our forces repelled the attack.", "Ministere de la Defense Nationale", [])
    from livedesk.model import Claim
    c = Claim(claimant="Ministere de la Defense Nationale", stance="asserts", claimant_kind="newspaper/broadcaster")
    assert office_state(c, own, own.frame, frozenset({"Military Forces of Burkina Faso"})) == \
        "Military Forces of Burkina Faso"


def test_words_of_holding_and_of_counting():
    assert HOLDS.search("the garrison held its ground through the night")
    assert not HOLDS.search("the minister held a press conference")
    assert DENIAL.search("No strike was carried out on the village.")
    assert not DENIAL.search("The police said no officer was hurt.")
    assert victims_side("killing about fifteen soldiers and capturing three vehicles") == set()
    assert victims_side("fifteen of our soldiers were killed") != set()
