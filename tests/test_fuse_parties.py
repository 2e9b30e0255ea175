"""Wave 4 fusion kinds (docs/statuses.md): a state's armed forces named in its own language with a
country name of several words are the state's ("Forces Armees de la Republique Democratique du Congo");
in a statement in the first person, "its soldiers" are the enemy's, not the speaker's; personnel who
detonate, plant or target are the doers, not the dead; a claimant nobody listed that the reports name
as an actor of the act is a party, not an independent witness. Reports written for these tests
(invented events at real places)."""
from __future__ import annotations

from livedesk.fuse.corroborate import OWN, office_state, victims_side
from livedesk.fuse.sets import mention_from_dict
from livedesk.model import Fatalities
from test_fuse_statuses import _one  # one event, or the test fails

_BENI = {"name": "Beni", "lat": 0.49, "lon": 29.47, "country": "CD", "precision": 1}
_GAFSA = {"name": "Gafsa", "lat": 34.42, "lon": 8.78, "country": "TN", "precision": 1}


def _m(mid, text, outlet, claims=(), published="2024-05-02T10:00:00Z", **frame):
    frame = {"sub_event_type": "Attack", "actor1": None, "actor2": "Military Forces of Democratic Republic of Congo",
             "date_start": "2024-05-02", "date_end": "2024-05-02", "location": dict(_BENI), **frame}
    return mention_from_dict({"id": mid, "outlet": outlet, "published": published, "text": text,
                              "frame": frame, "claims": list(claims)})


def test_an_army_named_in_french_with_a_country_of_several_words_is_the_state_and_admits_its_dead():
    fardc = "Forces Armees de la Republique Democratique du Congo"
    e = _one([
        _m("a#0", "Assailants struck our position east of Beni at dawn. We deplore seven soldiers killed and "
           "four wounded.", fardc, [{"claimant": fardc, "stance": "confirms"}],
           fatalities={"best": 7, "low": 7, "high": None}),
        _m("b#0", "Seven soldiers died in the attack near Beni, the army said.", "Kivu Morning",
           [{"claimant": fardc, "stance": "confirms", "via": ["Kivu Morning"]}], published="2024-05-02T12:00:00Z",
           fatalities={"best": 7, "low": 7, "high": None})])
    assert e.status == "confirmed", e.status_reason
    assert "Military Forces of Democratic Republic of Congo" in e.status_reason


def test_a_rebel_name_with_other_words_at_the_same_place_is_not_the_state():
    m = _m("a#0", "The Allied Democratic Forces said they attacked the army near Beni.", "Allied Democratic Forces",
           [{"claimant": "Allied Democratic Forces", "stance": "asserts"}])
    assert office_state(m.claims[0], m, m.frame, frozenset()) is None
    m = _m("b#0", "The Democratic Forces for the Liberation of Congo said they attacked.", "Kivu Morning",
           [{"claimant": "Democratic Forces for the Liberation of Congo", "stance": "asserts"}])
    assert office_state(m.claims[0], m, m.frame, frozenset()) is None


def test_in_a_first_person_statement_its_soldiers_are_the_enemys():
    dead = Fatalities(best=11, low=11)
    assert OWN not in victims_side("Our fighters drove back an army column near the river; eleven of its soldiers "
                                   "fell and the others fled.", dead)
    # the same words told of a speaker in the third person are the speaker's own
    assert OWN in victims_side("The army said eleven of its soldiers fell near the river.", dead)
    assert OWN in victims_side("Eleven of our soldiers fell near the river; its vehicles burned.", dead)


def test_personnel_who_detonate_or_plant_are_the_doers_not_the_dead():
    hurt = Fatalities(best=3, low=3)
    assert OWN not in victims_side("The fighters of the brigade detonated a bomb under a police truck, killing "
                                   "three.", hurt)
    assert OWN not in victims_side("Soldiers planted a mine on the track and killed three.", hurt)
    assert OWN in victims_side("The army said three of its soldiers were killed when a mine went off.", hurt)


def _blast(mid, text, outlet, claims, published, **frame):
    frame = {"sub_event_type": "Remote explosive/landmine/IED", "actor1": "Katibat al-Jabal",
             "actor2": "Military Forces of Tunisia", "location": dict(_GAFSA), "date_start": "2024-05-02",
             "date_end": "2024-05-02", **frame}
    return _m(mid, text, outlet, claims, published, **frame)


def test_an_unlisted_group_named_as_the_doer_is_a_party_and_a_denial_leaves_it_denied():
    e = _one([
        _blast("a#0", "The lions of Katibat al-Jabal blew up a patrol truck of the army in the hills above Gafsa.",
               "Katibat al-Jabal", [{"claimant": "Katibat al-Jabal", "stance": "asserts"}], "2024-05-02T09:00:00Z"),
        _blast("b#0", "Katibat al-Jabal claimed on Telegram to have blown up an army truck near Gafsa.",
               "Desert Monitor", [{"claimant": "Katibat al-Jabal", "stance": "asserts", "via": ["Desert Monitor"]}],
               "2024-05-02T11:00:00Z"),
        _blast("c#0", "No army vehicle was hit near Gafsa; the statements of the terrorists are lies.",
               "Ministry of National Defence of Tunisia",
               [{"claimant": "Ministry of National Defence of Tunisia", "stance": "denies"}], "2024-05-02T13:00:00Z")])
    assert e.status == "denied", e.status_reason


def test_a_witness_outlet_not_named_as_an_actor_still_makes_a_denied_claim_disputed():
    e = _one([
        _blast("a#0", "Katibat al-Jabal blew up a patrol truck of the army in the hills above Gafsa.",
               "Katibat al-Jabal", [{"claimant": "Katibat al-Jabal", "stance": "asserts"}], "2024-05-02T09:00:00Z"),
        _blast("b#0", "Our correspondent saw a burnt army truck being towed from the hills above Gafsa.",
               "Gafsa Hills Radio", [{"claimant": "Gafsa Hills Radio", "stance": "asserts"}], "2024-05-02T11:00:00Z"),
        _blast("c#0", "No army vehicle was hit near Gafsa; the statements of the terrorists are lies.",
               "Ministry of National Defence of Tunisia",
               [{"claimant": "Ministry of National Defence of Tunisia", "stance": "denies"}], "2024-05-02T13:00:00Z")])
    assert e.status == "disputed", e.status_reason


def test_its_after_a_force_named_by_demonym_is_that_forces():
    dead = Fatalities(best=5, low=5)
    # the speaker's fighters killed the army's men: the named army's dead, not the speaker's
    assert victims_side("Our brothers raided a post of the apostate Nigerien army near the border and killed "
                        "five of its members.", dead) == {"Military Forces of Niger"}
    # the army itself telling of its men: the army's own, whichever way it is named
    assert victims_side("The Nigerien army said bandits killed five of its members near the border.", dead) == \
        {"Military Forces of Niger"}
    assert OWN in victims_side("The army said bandits killed five of its members near the border.", dead)
