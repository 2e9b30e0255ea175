"""Resolution in context, given spans and finding places: on the full gazetteer (built once
under LIVEDESK_HOME on first use) and on the real seed post from ../shared."""
from __future__ import annotations

from pathlib import Path

import pytest

from livedesk.geo import find_places, geoparse_line, resolve_spans
from livedesk.geo.gazetteer import haversine

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "data" / "seed" / "000_f48ca591099e78ee.txt"


def _resolve(text: str, name: str) -> dict:
    i = text.index(name)
    return resolve_spans(text, [(i, i + len(name))])[0]


def test_palmyra_in_syria_when_the_text_speaks_of_syria():
    text = "Islamic State fighters advanced on Palmyra, east of Homs, in central Syria."
    p = _resolve(text, "Palmyra")
    assert p["country"] == "SY" and haversine(p["lat"], p["lon"], 34.5624, 38.284) < 15
    assert p["candidates"] and 0 < p["score"] <= 1


def test_palmyra_in_the_us_when_the_text_speaks_of_new_york():
    text = ("The Palmyra village board met on Tuesday. Wayne County deputies said the fire near "
            "Palmyra, New York, spread to a barn on the road to Rochester.")
    p = _resolve(text, "Palmyra")
    assert p["country"] == "US" and p["admin1"] == "New York"


def test_unresolvable_span_gets_nulls():
    text = "Qxqzzv is not a place."
    p = resolve_spans(text, [(0, 6)])[0]
    assert p["lat"] is None and p["lon"] is None and p["start"] == 0 and p["end"] == 6


def test_geoparse_line_given_spans_and_errors():
    out = geoparse_line({"id": "a", "text": "Shelling hit Aleppo.", "mentions": [[13, 19]]}, True)
    assert out["error"] is None and out["places"][0]["country"] == "SY"
    bad = geoparse_line({"id": "b", "text": "x", "mentions": [[0, 9]]}, True)
    assert bad["error"]["code"] == "unsupported" and bad["places"] == []
    assert geoparse_line({"id": "c"}, False)["error"]["code"] == "no_text"


@pytest.mark.skipif(not SEED.exists(), reason="shared seed data not present")
def test_seed_places_within_15_km():
    text = SEED.read_text(encoding="utf-8")
    places = find_places(text)
    expect = {"T-4": (34.5225, 37.6297), "Palmyra": (34.5624, 38.284), "Homs": (34.7268, 36.7234),
              "Dumayr": (33.61, 36.75), "Damascus": (33.5102, 36.2913), "Hmeemeem": (35.4011, 35.9487)}
    for name, (lat, lon) in expect.items():
        got = [p for p in places if name in p["name"] and p["feature"] != "ADM1"]
        assert got, name
        assert all(haversine(lat, lon, p["lat"], p["lon"]) <= 15 for p in got), (name, got[0])
    # contract fields
    for p in places:
        assert {"start", "end", "name", "lat", "lon", "geonames_id", "country", "feature", "score"} <= set(p)
        assert text[p["start"]:p["end"]] == p["name"]
    assert not [p for p in places if "Bayan" in p["name"]]       # Al-Bayan is a radio station


def test_state_written_after_the_town_decides():
    text = "A fire in Paris, Texas, and a flood in Alexandria, La., closed roads."
    places = resolve_spans(text, [(10, 15), (39, 49)])
    assert places[0]["admin1"] == "Texas"
    assert places[1]["admin1"] == "Louisiana"


def test_long_text_is_read_in_chunks():
    para = "Shelling hit the outskirts of Idlib on Monday, residents said.\n"
    text = para * 3000          # ~190,000 characters, over one chunk
    places = find_places(text)
    assert len(places) == 3000 and {p["country"] for p in places} == {"SY"}
    assert all(text[p["start"]:p["end"]] == "Idlib" for p in places)


def test_given_doc_is_used(tmp_path):
    import spacy
    text = "Fighting was reported near Kharkiv."
    nlp = spacy.blank("en")
    doc = nlp(text)
    doc.ents = [doc.char_span(27, 34, label="GPE")]
    places = find_places(text, doc)
    assert [p["name"] for p in places] == ["Kharkiv"] and places[0]["country"] == "UA"


@pytest.mark.parametrize("obj", [
    ["not", "an", "object"],
    {"id": 1, "text": 5},
    {"id": 2, "text": "Homs", "mentions": [["a", "b"]]},
    {"id": 3, "text": "Homs", "mentions": [[3, 1]]},
    {"id": 4, "text": "Homs", "mentions": "0-4"},
])
def test_bad_geoparse_lines_are_reported_not_raised(obj):
    out = geoparse_line(obj, True)
    assert out["error"] and out["error"]["code"] and out["places"] == []


def test_odd_text_does_not_break_finding():
    for text in ["", "   \n ", "ʿ" * 50, "Al-", "T-", "\u200bHoms\u200b", "A" * 5000]:
        assert isinstance(find_places(text), list)


def test_two_ambiguous_names_agree_where_they_meet():
    # Neither name says its state and both have namesakes in several states; the pair lies
    # together only in Tennessee (Franklin is the seat of Williamson County there), so the
    # county must not drift to its larger namesake in Texas.
    text = "Franklin aldermen and Williamson County commissioners met on the budget."
    places = resolve_spans(text, [(0, 8), (22, 39)])
    assert [(p["country"], p["admin1"]) for p in places] == [("US", "Tennessee")] * 2
    # A country that shares its name with a US town loses to the town when a county of the
    # kind only the US has is named beside it.
    text = "Lebanon school buses and Boone County road crews were out before dawn."
    places = resolve_spans(text, [(0, 7), (25, 37)])
    assert places[0]["country"] == "US" and places[0]["feature"] == "PPL"


def test_unknown_name_lies_where_the_document_clusters():
    # A made-up street has no candidate: it is placed at the town the other names gather
    # around (Broken Arrow is next to Tulsa), not at whichever name comes first.
    text = "Crews in Tulsa and Broken Arrow, Oklahoma, repaired Qwxzy Lane and the Tulsa bridge."
    i = text.index("Qwxzy Lane")
    places = resolve_spans(text, [(9, 14), (19, 31), (33, 41), (i, i + 10)])
    assert places[3]["lat"] is not None and places[3]["score"] < 0.1
    assert haversine(places[3]["lat"], places[3]["lon"], 36.154, -95.993) < 40


def test_ap_state_abbreviation_is_the_state_not_a_country_code():
    # "Ind." folds to the same key as India's code IND; written with a period in lower case
    # it is the AP abbreviation for Indiana.
    text = "The plant in Kokomo, Ind., and one in Tennessee closed."
    i = text.index("Ind.")
    p = resolve_spans(text, [(i, i + 4), (text.index("Tennessee"), text.index("Tennessee") + 9)])[0]
    assert p["country"] == "US" and p["admin1"] == "Indiana"


def test_capitalised_province_code_is_the_province():
    text = "Crews fought fires near Kelowna, BC, and on the coast of Wales."
    i, j = text.index("BC"), text.index("Wales")
    bc, wales = resolve_spans(text, [(i, i + 2), (j, j + 5)])
    assert bc["country"] == "CA" and bc["feature"] == "ADM1" and bc["resolved_name"] == "British Columbia"
    assert wales["country"] == "GB" and wales["feature"] == "ADM1"


def test_english_county_among_english_places_is_the_county():
    # Kent, Norfolk and Hampshire are also New England towns with populations on record;
    # a county has none in the gazetteer but must still win where the text is English.
    text = ("The touring cars left Silverstone for Snetterton in Norfolk, then raced in Kent "
            "and Hampshire before the UK finale.")
    names = ["Silverstone", "Snetterton", "Norfolk", "Kent", "Hampshire", "UK"]
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    places = resolve_spans(text, spans)
    assert all(p["country"] == "GB" for p in places), [(p["name"], p["country"]) for p in places]


def test_adjective_of_a_country_or_province_names_it():
    # No demonym list holds these; the adjective's root does.
    text = "Crimean and Bavarian officials met Korean envoys."
    names = ["Crimean", "Bavarian", "Korean"]
    places = resolve_spans(text, [(text.index(n), text.index(n) + len(n)) for n in names])
    assert [(p["country"], p["feature"]) for p in places] == [("UA", "ADM1"), ("DE", "ADM1"), ("KR", "PCLI")]


def test_a_guessed_reading_does_not_become_the_documents_place():
    # "Royal Street" is found only through part of itself (a town called Royal City far
    # away); named three times, it must not pull the unknown hall, or itself, out of
    # Natchitoches, which the text names with its state.
    text = ("The parade on Royal Street passed Qwxzy Hall in Natchitoches, Louisiana; Royal Street "
            "closed at noon and Royal Street reopened.")
    starts = [i for i in range(len(text)) if text.startswith("Royal Street", i)]
    spans = [(s, s + 12) for s in starts]
    for n in ("Qwxzy Hall", "Natchitoches", "Louisiana"):
        spans.append((text.index(n), text.index(n) + len(n)))
    places = resolve_spans(text, spans)
    for p in places[:3] + places[3:4]:          # the streets and the hall
        assert haversine(p["lat"], p["lon"], 31.76, -93.09) < 50, p


def test_state_code_written_after_the_town_decides():
    text = "Police in Paris, TX, and Dublin, OH, said the storms had passed."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Paris", "Dublin")]
    places = resolve_spans(text, spans)
    assert [(p["country"], p["admin1"]) for p in places] == [("US", "Texas"), ("US", "Ohio")]


class _FakeGazetteer:
    """Invented places under their name keys, answering lookups as the real index does."""

    def __init__(self, places):
        from livedesk.geo.normalise import key
        self.rows: dict = {}
        for p in places:
            self.rows.setdefault(key(p.name), []).append((p, 0))

    def lookup(self, k, limit=30):
        return tuple(self.rows.get(k, ()))


def _invented(name, feature, pop, pid):
    from livedesk.geo.gazetteer import Place
    return Place(pid, name, 10.0 + pid, 20.0, "XX", None, feature, pop, None, "test")


def test_an_adjective_a_hamlet_bears_names_the_area():
    from livedesk.geo.resolve import lookup
    # (a division carries the population of its towns, as the built index gives it)
    gaz = _FakeGazetteer([_invented("Vornish", "PPL", 600, 1), _invented("Vornland", "ADM1", 3_000_000, 2)])
    cands, _cue = lookup("Vornish", gaz)
    assert max(cands, key=lambda t: t[1])[0].name == "Vornland"
    # a real town of that name stays the reading
    gaz = _FakeGazetteer([_invented("Vornish", "PPL", 80_000, 1), _invented("Vornland", "ADM1", 3_000_000, 2)])
    assert [p.name for p, _ in lookup("Vornish", gaz)[0]] == ["Vornish"]


def test_a_bare_stem_names_its_area_only_when_nothing_else_does():
    from livedesk.geo.resolve import lookup
    gaz = _FakeGazetteer([_invented("Quellia", "PCLI", 2_000_000, 3)])
    assert [p.name for p, _ in lookup("Quell", gaz)[0]] == ["Quellia"]       # "Serb" -> Serbia
    gaz = _FakeGazetteer([_invented("Quell", "PPL", 900, 4), _invented("Quellia", "PCLI", 2_000_000, 3)])
    assert [p.name for p, _ in lookup("Quell", gaz)[0]] == ["Quell"]         # hamlet Victor is not Victoria


def _spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    out, at = [], 0
    for n in names:
        i = text.index(n, at)
        out.append((i, i + len(n)))
        at = i + len(n)
    return out


def test_a_capital_whose_country_is_named_beats_a_namesake_abroad_on_its_division():
    # Washington, Tyne and Wear lies in England, which every other place here is in; the
    # United States is named too, so its capital is not outvoted by England's towns.
    text = ("British officials in London said diplomats were expelled after the attack in "
            "Salisbury, and police in Manchester and Leeds were on alert. In Washington, the "
            "United States said the expelled Russians had left.")
    names = ["British", "London", "Salisbury", "Manchester", "Leeds", "Washington", "United States"]
    got = resolve_spans(text, _spans(text, names))
    assert got[5]["country"] == "US" and got[5]["admin1"] == "District of Columbia"
    assert got[2]["country"] == "GB" and got[3]["country"] == "GB"


def test_an_air_base_named_alone_is_the_base():
    text = "Tankers took off from Incirlik in southern Turkey while drones flew from Bagram."
    got = resolve_spans(text, _spans(text, ["Incirlik", "Turkey", "Bagram"]))
    assert (got[0]["country"], got[0]["feature"]) == ("TR", "AIRB")
    assert (got[2]["country"], got[2]["feature"]) == ("AF", "AIRB")      # not Bahram, Iran


def test_lying_near_a_metropolis_is_weak_evidence():
    # A village 20 km from a metropolis is no likelier than a bigger namesake far away just
    # because the metropolis is named: a great many places lie near it. Near a town, it is.
    from livedesk.geo.context import contextualise
    from livedesk.geo.gazetteer import Place

    def place(i, lat, lon, pop):
        return Place(i, f"p{i}", lat, lon, "GB", "A", "PPL", pop, None, "test")
    village, far = place(1, 51.40, -0.30, 300), place(2, 57.48, -4.22, 20_000)
    for anchor_pop, village_wins in ((9_000_000, False), (60_000, True)):
        probs = contextualise([[(village, 3.0), (far, 4.0)],
                               [(place(3, 51.51, -0.13, anchor_pop), 6.0)]])
        assert (probs[0][0] > probs[0][1]) is village_wins


def test_a_town_named_like_a_state_needs_more_than_nearness():
    # A village called Florida near two towns the story names is not thereby the reading of
    # "Florida" over the state; nearness counts, but at most half as much as for other names.
    from livedesk.geo.context import contextualise
    from livedesk.geo.gazetteer import Place

    def place(i, lat, lon, a1, feature="PPL"):
        return Place(i, f"p{i}", lat, lon, "US", a1, feature, 0, None, "test")
    state, village = place(1, 27.8, -81.5, "Florida", "ADM1"), place(2, 41.33, -74.36, "Y")
    probs = contextualise([[(state, 6.5), (village, 3.45)],
                           [(place(3, 41.40, -74.30, "X"), 4.7)],
                           [(place(4, 41.25, -74.45, "X"), 4.7)]])
    assert probs[0][0] > probs[0][1]


def test_a_body_named_with_an_areas_adjective_is_that_areas():
    text = ("Officials of the European Commission met envoys of the African Union in Addis "
            "Ababa, while pupils of the British International School in Cairo looked on.")
    names = ["European Commission", "African Union", "Addis Ababa", "British International School",
             "Cairo"]
    got = resolve_spans(text, _spans(text, names))
    assert (got[0]["feature"], got[0]["resolved_name"]) == ("CONT", "Europe")
    assert (got[1]["feature"], got[1]["resolved_name"]) == ("CONT", "Africa")
    assert got[3]["country"] != "GB"        # a school abroad, not in Britain


def test_the_islamic_republic_is_iran():
    text = "Sanctions on the Islamic Republic were eased after talks in Vienna."
    got = resolve_spans(text, _spans(text, ["Islamic Republic", "Vienna"]))
    assert got[0]["country"] == "IR" and got[0]["feature"] == "PCLI"


def test_a_small_town_named_like_its_region_is_the_town():
    # Ménaka (about 14,000 people) is the seat of Ménaka region, which is bigger: "near
    # Menaka" in a report is the town, as "near Gao" is, and the list does not make them
    # regions.
    text = "Armed men were seen near Menaka and Gao in northern Mali."
    got = resolve_spans(text, _spans(text, ["Menaka", "Gao", "Mali"]))
    assert [(g["country"], g["feature"]) for g in got[:2]] == [("ML", "PPL"), ("ML", "PPL")]


def test_heathrow_alone_is_the_airport():
    text = "Flights resumed at Heathrow on Monday."
    got = resolve_spans(text, _spans(text, ["Heathrow"]))[0]
    assert (got["country"], got["feature"]) == ("GB", "AIRP")       # not Heathrow, Florida


def test_transliterations_of_war_towns_reach_the_town():
    # Sloviansk is also a stray alternate name of Nikopol; Deir Ezzor, with the article
    # fused, is how wire copy spells the city (the governorate is spelled so too).
    for name, country, lat, lon in (("Sloviansk", "Ukraine", 48.85, 37.60),
                                    ("Deir Ezzor", "Syria", 35.34, 40.14)):
        text = f"Heavy fighting was reported in {name}, {country}, on Sunday."
        got = resolve_spans(text, _spans(text, [name, country]))[0]
        assert got["feature"] == "PPL" and haversine(lat, lon, got["lat"], got["lon"]) < 10, name


def test_camps_and_quarters_of_todays_wars_are_in_the_overlay():
    text = ("Families fled El Fasher for Tawila and the Zamzam camp, while strikes hit "
            "Shujaiya in Gaza City and Dahiyeh in Beirut.")
    names = ["El Fasher", "Tawila", "Zamzam", "Shujaiya", "Gaza City", "Dahiyeh", "Beirut"]
    got = resolve_spans(text, _spans(text, names))
    assert [g["country"] for g in got] == ["SD", "SD", "SD", "PS", "PS", "LB", "LB"]
    assert haversine(got[1]["lat"], got[1]["lon"], 13.63, 25.35) < 80      # Tawila, not Yemen


def test_news_spellings_reach_towns_geonames_spells_otherwise():
    text = "Turkish shelling hit Serekaniye and Tal Tamr, and Israeli jets struck the Bekaa valley."
    got = resolve_spans(text, _spans(text, ["Serekaniye", "Tal Tamr", "Bekaa valley"]))
    assert [(g["country"], g["feature"]) for g in got] == [("SY", "PPL"), ("SY", "PPL"), ("LB", "RGN")]


def test_a_seat_with_no_count_is_a_town_not_a_hamlet():
    # cities500 lists a town under 500 people only as a division's seat, so a town with no
    # count (many Syrian towns have lost theirs) ranks as a town of a few thousand.
    from livedesk.geo.gazetteer import KIND_NAME, Place
    from livedesk.geo.resolve import _prior

    def prior(pop):
        return _prior(Place(1, "x", 0.0, 0.0, "SY", "A", "PPL", pop, None, "test"), KIND_NAME,
                      None, False, set())
    assert prior(1_000) < prior(0) < prior(10_000)
