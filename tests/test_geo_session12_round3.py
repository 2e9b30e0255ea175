"""Kinds the session-12 geo work fixes in its third round, in sentences written for the test:
a place abroad needs evidence of its own. Where a state's forces say which country a text is
about ("Mozambican forces", "Syrian troops") and a name's reading lies in a country the text
gives no sign of, its population alone does not carry it: the name's reading in the forces'
country wins, and with none the name is unplaced (the event goes to the forces' country,
precision 6), not to a namesake abroad; a region the gazetteer lacks ("Eastern Qalamoun", read by a guess) likewise.
Guards: the namesake's own country's forces, a nationality that is no force (police abroad),
a city of a million, a name read in the forces' country, a container that binds the name.
"""
from __future__ import annotations

from livedesk.geo import find_places, locate


def _event(text: str):
    return locate(text, 0, len(text), find_places(text))


def test_a_towns_population_does_not_carry_it_abroad_against_the_forces_country():
    text = "Mozambican forces said on Sunday they had retaken Palma from insurgents."
    assert not [p for p in find_places(text) if p["name"] == "Palma" and p["lat"] is not None]
    loc = _event(text)
    assert loc is None or (loc.country == "MZ" and loc.precision == 6)


def test_a_region_the_gazetteer_lacks_is_not_a_namesake_abroad():
    # Unplaced below the country (the desk then places the event at the forces' country).
    loc = _event("Syrian army units pushed into Eastern Qalamoun overnight, state media said.")
    assert loc is None or loc.country == "SY"


def test_forces_of_the_namesakes_own_country_keep_it():
    loc = _event("Spanish troops guarded the port of Palma during the summit.")
    assert loc is not None and loc.country == "ES" and loc.precision < 6


def test_a_nationality_that_is_no_force_does_not_bind_the_place():
    # Police and peacekeepers of one country often serve in another.
    loc = _event("Kenyan police officers guarded Delmas overnight after gang attacks.")
    assert loc is not None and loc.country == "HT"


def test_a_city_of_a_million_is_its_own_evidence():
    loc = _event("Mozambican forces said the two suspects had fled to Johannesburg.")
    assert loc is not None and loc.country == "ZA" and loc.precision < 6


def test_the_forces_country_reading_is_kept_and_a_container_still_binds():
    loc = _event("Malian soldiers searched houses in San overnight.")
    assert loc is not None and loc.country == "ML" and loc.precision < 6
    loc = _event("Mozambican soldiers patrolled Palma, in Cabo Delgado.")
    assert loc is not None and loc.country == "MZ"


def test_force_countries_reads_only_forces_and_their_wars():
    from livedesk.geo.containers import force_countries
    assert "MZ" in force_countries("Mozambican forces retook the town.")
    assert not force_countries("A Tunisian engineer was kidnapped near the oilfield.")
    assert "MZ" in force_countries("Rwandan troops patrolled the coast.")       # fights_in
