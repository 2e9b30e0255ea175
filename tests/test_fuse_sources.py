"""Source identity (livedesk.sources): one source whatever name a report uses, one origin per
real-world source, for reading, fusion and the source pages alike."""
from __future__ import annotations

import pytest

from livedesk.sources import canonical_name, classify, identity, origin_key, side_of


def _key(name):
    src = classify(name, side_of(name))         # as reading and fusion call it
    return origin_key(name, src.kind, src.alignment)


@pytest.mark.parametrize("a,b", [
    ("Amaq", "Amaq News Agency"),
    ("Observatory", "Syrian Observatory for Human Rights"),
    ("SOHR", "the Observatory"),
    ("Defence Ministry", "Ministry of Defence"),
    ("Ministry of the Interior", "a spokesman for the Interior Ministry"),
    ("Ministry of Defense of Niger", "Niger Defence Ministry"),
    ("a commander of Hayat Tahrir al-Sham", "Ebaa"),                 # a group, its people, its channel
    ("a rebel faction, Jaysh al-Fatah", "Jaysh al-Fatah"),
    ("RSF spokesman", "Rapid Support Forces"),
    ("Russian Ministry of Defence", "TASS"),                         # a side's mouthpieces are the side
])
def test_one_origin_per_source(a, b):
    assert _key(a) == _key(b)


@pytest.mark.parametrize("a,b", [
    ("Associated Press", "Reuters"),
    ("Syrian Observatory for Human Rights", "Syrian Network for Human Rights"),
    ("Russian Defence Ministry", "Ukrainian General Staff"),
    ("Interior Ministry", "Defence Ministry"),
])
def test_different_sources_stay_apart(a, b):
    assert _key(a) != _key(b)


def test_a_source_page_gets_every_name_of_its_source():
    for name in ("Amaq", "Amaq News Agency", "amaq agency"):
        ident = identity(name)
        assert ident["name"] == "Amaq" and ident["kind"] == "militant media"
        assert {"Amaq", "Amaq News Agency"} <= set(ident["aliases"])
    obs = identity("Observatory")
    assert obs["name"] == "Syrian Observatory for Human Rights" and "SOHR" in obs["aliases"]
    # an unlisted office is one source however it is written
    assert identity("Ministry of Defence")["name"] == identity("Defence Ministry")["name"] == "Defence Ministry"


def test_canonical_name_keeps_a_plain_name():
    assert canonical_name("Kyiv Independent") == "Kyiv Independent"
    assert canonical_name("a spokesman for the Sudanese army") == "Sudanese army"


def test_a_person_described_as_a_groups_spokesman_speaks_for_the_group():
    from livedesk.fuse import fuse
    from livedesk.fuse.sets import mention_from_dict
    frame = {"sub_event_type": "Attack", "actor1": "Al-Shabaab", "actor2": "Civilians",
             "date_start": "2022-03-23", "date_end": "2022-03-23",
             "location": {"name": "Beledweyne", "lat": 4.74, "lon": 45.2, "country": "SO", "precision": 1}}
    person = mention_from_dict({
        "id": "a#0", "outlet": "Wire Desk", "published": "2022-03-23T12:00:00Z", "frame": frame,
        "text": "Group spokesman Abdiasis Abu Musab said its fighters carried out the Beledweyne attack.",
        "claims": [{"claimant": "Abdiasis Abu Musab", "description": "Al-Shabaab spokesman",
                    "claimant_kind": "official", "alignment": None}]})
    channel = mention_from_dict({
        "id": "b#0", "outlet": "Radio Andalus", "published": "2022-03-23T13:00:00Z", "frame": frame,
        "text": "The mujahideen struck the apostates in Beledweyne.", "claims": []})
    (e,) = fuse([person, channel])
    assert len(e.origins) == 1 and e.status == "claimed", e.status_reason


def test_newspapers_called_times_are_each_their_own():
    from livedesk import sources
    names = {n: sources.lookup(n).name for n in ("Financial Times", "the Times", "Times of India", "NYT")}
    assert len(set(names.values())) == 4, names
    assert names["NYT"] == "The New York Times"


@pytest.mark.parametrize("name", [
    "the Independent High Electoral Commission",         # a body whose name holds a paper's
    "Independent Electoral Commission",
    "the Guardian Council",
    "Reuters Institute",
    "the Jordan Times",                                  # another paper with a common-word title
    "Sunday Times",
    "at dawn",                                           # an outlet's name is never a common word alone
    "who",
])
def test_a_listed_name_inside_another_bodys_name_is_not_that_source(name):
    from livedesk import sources
    assert sources.lookup(name) is None, sources.lookup(name)


@pytest.mark.parametrize("name,listed", [
    ("Al Jazeera English", "Al Jazeera"),                # an edition of an outlet is the outlet
    ("Amaq News Agency", "Amaq"),
    ("a Reuters correspondent in Kyiv", "Reuters"),
    ("the Guardian newspaper", "The Guardian"),
    ("the Independent", "The Independent"),
])
def test_an_outlet_written_with_its_edition_or_role_is_still_found(name, listed):
    from livedesk import sources
    assert sources.lookup(name).name == listed


def test_two_agencies_of_one_state_are_two_sources_of_one_side():
    from livedesk import sources
    assert sources.lookup("Tasnim").name != sources.lookup("Fars").name
    assert _key("Tasnim") == _key("Fars News Agency")      # both speak for the same side


@pytest.mark.parametrize("a,b", [
    ("ISPR", "Pakistani military"),                      # a military's media wing speaks for it
    ("Sudan News Agency", "Sudanese army"),
    ("a WHO spokesman", "UN"),
])
def test_press_wings_and_agencies_speak_for_their_body(a, b):
    assert _key(a) == _key(b)


@pytest.mark.parametrize("a,b", [
    ("ICRC", "MSF"),
    ("Press Trust of India", "Asian News International"),
    ("Rudaw", "Kurdistan24"),
])
def test_independent_outlets_and_agencies_are_apart(a, b):
    assert _key(a) != _key(b)


@pytest.mark.parametrize("name,side", [
    ("South Sudanese army", "Military Forces of South Sudan"),      # the longest country name wins
    ("South African officials", "Military Forces of South Africa"),
    ("US officials", "Military Forces of the United States"),
    ("two officials briefed on the operation", None),               # "Operation ..." names no state
    ("a source told us", None),                                     # "us" is a pronoun in lower case
    ("Punjab police", None),                                        # a province two states share
    ("Agence France-Presse", None),                                 # a listed source: its own side (none)
    ("a Syrian Observatory spokesman", None),
])
def test_the_side_a_phrase_names(name, side):
    assert side_of(name) == side


@pytest.mark.parametrize("name", ["officials speaking on condition of anonymity",
                                  "two officials briefed on the operation",
                                  "a senior commander who asked not to be named"])
def test_officials_nobody_can_check_are_unnamed(name):
    assert classify(name, side_of(name)).kind == "unnamed"
