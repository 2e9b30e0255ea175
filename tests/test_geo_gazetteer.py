"""Building and loading the gazetteer: a small index built here, the full one built once."""
from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from livedesk.errors import InputError
from livedesk.geo import gazetteer, shapes


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("gaz") / "sy.sqlite"
    gazetteer.build(path, countries={"SY"})
    return path


def test_small_build_has_towns_divisions_airfields_and_overlay(small):
    g = gazetteer.Gazetteer(small)
    names = lambda n: {p.name for p, _ in g.candidates(n)}  # noqa: E731
    assert "Tadmur" in names("Palmyra")
    assert "Dumayr Air Base" in names("Dumayr airbase")          # airportsdata + variants
    assert "Tiyas Air Base" in names("T-4")                      # curated overlay
    assert any(p.feature == "ADM1" for p, _ in g.candidates("Homs"))
    # the filter held: no Brazilian town that also answers to "Palmyra"
    assert all(p.country in ("SY", None) or p.feature in ("PCLI", "CONT", "RGN", "SEA", "AIRB")
               for p, _ in g.candidates("Palmyra"))


def test_load_is_fast_and_lookups_are_cheap(small):
    t = time.perf_counter()
    g = gazetteer.Gazetteer(small)
    g.candidates("Damascus")
    assert time.perf_counter() - t < 2.0
    t = time.perf_counter()
    for _ in range(1000):
        g.candidates("Damascus")
    assert (time.perf_counter() - t) / 1000 < 0.001


def test_racing_builds_leave_one_valid_index(tmp_path):
    path = tmp_path / "race.sqlite"
    errors = []

    def run():
        try:
            gazetteer.build(path, countries={"LB"})
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=run) for _ in range(2)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert not errors
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM places WHERE cc = 'LB'").fetchone()[0] > 10
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_user_overlay_rows_are_found_without_rebuild(small, tmp_path, monkeypatch):
    extra = tmp_path / "mine.csv"
    extra.write_text("name,alternate_names,lat,lon,country,admin1,feature,source\n"
                     "Zzyzx Outpost,Zzyzx FOB|Camp Zzyzx,35.1,36.2,SY,Hama,MILB,our own survey\n",
                     encoding="utf-8")
    monkeypatch.setenv(gazetteer.OVERLAY_ENV, str(extra))
    g = gazetteer.load(small)
    hits = g.candidates("Camp Zzyzx")
    assert hits and hits[0][0].lat == 35.1 and "our own survey" in hits[0][0].source


def test_bad_overlay_names_the_file_and_line(tmp_path, small, monkeypatch, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,alternate_names,lat,lon,country,admin1,feature,source\n"
                   "Nowhere,,north,10,SY,,PPL,x\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        gazetteer.read_overlay(bad)
    assert "bad.csv:2" in str(e.value)
    monkeypatch.setenv(gazetteer.OVERLAY_ENV, str(bad))
    g = gazetteer.load(small)          # the bad file is skipped, the rest still works
    assert g.candidates("Palmyra")
    assert "bad.csv" in capsys.readouterr().err


def test_province_codes_and_bracketed_division_names(tmp_path):
    path = tmp_path / "ca_gb.sqlite"
    gazetteer.build(path, countries={"CA", "GB"})
    g = gazetteer.Gazetteer(path)
    # iso3166-2 writes "Wales [Cymru GB-CYM]": the division answers to Wales and to Cymru.
    assert any(p.feature == "ADM1" and p.name == "Wales" for p, _ in g.candidates("Wales"))
    assert any(p.name == "Wales" for p, _ in g.candidates("Cymru"))
    # A province code is indexed under its own key, out of reach of the word it spells.
    assert [p.name for p, _ in g.lookup(gazetteer.CODE_PREFIX + "bc")] == ["British Columbia"]
    assert not any(p.name == "British Columbia" for p, _ in g.lookup("bc"))
    assert not any(p.name == "Ontario" for p, _ in g.lookup("on"))


# ---------------------------------------------------------------- country outlines (shapes.py)

def _topo(rings_by_id: dict[str, list[list[tuple[int, int]]]]) -> dict:
    """An invented TopoJSON: one arc per ring, quantised with scale 1 (positions are degrees
    after translate -180, -90), delta-encoded as the format is."""
    arcs, geoms = [], []
    for gid, rings in rings_by_id.items():
        polys = []
        for r in rings:
            q = [(x + 180, y + 90) for x, y in r + r[:1]]
            arcs.append([q[0]] + [(b[0] - a[0], b[1] - a[1]) for a, b in zip(q, q[1:])])
            polys.append([[len(arcs) - 1]])
        geoms.append({"type": "MultiPolygon", "arcs": polys, "id": gid})
    return {"type": "Topology", "transform": {"scale": [1, 1], "translate": [-180, -90]},
            "arcs": arcs, "objects": {"countries": {"type": "GeometryCollection", "geometries": geoms}}}


def test_outline_centroid_is_the_middle_of_the_main_parts():
    square = [(10, 0), (20, 0), (20, 10), (10, 10)]
    islet = [(60, 40), (61, 40), (61, 41), (60, 41)]         # far and tiny: ignored
    decoded = shapes.decode(_topo({"001": [square, islet]}))
    lat, lon = shapes.centroids(decoded)["001"]
    assert abs(lat - 5) < 0.01 and abs(lon - 15) < 0.01
    assert shapes.inside(5, 15, decoded["001"]) and not shapes.inside(5, 25, decoded["001"])


def test_outline_across_the_antimeridian_stays_one_shape():
    # An island from 178°E to 178°W, written as the format does, jumping from 180 to -180.
    ring = [(178, -10), (180, -10), (-178, -10), (-178, -8), (180, -8), (178, -8)]
    decoded = shapes.decode(_topo({"002": [ring]}))
    lat, lon = shapes.centroids(decoded)["002"]
    assert abs(lat + 9) < 0.01 and abs(abs(lon) - 180) < 0.01
    assert shapes.inside(-9, 179.5, decoded["002"]) and shapes.inside(-9, -179.5, decoded["002"])


def test_country_point_outside_its_outline_gives_way_to_the_centroid():
    outlines = shapes.decode(_topo({
        "1": [[(10, 0), (20, 0), (20, 10), (10, 10)]],
        "2": [[(30, 0), (40, 0), (40, 10), (30, 10)]],
        # an archipelago: two equal islands, the point between them stays
        "3": [[(50, 0), (52, 0), (52, 2), (50, 2)], [(56, 0), (58, 0), (58, 2), (56, 2)]]}))
    countries = {"AA": {"isonumeric": 1}, "BB": {"isonumeric": 2}, "CC": {"isonumeric": 3},
                 "DD": {"isonumeric": 1}, "EE": {"isonumeric": 99}}
    ci = {"AA": (5.0, 25.0, []),        # outside its square, ~550 km off: the centroid wins
          "BB": (2.0, 31.0, []),        # inside: kept although off-centre
          "CC": (1.0, 54.0, []),        # at sea between the islands: kept
          "EE": (7.0, 7.0, [])}         # no outline: kept
    got = gazetteer.country_points(countries, ci, outlines)
    assert abs(got["AA"][0] - 5) < 0.01 and abs(got["AA"][1] - 15) < 0.01
    assert got["AA"][2].startswith("natural-earth")
    assert got["BB"][:2] == (2.0, 31.0) and got["CC"][:2] == (1.0, 54.0) and got["EE"][:2] == (7.0, 7.0)
    assert got["DD"][2] == "natural-earth-centroid"         # no countryinfo point at all


def test_country_points_without_node_modules_fall_back_to_countryinfo():
    got = gazetteer.country_points({"AA": {"isonumeric": 1}}, {"AA": (5.0, 25.0, [])}, {})
    assert got == {"AA": (5.0, 25.0, "countryinfo")}


def _country_point(path, cc):
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT lat, lon, src FROM places WHERE feature = 'PCLI' AND cc = ?",
                           (cc,)).fetchone()
    finally:
        con.close()


@pytest.mark.skipif(shapes.atlas_path() is None,
                    reason="world-atlas not installed (npm)")
def test_build_moves_a_country_point_that_lies_outside_the_country(tmp_path):
    path = gazetteer.build(tmp_path / "kw.sqlite", countries={"KW"})
    lat, lon, src = _country_point(path, "KW")
    num = "414"         # Kuwait's ISO numeric code
    assert shapes.inside(lat, lon, shapes.country_shapes()[num]), (lat, lon, src)


def test_build_without_node_modules_keeps_the_packaged_points(tmp_path, monkeypatch):
    monkeypatch.setattr(shapes, "atlas_path", lambda: None)
    path = gazetteer.build(tmp_path / "kw.sqlite", countries={"KW"})
    assert _country_point(path, "KW")[2] == "countryinfo"


def test_a_division_of_several_islands_sits_at_the_centre_of_its_islands():
    mainland = [(0, 0), (20, 0), (20, 20), (0, 20)]
    big_isle = [(30, 0), (34, 0), (34, 4), (30, 4)]         # 16 deg², centre (2, 32)
    small_isle = [(38, 0), (40, 0), (40, 2), (38, 2)]       # 4 deg², centre (1, 39)
    shared = [(30, 10), (32, 10), (32, 12), (30, 12)]
    lone = [(38, 10), (40, 10), (40, 12), (38, 12)]
    rings = shapes.decode(_topo({"1": [mainland, big_isle, small_isle, shared, lone]}))["1"]
    towns = [(2.0, 32.0, "H"), (3.0, 33.0, "H"), (1.0, 39.0, "H"),      # H: two islands of its own
             (5.0, 5.0, "M"), (11.0, 31.0, "M"),                         # M: mainland and an island
             (10.5, 30.5, "S"), (11.5, 31.5, "T"),                       # the shared island
             (11.0, 39.0, "L"), (11.5, 39.5, "L")]                       # L: a single island
    got = shapes.island_centres(rings, towns)
    assert set(got) == {"H"}
    lat, lon = got["H"]
    assert abs(lat - (16 * 2 + 4 * 1) / 20) < 0.05 and abs(lon - (16 * 32 + 4 * 39) / 20) < 0.05
    # a town just off an island's coarse coastline still counts as on it
    assert "H" in shapes.island_centres(rings, towns + [(4.05, 33.0, "H")])
    # a town of the division anywhere else (the mainland, an islet missing from the outline)
    assert "H" not in shapes.island_centres(rings, towns + [(15.0, 15.0, "H")])
    assert "H" not in shapes.island_centres(rings, towns + [(8.0, 36.0, "H")])
    assert shapes.island_centres([mainland], towns) == {}


@pytest.mark.skipif(shapes.atlas_path() is None,
                    reason="world-atlas not installed (npm)")
def test_build_puts_hawaii_between_its_islands_and_keeps_other_states(tmp_path):
    path = gazetteer.build(tmp_path / "us.sqlite", countries={"US"})
    con = sqlite3.connect(path)
    try:
        row = lambda n: con.execute("SELECT lat, lon, src FROM places WHERE feature = 'ADM1'"  # noqa: E731
                                    " AND cc = 'US' AND name = ?", (n,)).fetchone()
        hi, va = row("Hawaii"), row("Virginia")
    finally:
        con.close()
    # not on the Big Island (19.6, -155.4) but among the islands, west of it
    assert 19.9 < hi[0] < 20.6 and -157.0 < hi[1] < -155.9 and "islands" in hi[2]
    assert va[2] == "iso3166-2"


def test_a_default_build_keeps_the_newest_other_indexes(tmp_path, monkeypatch):
    # Two desk versions sharing one cache must not delete each other's index on every start;
    # only indexes older than the newest few others go.
    import os
    monkeypatch.setenv("LIVEDESK_CACHE", str(tmp_path))
    olds = [tmp_path / f"gazetteer-v{i}-old.sqlite" for i in range(1, 5)]
    for age, p in enumerate(reversed(olds)):
        p.write_bytes(b"")
        os.utime(p, (1_000_000 - age * 1000, 1_000_000 - age * 1000))
    built = gazetteer.build(countries={"LB"})
    assert built.exists() and built.parent == tmp_path
    kept = sorted(p.name for p in tmp_path.glob("gazetteer-v*.sqlite") if p != built)
    assert kept == [olds[-1].name, olds[-2].name][::-1]
    assert len(kept) == gazetteer.KEEP_OTHER_INDEXES


def test_only_the_seat_of_government_is_the_capital():
    # Dozens of American towns are called Washington; only the one in the District of
    # Columbia is the national capital (and takes a capital's prior and context).
    capitals = [p for p, _k in gazetteer.get().lookup("washington") if p.feature == "PPLC"]
    assert [(p.country, p.admin1) for p in capitals] == [("US", "District of Columbia")]


def test_an_airport_answers_to_its_own_name_unless_a_town_there_has_it():
    from livedesk.geo.gazetteer import KIND_NAME, _airport_own_name
    assert _airport_own_name("London Heathrow Airport", "London") == "Heathrow"
    assert _airport_own_name("Chicago O'Hare International Airport", "Chicago") == "O'Hare"
    assert _airport_own_name("Bagram Air Base", "Bagram") == "Bagram"
    assert _airport_own_name("Barrow County Airport", "Winder") is None      # the county's name
    assert _airport_own_name("Kota Airport", "") == "Kota"      # the build drops it: Kota is there
    gaz = gazetteer.get()
    assert any(p.feature == "AIRP" and p.country == "GB" and kind == KIND_NAME
               for p, kind in gaz.lookup("heathrow"))
    assert not any(p.feature.startswith("AIR") for p, _k in gaz.lookup("boryspil"))
    assert not any(p.feature.startswith("AIR") for p, _k in gaz.lookup("kota"))


def test_place_names_rows_for_towns_reach_the_most_populous_town(tmp_path):
    from livedesk.geo.gazetteer import read_names
    from livedesk.geo.normalise import key
    path = tmp_path / "names.csv"
    path.write_text("# a comment\nplace,country,feature,names,why\n"
                    "Deir ez-Zor,SY,PPL,Deir Ezzor|Dair Ezzor,spellings\n"
                    "Iran,IR,PCLI,Islamic Republic,what news calls it\n", encoding="utf-8")
    names = read_names(path)
    assert names[("SY", "PPL", key("Deir ez-Zor"))] == ["Deir Ezzor", "Dair Ezzor"]
    assert names[("IR", "PCLI")] == ["Islamic Republic"]
    town = [p for p, _k in gazetteer.get().lookup(key("Dair Ezzor"))]
    assert [(p.country, p.feature) for p in town] == [("SY", "PPL")]


def test_gaza_towns_lie_in_their_own_governorates():
    # GeoNames gives Palestine two codes (Gaza Strip, West Bank) against 16 governorates:
    # each town takes the governorate whose point is nearest, not the largest town's.
    gaz = gazetteer.get()
    got = {}
    for name in ("rafah", "jabalya", "tulkarm"):
        towns = [p for p, _k in gaz.lookup(name) if p.country == "PS" and p.feature.startswith("PPL")]
        got[name] = max(towns, key=lambda p: p.population).admin1
    assert got == {"rafah": "Rafah", "jabalya": "North Gaza", "tulkarm": "Tulkarm"}
