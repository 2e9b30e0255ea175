"""Place names for the map, drawn from the gazetteer by zoom: no tile server is needed to read
the map. At country scale the capitals, then ever smaller towns as the user zooms in, with the
first-level divisions (provinces, governorates) named from zoom 5.

No first-level boundary polygons ship with an npm or PyPI package under terms the project can
use (Natural Earth admin-1 is only published as a download; the packaged copies carry
chart-vendor licences), so divisions are labelled at the gazetteer's point for them instead.
"""
from __future__ import annotations

import sqlite3
import threading
import unicodedata
from functools import lru_cache

from fastapi import APIRouter, Query

from livedesk.web.api import FastJSON

router = APIRouter(prefix="/api")

# Smallest town population labelled at each zoom (Leaflet zoom levels; 6 shows Syria whole).
MIN_POP = {0: 10**12, 1: 10**12, 2: 10**12, 3: 5_000_000, 4: 1_000_000, 5: 250_000, 6: 50_000,
           7: 20_000, 8: 3_000}
# From zoom 9 every town, those GeoNames gives no population too (some district seats of tens
# of thousands, Ma'arrat an-Nu'man among them, have none on record).
REGIONS_FROM_ZOOM = 5       # first-level divisions named from here on
COUNTRIES_UP_TO_ZOOM = 6    # country names until the map is about one country wide
MAX_LABELS = 400            # the page declutters what overlaps; this bounds the answer
BIG_TOWN = 4                # a town this many times the zoom's smallest is named before provinces
SAME_PLACE_KM = 40          # a division named like a town this close is the town's label

_local = threading.local()


def _connection() -> sqlite3.Connection:
    from livedesk.geo import gazetteer
    path = str(gazetteer.get().path)
    con = getattr(_local, "con", None)
    if con is None or getattr(_local, "path", None) != path:
        # One read-only connection per thread: the server answers from a thread pool.
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True,
                              check_same_thread=False)
        _local.con, _local.path = con, path
    return con


@lru_cache(maxsize=65536)
def display(name: str) -> str:
    """A label in plain Latin letters: 'Ḩamāh' -> 'Hamah', 'Dūmā' -> 'Duma' (GeoNames' own
    names carry transliteration marks most readers do not know)."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def kind_of(feature: str) -> str:
    return {"PCLI": "country", "ADM1": "region", "PPLC": "capital"}.get(feature, "town")


def labels(west: float, south: float, east: float, north: float, zoom: int) -> list[dict]:
    """Labels inside the box for this zoom, most important first."""
    zoom = max(0, min(int(zoom), 18))
    min_pop = MIN_POP.get(zoom, 0)
    features = ["PPL"] if min_pop < 10**12 else []
    if zoom >= 2:
        features.append("PPLC")
    if zoom >= REGIONS_FROM_ZOOM:
        features.append("ADM1")
    if zoom <= COUNTRIES_UP_TO_ZOOM:
        features.append("PCLI")
    if not features:
        return []
    # A box wider than the world (or across the antimeridian) is the whole band of latitudes.
    lon_clause, lon_args = "lon BETWEEN ? AND ?", [west, east]
    if east - west >= 360:
        lon_clause, lon_args = "1", []
    elif west < -180 or east > 180:
        w, e = ((west + 540) % 360) - 180, ((east + 540) % 360) - 180
        lon_clause, lon_args = "(lon >= ? OR lon <= ?)", [w, e]
    marks = ",".join("?" * len(features))
    rows = _connection().execute(
        f"SELECT name, lat, lon, feature, pop, cc FROM places WHERE feature IN ({marks})"
        f" AND lat BETWEEN ? AND ? AND {lon_clause}"
        " AND (feature <> 'PPL' OR pop >= ?)"
        " ORDER BY CASE WHEN feature = 'PCLI' THEN ? WHEN feature = 'PPLC' THEN 1"
        " WHEN feature = 'PPL' AND pop >= ? THEN 2 WHEN feature = 'ADM1' THEN 3 ELSE 4 END,"
        " pop DESC LIMIT ?",
        # Country names first on a map of the world; once the map shows a country or two,
        # capitals, then its big towns, then provinces, then the smaller towns and the
        # neighbours' names (the page keeps the first of two labels that would overlap).
        [*features, south, north, *lon_args, min_pop, 0 if zoom <= 4 else 5,
         BIG_TOWN * min_pop, MAX_LABELS]).fetchall()
    from livedesk.geo.gazetteer import haversine
    towns = [(display(r[0]).lower(), r[1], r[2]) for r in rows if r[3] in ("PPL", "PPLC")]
    out = []
    for name, lat, lon, feature, pop, cc in rows:
        label = display(name)
        if feature == "ADM1" and any(
                t == label.lower() and haversine(lat, lon, la, lo) < SAME_PLACE_KM
                for t, la, lo in towns):
            continue
        out.append({"name": label, "lat": lat, "lon": lon, "kind": kind_of(feature),
                    "population": pop, "country": cc})
    return out


@router.get("/places", response_class=FastJSON)
def place_labels(west: float = Query(-180, ge=-540, le=540), south: float = Query(-90, ge=-90, le=90),
                 east: float = Query(180, ge=-540, le=540), north: float = Query(90, ge=-90, le=90),
                 zoom: int = Query(6, ge=0, le=18)) -> FastJSON:
    """Place labels for the map view (GeoNames via the gazetteer, CC BY)."""
    return FastJSON({"places": labels(west, south, east, north, zoom)})
