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
