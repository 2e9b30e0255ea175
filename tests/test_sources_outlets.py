"""Outlets of the conflict beat (lexicons/sources.json): each is found by its name and its aliases,
is an outlet (not an official or an unnamed source), and relays what it quotes."""
from __future__ import annotations

import pytest

from livedesk.read.claims import attribute
from livedesk.sources import classify, lookup, origin_key, side_of


def _key(name):
    src = classify(name, side_of(name))
    return origin_key(name, src.kind, src.alignment)


@pytest.mark.parametrize("name,canonical", [
    ("Axios", "Axios"),
    ("Politico Europe", "Politico"),
    ("Punchbowl News", "Punchbowl News"),
    ("RFE/RL", "Radio Free Europe/Radio Liberty"),
    ("Radio Farda", "Radio Free Europe/Radio Liberty"),        # the services of one broadcaster
    ("Radio Azadi", "Radio Free Europe/Radio Liberty"),
    ("Al-Araby Al-Jadeed", "The New Arab"),                     # the Arabic name of the same outlet
    ("DVB", "Democratic Voice of Burma"),
    ("DMG", "Development Media Group"),
    ("Mediazona", "Mediazona"),
    ("Novaya Gazeta Europe", "Novaya Gazeta Europe"),          # the exiled paper is its own outlet
    ("Kyiv Post", "Kyiv Post"),                                 # not Kyiv's government
    ("HumAngle", "HumAngle"),
    ("Zagazola Makama", "Zagazola Makama"),
    ("The Insider", "The Insider"),
    ("The Information", "The Information"),
])
def test_outlet_lookup(name, canonical):
    src = lookup(name)
    assert src is not None and src.name == canonical
    assert classify(name).kind == "newspaper/broadcaster" and classify(name).alignment is None


@pytest.mark.parametrize("name", ["an insider", "the information", "dvb"])
def test_a_common_word_or_lower_case_short_name_is_not_the_outlet(name):
    # a paper named by a common word is that word when written in lower case; short capital
    # aliases count only in capitals
    assert lookup(name) is None


def test_novaya_gazeta_and_its_european_edition_are_two_origins():
    assert _key("Novaya Gazeta") != _key("Novaya Gazeta Europe")
    assert _key("Radio Farda") == _key("RFE/RL")


@pytest.mark.parametrize("text,claimant,via", [
    ("Axios quoted a senior Israeli official as saying that the strike had been approved on Sunday.",
     "senior Israeli official", ["Axios"]),
    ("A local commander told Radio Azadi that the Taliban had seized the district centre.",
     "local commander", ["Radio Free Europe/Radio Liberty"]),
    ("Two villagers told Mizzima that soldiers burned houses in Sagaing.", "Two villagers", ["Mizzima"]),
    ("The army spokesman told DVB that the convoy had not been attacked.", "army spokesman",
     ["Democratic Voice of Burma"]),
])
def test_outlet_relays_the_speaker_it_quotes(text, claimant, via):
    (c,) = attribute(None, text)
    assert (c.claimant, c.via) == (claimant, via)


@pytest.mark.parametrize("text,canonical", [
    ("Kyiv Post reported that a drone hit an apartment block in Odesa.", "Kyiv Post"),
    ("HumAngle reported that the insurgents abducted eleven farmers near Damboa.", "HumAngle"),
    ("Radio Farda reported that three protesters were shot in Zahedan.", "Radio Free Europe/Radio Liberty"),
])
def test_outlet_speaking_in_its_own_name(text, canonical):
    (c,) = attribute(None, text)
    assert c.canonical == canonical and c.claimant_kind == "newspaper/broadcaster" and c.via == []
