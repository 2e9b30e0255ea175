"""Session 13 fusion3 kinds (docs/statuses.md): an unnamed description that fits a named origin of the
same event is that origin ("police said" beside the provincial police's own statement, "an armed faction
said" beside the faction named); a unit with and without its service's possessive is one source; a
province's police is its state's branch; troops pursuing the attackers are no one's dead; "had taken
<place>" says the place changed hands; a rights body named for the rights it defends is a monitor.
Reports written for these tests (invented events at real places)."""
from __future__ import annotations

from livedesk.fuse.corroborate import OWN, victims_side
from livedesk.fuse.outcomes import says_taken
from livedesk.sources import classify
from test_fuse_battles import _m
from test_fuse_statuses import _one

_LATEHAR = {"name": "Latehar", "lat": 23.74, "lon": 84.5, "country": "IN", "admin1": "Jharkhand", "precision": 1}
_DIKWA = {"name": "Dikwa", "lat": 12.04, "lon": 13.92, "country": "NG", "admin1": "Borno", "precision": 1}
_PATIKUL = {"name": "Patikul", "lat": 6.06, "lon": 121.1, "country": "PH", "admin1": "Sulu", "precision": 1}
_MIREBALAIS = {"name": "Mirebalais", "lat": 18.83, "lon": -72.1, "country": "HT", "admin1": "Centre", "precision": 1}


def _latehar(*more):
    ms = [_m("pol#0", "Three constables of the Jharkhand Jaguar unit were martyred and two injured when a landmine "
                      "went off under their jeep near Latehar this afternoon.", "Jharkhand Police",
             [{"claimant": "Jharkhand Police", "stance": "confirms"}], published="2025-02-11T12:00:00Z",
             sub_event_type="Remote explosive/landmine/IED", actor1="CPI (Maoist)",
             actor2="Police Forces of India", date_start="2025-02-11", date_end="2025-02-11",
             location=dict(_LATEHAR))]
    for k, (outlet, claimant, text) in enumerate(more):
        ms.append(_m(f"w{k}#0", text, outlet, [{"claimant": claimant, "stance": "asserts", "via": [outlet]}],
                     published=f"2025-02-11T1{3 + k}:00:00Z", sub_event_type="Remote explosive/landmine/IED",
                     actor1="CPI (Maoist)", actor2="Police Forces of India", date_start="2025-02-11",
                     date_end="2025-02-11", location=dict(_LATEHAR)))
    return ms


def test_a_provinces_police_telling_its_own_dead_is_the_party_concerned_and_its_descriptions_are_it():
    ev = _one(_latehar(
        ("Indo-Asian News Service", "police", "Three policemen were killed in a landmine blast near Latehar on "
                                              "Tuesday, police said."),
        ("The Telegraph India", "a senior police officer", "A landmine laid by Maoists killed three constables "
                                                           "in Latehar district, a senior police officer said.")))
    assert ev.status == "confirmed", ev.status_reason
    assert "Jharkhand Police" in ev.status_reason
    assert "police (official)" not in ev.status_reason and "senior police officer (official)" not in ev.status_reason


def test_a_police_named_after_another_province_is_not_the_events_state():
    ms = _latehar()
    ms[0] = _m("pol#0", ms[0].text, "Odisha Police", [{"claimant": "Odisha Police", "stance": "confirms"}],
               published="2025-02-11T12:00:00Z", sub_event_type="Remote explosive/landmine/IED",
               actor1="CPI (Maoist)", actor2="Police Forces of India", date_start="2025-02-11",
               date_end="2025-02-11", location=dict(_LATEHAR))
    from livedesk.fuse.corroborate import regional_force_state
    c = ms[0].claims[0]
    assert regional_force_state(c, ms[0], ms[0].frame) is None


def test_a_described_faction_beside_the_named_one_is_one_origin():
    ms = [_m("g#0", "Soldiers of the caliphate attacked the army base in Dikwa with machine guns and killed "
                    "seven of the apostate soldiers.", "Islamic State West Africa Province",
             [{"claimant": "Islamic State West Africa Province", "stance": "asserts"}],
             published="2025-06-03T22:00:00Z", sub_event_type="Attack", actor1="Islamic State West Africa Province",
             actor2="Military Forces of Nigeria", date_start="2025-06-03", date_end="2025-06-03",
             location=dict(_DIKWA)),
          _m("w#0", "An armed faction said it had attacked a military base in Dikwa in Borno state on Tuesday night.",
             "Agence France-Presse", [{"claimant": "armed faction", "stance": "asserts", "via": ["Agence France-Presse"]}],
             published="2025-06-04T08:00:00Z", sub_event_type="Attack", actor1=None,
             actor2="Military Forces of Nigeria", date_start="2025-06-03", date_end="2025-06-03",
             location=dict(_DIKWA))]
    ev = _one(ms)
    assert ev.status == "claimed", ev.status_reason


def test_a_unit_with_and_without_its_services_possessive_is_one_source():
    ms = [_m("u#0", "Troops of the 11th Infantry Division clashed with Abu Sayyaf gunmen in Patikul; three of "
                    "the bandits were neutralised.", "11th Infantry Division",
             [], published="2025-09-09T10:00:00Z", sub_event_type="Armed clash",
             actor1="Military Forces of the Philippines", actor2="Abu Sayyaf", date_start="2025-09-08",
             date_end="2025-09-08", location=dict(_PATIKUL)),
          _m("n#0", "Three Abu Sayyaf members were killed in a firefight with soldiers in Patikul, Sulu on Monday, "
                    "the Army's 11th Infantry Division said.", "Philippine News Agency",
             [{"claimant": "Army's 11th Infantry Division", "stance": "asserts", "via": ["Philippine News Agency"]}],
             published="2025-09-09T14:00:00Z", sub_event_type="Armed clash",
             actor1="Military Forces of the Philippines", actor2="Abu Sayyaf", date_start="2025-09-08",
             date_end="2025-09-08", location=dict(_PATIKUL))]
    ev = _one(ms)
    assert ev.status == "claimed", ev.status_reason


def test_troops_pursuing_the_attackers_are_not_the_speakers_dead():
    assert OWN not in victims_side("Gunmen killed nine villagers near Beni, the army said, adding that troops had "
                                   "pursued the attackers into the bush.", None)
    assert OWN not in victims_side("Our soldiers chased the assailants across the river after the raid that "
                                   "killed six herders.", None)
    assert OWN in victims_side("Two soldiers were killed in the raid, the army said.", None)


def test_a_place_taken_by_its_name_changed_hands():
    assert says_taken("The gang coalition said it had taken Mirebalais overnight.")
    assert says_taken("The rebels say they have taken the town of Kalehe.")
    assert not says_taken("The army has taken measures to protect the road.")
    ms = [_m("g#0", "The Viv Ansanm coalition said it had taken Mirebalais overnight, while the police said their "
                    "units were still fighting at the prison.", "Radio Metropole",
             [{"claimant": "Viv Ansanm", "stance": "asserts", "via": ["Radio Metropole"],
               "text": "The Viv Ansanm coalition said it had taken Mirebalais overnight"},
              {"claimant": "Police Nationale d'Haiti", "stance": "asserts", "via": ["Radio Metropole"],
               "text": "the police said their units were still fighting at the prison"}],
             published="2025-03-31T12:00:00Z", sub_event_type="Armed clash", actor1="Gangs (Haiti)",
             actor2="Police Forces of Haiti", date_start="2025-03-31", date_end="2025-03-31",
             location=dict(_MIREBALAIS))]
    ev = _one(ms)
    assert ev.status == "disputed", ev.status_reason


def test_a_rights_body_named_for_the_rights_it_defends_is_a_monitor():
    assert classify("Collectif des Defenseurs des Droits Humains").kind == "monitor"
    assert classify("Comision de Derechos Humanos del Valle").kind == "monitor"
    assert classify("Ministry of Human Rights").kind != "monitor"
    assert classify("human rights lawyer Amina Bello").kind != "monitor"


def test_the_state_news_agency_described_is_the_states_agency_named():
    nabatieh = {"name": "Nabatieh", "lat": 33.38, "lon": 35.48, "country": "LB", "precision": 1}
    frame = dict(sub_event_type="Air/drone strike", actor1="Military Forces of Israel", actor2="Civilians (Lebanon)",
                 date_start="2025-10-14", date_end="2025-10-14", location=dict(nabatieh))
    ms = [_m("a#0", "An enemy drone struck a motorcycle at the entrance of Nabatieh, killing its rider.",
             "National News Agency", [], published="2025-10-14T09:00:00Z", **frame),
          _m("b#0", "A drone strike killed a man on a motorcycle in Nabatieh on Tuesday, the state news agency said.",
             "Naharnet", [{"claimant": "state news agency", "stance": "asserts", "via": ["Naharnet"],
                           "claimant_kind": "state media"}], published="2025-10-14T11:00:00Z", **frame)]
    ev = _one(ms)
    assert ev.status == "claimed", ev.status_reason


def test_an_outlet_naming_its_own_armed_wing_in_the_first_person_is_a_party():
    from livedesk.fuse.corroborate import _FIRST, _OUR_PEOPLE
    text = "Our People's Revolutionary Army set off the mine under the patrol's truck near Khunti on Sunday."
    assert _FIRST.search(text) and _OUR_PEOPLE.search(text)
    assert not _FIRST.search("We thank our National Assembly and our readers for their support.")
    ms = [_m("c#0", text, "Jharkhand Regional Committee", [], published="2025-04-08T09:00:00Z",
             sub_event_type="Remote explosive/landmine/IED", actor1="CPI (Maoist)", actor2="Police Forces of India",
             date_start="2025-04-06", date_end="2025-04-06",
             location={"name": "Khunti", "lat": 23.07, "lon": 85.28, "country": "IN", "admin1": "Jharkhand",
                       "precision": 1})]
    ev = _one(ms)
    assert "armed group" in ev.status_reason, ev.status_reason


def test_a_described_office_does_not_fit_a_foreign_states_named_office():
    tyre = {"name": "Tyre", "lat": 33.27, "lon": 35.2, "country": "LB", "precision": 1}
    frame = dict(sub_event_type="Air/drone strike", actor1="Military Forces of Israel", actor2="Hezbollah",
                 date_start="2025-11-20", date_end="2025-11-20", location=dict(tyre))
    ms = [_m("a#0", "An IDF aircraft struck a Hezbollah weapons depot in the area of Tyre.", "Israel Defense Forces",
             [], published="2025-11-20T10:00:00Z", **frame),
          _m("b#0", "A strike hit a warehouse on the edge of Tyre on Thursday morning, police said.", "Naharnet",
             [{"claimant": "police", "stance": "asserts", "via": ["Naharnet"]}], published="2025-11-20T12:00:00Z",
             **frame)]
    ev = _one(ms)
    assert ev.status == "corroborated", ev.status_reason
