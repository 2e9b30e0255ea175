"""Shapes the session-8 blind set found misread, one test each, in sentences written for the
test (not the set's lines): a division word after a name the gazetteer spells otherwise or
knows only as a town abroad, a holder far from a namesake in its own country, "X state",
", in <city>", "X camp outside Y", romanised diphthongs, "between X and Y" with one end the
gazetteer lacks, second-level words (tehsil) and the verbs and prepositions that make a name
a place.
"""
from __future__ import annotations

import pytest

from livedesk.geo import find_places, locate
from livedesk.geo.gazetteer import get, haversine


def _event(text: str):
    return locate(text, 0, len(text), find_places(text))


def test_a_region_spelt_otherwise_holds_the_town_in_its_country():
    # "Hiran" is a hamlet in Iraq by its letters; "Hiran region" is Somalia's Hiiraan.
    loc = _event("Clan militias fought over a water point near Bulo Burte, Hiran region, on Monday.")
    assert loc is not None and loc.country == "SO"


def test_a_division_word_after_a_foreign_hamlet_name_does_not_carry_the_town_away():
    # "Meme division" is no division the gazetteer holds; a hamlet called Même in Côte
    # d'Ivoire must not take Kumba there.
    loc = _event("Gunmen burned a school in Kumba, Meme division, overnight.")
    assert loc is not None and loc.country == "CM"


def test_a_namesake_far_from_the_named_province_is_not_the_place():
    loc = _event("A roadside bomb killed two soldiers in the Sayed Abad district of Wardak province.")
    assert loc is not None and loc.country == "AF" and loc.admin1 == "Wardag"


def test_a_name_followed_by_state_is_the_division():
    loc = _event("Junta jets bombed villages in Chin state on Tuesday.")
    assert loc is not None and loc.country == "MM" and loc.precision == 4


def test_a_state_media_adjective_is_not_a_division():
    places = find_places("Syrian state media said troops entered Palmyra.")
    assert all(p["end"] - p["start"] <= len("Palmyra") for p in places)
    assert _event("Syrian state media said troops entered Palmyra.").country == "SY"


def test_comma_in_a_city_holds_a_quarter_known_only_abroad():
    loc = _event("Bulldozers demolished two homes in Silwan, in East Jerusalem, residents said.")
    assert loc is not None and loc.country == "PS"


def test_comma_in_a_small_foreign_town_spelt_like_a_word_holds_nothing():
    # "the Republic of Ingushetia": "Republic" is also a town in Missouri.
    loc = _event("A policeman was shot in Karabulak, in the Republic of Ingushetia, on Friday.")
    assert loc is not None and loc.country == "RU"


def test_a_camp_outside_a_town_lies_near_it():
    # Bulengo and Buhimba are also villages in China and Uganda; the camps are by Goma.
    for camp in ("Bulengo", "Buhimba"):
        loc = _event(f"Shells landed on the {camp} camp outside Goma overnight.")
        assert loc is not None and loc.country == "CD", camp


def test_romanised_diphthongs_and_long_vowels_are_one_spelling():
    from livedesk.geo.resolve import _spelt_alike
    assert _spelt_alike("sheikh zuweid", "shaykh zuwayd")
    assert _spelt_alike("hareeb", "harib")
    assert not _spelt_alike("khayelitsha", "akhaltsikhe")
    loc = _event("Gunmen fired on a police post east of Sheikh Zuweid in North Sinai on Sunday.")
    assert loc is not None and loc.country == "EG" and loc.precision == 2      # not the province
    assert loc is not None and loc.country == "EG"


def test_between_a_town_and_a_village_placed_only_at_its_region_is_the_town():
    loc = _event("A truck hit a landmine on the road between Douentza and Boni, in Mopti region.")
    assert loc is not None and loc.country == "ML" and loc.precision == 1


def test_between_makes_both_names_places():
    # Neither town is a place to the model here; "between" makes them one (a road, precision 5).
    loc = _event("Burkinabe soldiers came under fire between Arbinda and Gorom-Gorom.")
    assert loc is not None and loc.country == "BF" and loc.precision == 5


def test_a_tehsil_of_a_district_binds_the_town():
    # The tehsil is placed at its town, not at the district's seat 40 km away.
    loc = _event("Militants attacked a police post in the Kulachi tehsil of Dera Ismail Khan district.")
    town = next(p for p, _k in get().lookup("kulachi") if p.country == "PK")
    assert loc is not None and haversine(loc.lat, loc.lon, town.lat, town.lon) < 10


def test_a_quarter_the_model_calls_a_people_is_placed_in_its_holder():
    # "Abu Salim" is NORP to the model and "Abu" alone a town in India.
    loc = _event("Militias traded fire in the Abu Salim district of Tripoli after midnight.")
    assert loc is not None and loc.country == "LY"


def test_a_country_named_before_river_is_not_the_place():
    places = find_places("Fishermen were robbed on the Niger river near Diafarabe.")
    assert not any(p["feature"] == "PCLI" for p in places)


def test_a_garrison_at_a_town_makes_the_town_a_place():
    loc = _event("Rebels overran the army garrison at Babanusa in West Kordofan.")
    assert loc is not None and loc.country == "SD" and loc.precision == 1


def test_a_district_named_in_a_state_is_its_seat_there_not_a_namesake_district_elsewhere():
    # The gazetteer's Bijapur district is Karnataka's; Chhattisgarh's is known by its seat.
    loc = _event("Maoists ambushed a patrol in Bijapur district in Chhattisgarh on Monday.")
    seat = next(p for p, _k in get().lookup("bijapur") if p.admin1 == "Chhattisgarh")
    assert loc is not None and haversine(loc.lat, loc.lon, seat.lat, seat.lon) < 25


def test_fighting_spread_from_a_seat_with_no_count_is_a_place():
    # Parachinar is listed with no population (a division's seat); "spread from" cues it.
    loc = _event("Tribal fighting spread from Parachinar to the villages around it.")
    assert loc is not None and loc.country == "PK"


def test_a_town_whose_gazetteer_name_carries_city_is_found_without_it():
    # GeoNames lists some towns with their kind word ("Marawi City"); news writes "Marawi", and the
    # model tags it a person. After a locative cue the bare name is the town.
    from livedesk.geo import find_places
    places = find_places("Troops patrolled the streets in Marawi after the curfew.")
    assert [(p["country"], p["feature"][:3]) for p in places] == [("PH", "PPL")], places


@pytest.mark.parametrize("text,country", [
    ("Fighting in Panjshir continued for a third day.", "AF"),        # GeoNames keeps another name
    ("Troops burned houses in a village in Rakhine state.", "MM"),
])
def test_a_division_is_found_by_its_other_names(text, country):
    from livedesk.geo import find_places
    places = find_places(text)
    assert [(p["country"], p["feature"]) for p in places] == [(country, "ADM1")], places
