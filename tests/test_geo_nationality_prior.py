"""A nationality adjective says less about where a text is than a place it names.

Sentences written for this test: the attacker's or the victim's nationality must not make the
place where the act happened look like a foreign word."""
from __future__ import annotations

import pytest

from livedesk.geo import find_places


@pytest.mark.parametrize("text,name,country", [
    ("Russian artillery pounded Kherson through the night, the regional governor said.", "Kherson", "UA"),
    ("A Chinese engineer was shot dead in Karachi on Sunday, police said.", "Karachi", "PK"),
    ("Iranian drones struck Erbil before dawn.", "Erbil", "IQ"),
])
def test_the_place_named_outweighs_a_nationality(text, name, country):
    places = {p["name"]: p for p in find_places(text)}
    assert name in places, places
    assert places[name]["country"] == country, places[name]


def test_a_nationality_still_breaks_a_tie_between_places():
    # two candidate readings, one place each way: the adjective tips it to its own country
    places = {p["name"]: p for p in find_places("A rocket landed inside the Green Zone in Baghdad, Iraqi officials said.")}
    assert places.get("Baghdad", {}).get("country") == "IQ", places
    assert "Green" not in places or places["Green"]["country"] == "IQ", places
