"""Exports on both engines: ACLED's CSV columns and values, GeoJSON geometry, filters."""
from __future__ import annotations

import csv
import io
import json

import pytest

from livedesk.export import COLUMNS, export
from livedesk.service import Desk


@pytest.fixture
def desk(db_url, settings_for, factory):
    def reader(r):
        if "Protest" in r.text:
            return factory.reading(r, sub_event_type="Peaceful protest", place="Idlib",
                                   lat=None, lon=None, day="2016-05-08", claimant="=HYPERLINK(1)",
                                   actor1="Protesters (Syria)", summary="=cmd|' /C calc'!A0")
        return factory.reading(r, sub_event_type="Armed clash", place="Tiyas Air Base",
                               lat=34.5225, lon=37.6297, day="2016-05-10", best=4, precision=2,
                               actor1="Islamic State", actor2="Military Forces of Syria (2000-)",
                               summary="ISIS fights near T-4")
    d = Desk(settings_for(db_url), reader=reader, fuser=factory.fuser)
    d.ingest_reports([factory.report("Fighting near T-4, AP says.", outlet="AP"),
                      factory.report("Protest in Idlib.", outlet="Enab Baladi")])
    yield d
    d.store.close()


def test_csv_has_acled_columns_and_values(desk):
    buf = io.StringIO()
    assert export(desk.store, "csv", buf) == 2
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert tuple(rows[0].keys()) == COLUMNS
    clash = rows[0]
    assert clash["event_date"] == "2016-05-10" and clash["year"] == "2016"
    assert clash["event_type"] == "Battles" and clash["sub_event_type"] == "Armed clash"
    assert clash["disorder_type"] == "Political violence"
    assert clash["inter1"] == "2" and clash["inter2"] == "1" and clash["interaction"] == "12"
    assert clash["iso"] == "760" and clash["country"] == "Syria" and clash["region"] == "Middle East"
    assert clash["location"] == "Tiyas Air Base"
    assert float(clash["latitude"]) == pytest.approx(34.5225)
    assert float(clash["longitude"]) == pytest.approx(37.6297)
    assert clash["geo_precision"] == "2" and clash["time_precision"] == "1"
    assert clash["fatalities"] == "4" and "AP" in clash["source"]
    assert clash["timestamp"].isdigit()


def test_csv_defuses_spreadsheet_formulas(desk):
    buf = io.StringIO()
    export(desk.store, "csv", buf, event_type="Protests")
    (row,) = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["notes"].startswith("'=cmd")
    assert row["inter1"] == "6" and row["latitude"] == "" and row["fatalities"] == "0"
    assert row["disorder_type"] == "Demonstrations"


def test_geojson_points_are_lon_lat_and_unplaced_events_kept(desk):
    buf = io.StringIO()
    export(desk.store, "geojson", buf)
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == 2
    by_type = {f["properties"]["sub_event_type"]: f for f in fc["features"]}
    assert by_type["Armed clash"]["geometry"] == {"type": "Point",
                                                  "coordinates": [37.6297, 34.5225]}
    assert by_type["Peaceful protest"]["geometry"] is None
    props = by_type["Armed clash"]["properties"]
    assert props["fatalities_best"] == 4 and props["sources"] == ["AP"]
    assert props["claims"][0]["claimant"] == "Syrian Observatory"


def test_export_filters_and_rejects_unknown_format(desk):
    buf = io.StringIO()
    assert export(desk.store, "geojson", buf, date_from="2016-05-09") == 1
    assert export(desk.store, "csv", io.StringIO(), source="Enab Baladi") == 1
    with pytest.raises(ValueError):
        export(desk.store, "xlsx", io.StringIO())


# --- columns the desk fills only where it knows them -------------------------------------------

def _csv_rows(store, **filters):
    buf = io.StringIO()
    export(store, "csv", buf, **filters)
    return list(csv.DictReader(io.StringIO(buf.getvalue())))


def test_associated_actors_come_from_the_reports_of_the_event(db_url, settings_for, factory):
    # three reports of one strike on Palmyra's grain store: two name Syria's air force, one Russia's;
    # a fourth names the jihadists as the strikers, which is a disagreement, not an alliance
    actors = {"Levant Wire": "Military Forces of Syria", "Desert Post": "Military Forces of Syria",
              "Hama Herald": "Military Forces of Russia", "Steppe News": "Islamic State"}

    def reader(r):
        return factory.reading(r, sub_event_type="Air/drone strike", actor1=actors[r.outlet],
                               actor2="Civilians (Syria)", best=5)
    d = Desk(settings_for(db_url), reader=reader)
    text = "Jets struck the grain store in Palmyra on Tuesday, killing five workers."
    d.ingest_reports([factory.report(text, outlet=o) for o in actors])
    (row,) = _csv_rows(d.store)
    assert row["actor1"] == "Military Forces of Syria"
    assert row["assoc_actor_1"] == "Military Forces of Russia"
    # generic names are nobody in particular: never listed as associated
    assert row["assoc_actor_2"] == ""
    d.store.close()


def test_source_scale_from_the_kinds_of_independent_origins():
    from livedesk.export.acled import source_scale
    ev = {"status_reason": "3 independent origins: ...",
          "origins": ["Reuters (wire agency)", "SANA (state media of Military Forces of Syria)",
                      "Amaq (militant media of Islamic State)", "Town Gazette (newspaper/broadcaster)"]}
    assert source_scale(ev) == "New media-National-International"
    # an outlet of unknown reach tells nothing: the column stays empty rather than guessed
    assert source_scale({"origins": ["Town Gazette (newspaper/broadcaster)"]}) == ""
    # hedged or unnamed reports are listed as origins only when there is no independent one
    assert source_scale({"status_reason": "unnamed or hedged reports only: Reuters (wire agency)",
                         "origins": ["Reuters (wire agency)"]}) == ""


def test_source_scale_through_the_store(db_url, settings_for, factory):
    # real fusion assesses the origins: the Observatory (a monitor) relayed by two outlets
    d = Desk(settings_for(db_url), reader=factory.reader(claimant="Syrian Observatory"))
    d.ingest_reports([factory.report("Strikes hit Palmyra, the Observatory said.", outlet="AP"),
                      factory.report("Strikes hit Palmyra, the Observatory said.", outlet="Desert Post")])
    (row,) = _csv_rows(d.store)
    assert row["source_scale"] == "Other"
    d.store.close()


def test_admin_columns_come_from_the_gazetteer_record():
    from livedesk.export.acled import row
    from livedesk.geo import gazetteer
    if not gazetteer.default_path().exists():
        pytest.skip("the gazetteer is not built here (livedesk gazetteer)")
    gaz = gazetteer.get()
    county = next(p for p, _ in gaz.candidates("Cook County") if p.admin1 == "Illinois")
    at = {"name": "Cook County", "lat": county.lat, "lon": county.lon, "country": "US", "precision": 3}
    r = row({"id": "e-1", "frame": {"location": at}})
    assert (r["admin1"], r["admin2"], r["admin3"]) == ("Illinois", "Cook County", "")
    # a town: its province from the record, no district (the gazetteer does not say which)
    town = next(p for p, _ in gaz.candidates("Manbij") if p.country == "SY")
    r = row({"id": "e-2", "frame": {"location": {"name": "Manbij", "lat": town.lat, "lon": town.lon,
                                                 "country": "SY", "geonames_id": town.geonames_id}}})
    assert r["admin1"] == town.admin1 and r["admin1"] and r["admin2"] == ""
    # a place the gazetteer has no record of leaves both empty rather than guessed
    r = row({"id": "e-3", "frame": {"location": {"name": "Nowhere Junction", "lat": 1.0, "lon": 1.0,
                                                 "country": "SY"}}})
    assert (r["admin1"], r["admin2"]) == ("", "")
