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
