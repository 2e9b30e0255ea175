"""Session 13 (geo): a first-level division word after a holder; where people come from."""
from livedesk.geo import find_places, locate


def _loc(text):
    return locate(text, 0, len(text), find_places(text))


def test_division_word_makes_the_holder_a_division():
    # "Dhaka division" is Bangladesh's division, not a small Dhaka in Bihar beside an Indian
    # Gopalganj: the word says the holder is a division.
    loc = _loc("Rioters burned a bus in Gopalganj, Dhaka division, on Monday.")
    assert loc is not None and loc.country == "BD"


def test_division_word_alone_reads_the_division():
    loc = _loc("Police clashed with protesters across Dhaka division.")
    assert loc is not None and loc.country == "BD"


def test_people_from_a_province_are_not_the_event_place():
    loc = _loc("Police said three traders from Sindh were shot dead in Quetta.")
    assert loc is not None and loc.name == "Quetta"


def test_from_with_no_other_place_still_places():
    loc = _loc("Pilgrims from Karbala were stopped by police.")
    assert loc is not None and loc.country == "IQ"


def test_what_a_district_is_of_is_a_place_whatever_the_model_calls_it():
    # The model calls the province ORG and the city PERSON: "district of" / "sector of" say
    # they are places.
    loc = _loc("Taliban units searched houses in the Rukha district of Panjshir.")
    assert loc is not None and loc.country == "AF" and loc.precision <= 4
    loc = _loc("Two bus drivers were shot in the Rivera Hernandez sector of San Pedro Sula.")
    assert loc is not None and loc.country == "HN"


def test_a_province_named_says_the_country_of_a_small_cued_town():
    loc = _loc("Herders reported armed men crossing the Tibesti massif near Zouar.")
    assert loc is not None and loc.country == "TD" and loc.precision <= 2


def test_at_before_a_held_town_is_locative():
    loc = _loc("Border guards exchanged fire at Vorukh, in the Isfara district of Sughd.")
    assert loc is not None and loc.name == "Vorukh"


def test_at_alone_before_a_firm_is_no_cue():
    loc = _loc("She worked at Reuters for ten years.")
    assert loc is None or loc.country != "GB" or loc.name != "Reuters"


def test_russian_ye_after_a_vowel_reaches_the_city():
    # Nikolayev / Nikolaev: the gazetteer holds one Russian spelling of Mykolaiv's name.
    loc = _loc("Missiles hit the shipyard in Nikolayev on Tuesday night.")
    assert loc is not None and loc.admin1 == "Mykolaiv"
