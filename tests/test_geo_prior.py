"""The report's country is a prior for every place in it, also where only its actors give it.

Sentences written for each kind (not lines of the written sets): a named armed group or a
state's forces of one country, a people's name before a noun, a province spelt as the press
spells it. Each text is read as the desk reads it (find_places, then locate over the text).
"""
from __future__ import annotations

from livedesk.geo import find_places, locate
from livedesk.geo.containers import actor_countries, text_countries


def _event(text: str):
    return locate(text, 0, len(text), find_places(text))


# --- the actors lexicon as a prior ------------------------------------------------------------

def test_a_named_group_gives_the_text_its_country():
    assert text_countries("Wazalendo militiamen set up roadblocks on Tuesday.").keys() == {"CD"}
    assert "ML" in text_countries("FAMa units patrolled the market.")


def test_generic_words_and_shared_aliases_give_no_country():
    # "insurgents" and "rebels" name nobody in particular; "SNA" is two countries' army.
    assert text_countries("Insurgents and rebels attacked; the SNA said nothing.") == {}
    assert actor_countries("insurgents shelled the rebels' positions") == set()


def test_one_group_named_twice_counts_once():
    assert text_countries("JNIM fighters attacked; JNIM said later it had lost two men.") == {"ML": 1.0}


def test_a_small_town_abroad_gives_way_to_the_one_in_the_groups_country():
    loc = _event("CODECO fighters killed five villagers outside Wamba before dawn.")
    assert loc is not None and loc.country == "CD"


def test_an_insurgent_group_places_a_town_shared_with_a_bigger_one_abroad():
    loc = _event("ELN guerrillas blew up a pipeline near Vergara on Saturday.")
    assert loc is not None and loc.country == "CO"
    loc = _event("TTP militants fired on a checkpost in Sarni overnight.")
    assert loc is not None and loc.country == "PK"


# --- a people's name before a noun, a group's name: who, not where ------------------------------

def _names(text: str) -> list[str]:
    return [p["name"] for p in find_places(text)]


def test_a_peoples_name_before_a_noun_for_people_is_no_place():
    # The recogniser calls these words places; the gazetteer knows them by no name of their
    # own, only by a loose spelling of a town abroad.
    assert _names("Kanuri traders were robbed on the road to Monguno.") == ["Monguno"]
    assert _names("Toposa raiders took cattle near Kapoeta.") == ["Kapoeta"]


def test_a_town_before_the_same_nouns_stays_a_place():
    assert "Quetta" in _names("Quetta traders shut their shops after the bombing.")


def test_a_place_word_inside_a_groups_name_is_no_place():
    assert _names("Gulf Clan gunmen shot a farmer in Tierralta.") == ["Tierralta"]
    loc = _event("Sinaloa Cartel gunmen clashed with rivals in Merino.")
    assert loc is not None and loc.name == "Merino" and loc.precision == 1


def test_a_group_said_to_be_in_a_province_keeps_the_province():
    loc = _event("Ansar al-Sunna fighters raided a village in Cabo Delgado.")
    assert loc is not None and loc.country == "MZ"


# --- a province as the press spells it -------------------------------------------------------------

def test_a_province_spelt_with_a_final_h_is_the_division():
    loc = _event("Police found three bodies on a farm in Diyalah province.")
    assert loc is not None and loc.country == "IQ" and loc.precision == 4 and loc.admin1 == "Diyala"


def test_a_province_spelt_with_a_doubled_letter_is_the_division():
    loc = _event("A roadside bomb wounded two soldiers in Wassit province on Friday.")
    assert loc is not None and loc.country == "IQ" and loc.precision == 4


def test_a_respelt_division_abroad_does_not_override_the_texts_country():
    # "Hiran" is how the press spells Somalia's Hiiraan, but not in a text about Afghanistan.
    loc = _event("Afghan police said gunmen killed two in Hiran region.")
    assert loc is None or loc.country != "SO"
    loc = _event("Somali troops clashed with militants in Hiran region.")
    assert loc is not None and loc.country == "SO" and loc.precision == 4


# --- possessive and "of northern X" holders ---------------------------------------------------------

def test_a_towns_possessive_holds_a_quarter_known_only_abroad():
    loc = _event("Gunmen killed a soldier in Mogadishu's Karaan district.")
    assert loc is not None and loc.country == "SO"
    loc = _event("Shelling hit Khartoum's Kalakla neighbourhood.")
    assert loc is not None and loc.country == "SD"


def test_a_countrys_possessive_is_not_a_town_holder():
    loc = _event("Fighting spread to Syria's Aleppo province.")
    assert loc is not None and loc.country == "SY" and loc.precision == 4


def test_the_x_region_of_northern_country_stays_in_the_country():
    loc = _event("Turkish drones struck the Gara region of northern Iraq.")
    assert loc is not None and loc.country == "IQ"
