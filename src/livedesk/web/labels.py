"""Place names for the map, drawn from the gazetteer by zoom: no tile server is needed to read
the map. At country scale the capitals, then ever smaller towns as the user zooms in, with the
first-level divisions (provinces, governorates) named from zoom 5.

Divisions are named at the gazetteer's point for them; the lines between them are drawn from
Natural Earth's admin-1 (web/boundaries.py).
"""
from __future__ import annotations

import os
import sqlite3
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path

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
_BUILD_LOCK = threading.Lock()
TOWN_FROM_ZOOM = max(MIN_POP) + 1     # a town without a population on record: from zoom 9


def min_zoom(feature: str, pop: int) -> int:
    """The first zoom a place is named at."""
    if feature == "PCLI":
        return 0
    if feature == "PPLC":
        return 2
    if feature == "ADM1":
        return REGIONS_FROM_ZOOM
    return next((z for z in sorted(MIN_POP) if pop and pop >= MIN_POP[z]), TOWN_FROM_ZOOM)


def index_path(gazetteer_path: Path) -> Path:
    return gazetteer_path.with_name(gazetteer_path.stem + "-labels.sqlite")


def build_index(gazetteer_path: Path) -> Path:
    """The labels' own index beside the gazetteer (named after it, so a rebuilt gazetteer gets a
    new one): only the places a map names, keyed by (first zoom, latitude). A view's query reads
    a band of one index instead of scanning the gazetteer's 270,000 places (20 ms unloaded,
    100+ ms on a busy machine; under 2 ms here)."""
    path = index_path(gazetteer_path)
    if path.exists():
        return path
    with _BUILD_LOCK:
        if path.exists():
            return path
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        con = sqlite3.connect(tmp)
        try:
            con.execute("CREATE TABLE l (minzoom INTEGER, lat REAL, lon REAL, feature TEXT,"
                        " pop INTEGER, name TEXT, cc TEXT)")
            src = sqlite3.connect(f"file:{gazetteer_path}?mode=ro&immutable=1", uri=True)
            rows = src.execute("SELECT feature, pop, lat, lon, name, cc FROM places"
                               " WHERE feature IN ('PPL', 'PPLC', 'ADM1', 'PCLI')")
            con.executemany("INSERT INTO l VALUES (?, ?, ?, ?, ?, ?, ?)",
                            ((min_zoom(f, p or 0), la, lo, f, p or 0, n, cc)
                             for f, p, la, lo, n, cc in rows))
            src.close()
            con.execute("CREATE INDEX l_zoom_lat ON l (minzoom, lat)")
            con.commit()
        finally:
            con.close()
        os.replace(tmp, path)     # whole or not at all: another process may be reading
        for other in path.parent.glob("*-labels.sqlite"):     # of gazetteers since removed
            if not other.with_name(other.name.replace("-labels.sqlite", ".sqlite")).exists():
                other.unlink(missing_ok=True)
    return path


def _connection() -> sqlite3.Connection:
    from livedesk.geo import gazetteer
    path = str(build_index(Path(gazetteer.get().path)))
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
    # A box wider than the world (or across the antimeridian) is the whole band of latitudes.
    lon_clause, lon_args = "lon BETWEEN ? AND ?", [west, east]
    if east - west >= 360:
        lon_clause, lon_args = "1", []
    elif west < -180 or east > 180:
        w, e = ((west + 540) % 360) - 180, ((east + 540) % 360) - 180
        lon_clause, lon_args = "(lon >= ? OR lon <= ?)", [w, e]
    zooms = list(range(0, zoom + 1))
    rows = _connection().execute(
        f"SELECT name, lat, lon, feature, pop, cc FROM l WHERE minzoom IN ({','.join('?' * len(zooms))})"
        f" AND lat BETWEEN ? AND ? AND {lon_clause} AND (feature <> 'PCLI' OR ? <= ?)"
        " ORDER BY CASE WHEN feature = 'PCLI' THEN ? WHEN feature = 'PPLC' THEN 1"
        " WHEN feature = 'PPL' AND pop >= ? THEN 2 WHEN feature = 'ADM1' THEN 3 ELSE 4 END,"
        " pop DESC LIMIT ?",
        # Country names first on a map of the world; once the map shows a country or two,
        # capitals, then its big towns, then provinces, then the smaller towns and the
        # neighbours' names (the page keeps the first of two labels that would overlap).
        [*zooms, south, north, *lon_args, zoom, COUNTRIES_UP_TO_ZOOM, 0 if zoom <= 4 else 5,
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
