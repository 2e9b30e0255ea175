"""Building and loading the gazetteer: a small index built here, the full one built once."""
from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from livedesk.errors import InputError
from livedesk.geo import gazetteer


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
