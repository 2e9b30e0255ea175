"""Country outlines from Natural Earth (the npm package world-atlas, TopoJSON) and points
derived from them, decoded here in plain Python: no geometry package is needed.

GeoNames puts a country's point near the middle of its territory. countryinfo's points (the
CIA factbook's) mostly agree, but some lie hundreds of kilometres off (Libya, Kuwait), so the
gazetteer checks them against the outline: see gazetteer.country_points().
The outlines are optional: without node_modules every function returns nothing and the
gazetteer keeps its other points.
"""
from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[3]


def atlas_path() -> Path | None:
    """The 50m world-atlas file, in the repository's node_modules, or None."""
    for p in (_ROOT / "node_modules" / "world-atlas" / "countries-50m.json",
              Path.cwd() / "node_modules" / "world-atlas" / "countries-50m.json"):
        if p.exists():
            return p
    return None


def decode(topo: dict) -> dict[str, list[list[tuple[float, float]]]]:
    """TopoJSON countries -> {ISO numeric id: [outer ring, ...]} with rings as (lon, lat).
    Holes are dropped: a country's middle is the middle of its outer outline."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:        # quantised, delta-encoded positions
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)

    def ring(idx: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in idx:
            a = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(a[1:] if out else a)     # consecutive arcs share their end point
        # A ring crossing the antimeridian (Chukotka, Fiji) jumps by 360°: unwrap it so the
        # ring stays one shape (its centroid is wrapped back afterwards).
        for j in range(1, len(out)):
            d = out[j][0] - out[j - 1][0]
            if abs(d) > 180:
                out[j] = (out[j][0] - 360 * round(d / 360), out[j][1])
        return out

    shapes: dict[str, list] = {}
    for g in topo["objects"]["countries"]["geometries"]:
        gid = g.get("id")
        if gid is None:
            continue
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] == "MultiPolygon" else []
        shapes.setdefault(str(gid), []).extend(ring(p[0]) for p in polys if p)
    return shapes


def _ring_area_centroid(r: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Area (in degree² scaled by cos(latitude), so polar parts are not inflated) and
    centroid (lat, lon) of a ring, by the shoelace formula."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if abs(a) < 1e-12:
        lon = sum(p[0] for p in r) / len(r)
        lat = sum(p[1] for p in r) / len(r)
        return 0.0, lat, lon
    lat, lon = cy / (3 * a), cx / (3 * a)
    return abs(a) / 2 * math.cos(math.radians(lat)), lat, lon


def ring_area(r: list[tuple[float, float]]) -> float:
    return _ring_area_centroid(r)[0] if len(r) >= 3 else 0.0


def centroids(shapes: dict[str, list]) -> dict[str, tuple[float, float]]:
    """ISO numeric id -> (lat, lon): the area-weighted centroid of the country's largest
    part and of every part at least a quarter of its size, so that far-flung islands and
    overseas territories (France's, Norway's) do not drag the point out to sea."""
    out = {}
    for gid, rings in shapes.items():
        parts = [_ring_area_centroid(r) for r in rings if len(r) >= 3]
        parts = [p for p in parts if p[0] > 0]
        if not parts:
            continue
        big = max(p[0] for p in parts)
        keep = [p for p in parts if p[0] >= big / 4]
        w = sum(p[0] for p in keep)
        lon = sum(p[0] * p[2] for p in keep) / w
        out[gid] = (sum(p[0] * p[1] for p in keep) / w, (lon + 180) % 360 - 180)
    return out


def inside(lat: float, lon: float, rings: list[list[tuple[float, float]]]) -> bool:
    """Whether the point lies inside any of the rings (even-odd rule, longitudes tried as
    given and shifted by 360° for unwrapped rings)."""
    for r in rings:
        for x in (lon, lon + 360, lon - 360):
            hit = False
            for (x0, y0), (x1, y1) in zip(r, r[1:] + r[:1]):
                if (y0 > lat) != (y1 > lat) and x < x0 + (lat - y0) * (x1 - x0) / (y1 - y0):
                    hit = not hit
            if hit:
                return True
    return False


def island_centres(rings: list[list[tuple[float, float]]],
                   towns: list[tuple[float, float, str | None]],
                   min_parts: int = 2, slack: float = 0.1) -> dict[str, tuple[float, float]]:
    """Divisions made of several islands -> (lat, lon), the area-weighted centre of their
    islands. GeoNames puts an archipelago's division between its islands (Hawaii near Maui),
    where a geocoded point tends to fall on the largest island.

    `rings` are one country's outer rings; `towns` are (lat, lon, division) of its towns
    (division None when unknown). An island is any part but the country's largest; a
    division owns an island when at least 3/4 of the towns on it are the division's. A
    division qualifies when every one of its towns lies on (or within `slack` degrees of the
    bounding box of) an island it owns, and those islands are at least `min_parts`: a division
    with a town on the mainland, on an island it shares, or on an island too small for the
    outline keeps its own point."""
    parts = []
    for r in rings:
        if len(r) < 3:
            continue
        a, lat, lon = _ring_area_centroid(r)
        if a > 0:
            xs, ys = [p[0] for p in r], [p[1] for p in r]
            parts.append((a, lat, lon, r, (min(xs), max(xs), min(ys), max(ys))))
    if len(parts) < 2 or not towns:
        return {}
    main = max(range(len(parts)), key=lambda i: parts[i][0])
    towns = sorted(towns, key=lambda t: (t[0], t[1]))
    lats = [t[0] for t in towns]
    on: dict[int, int] = {}          # town -> island it lies on
    near: dict[int, list[int]] = {}  # town -> islands whose box it lies near (coarse coastline)
    owner: dict[int, str] = {}
    for i, (_a, _la, _lo, r, (x0, x1, y0, y1)) in enumerate(parts):
        if i == main:
            continue
        counts: dict[str | None, int] = {}
        for j in range(bisect_left(lats, y0 - slack), bisect_right(lats, y1 + slack)):
            lat, lon, div = towns[j]
            if not any(x0 - slack <= x <= x1 + slack for x in (lon, lon + 360, lon - 360)):
                continue
            if inside(lat, lon, [r]):
                on[j] = i
                counts[div] = counts.get(div, 0) + 1
            else:
                near.setdefault(j, []).append(i)
        if counts:
            div, n = max(counts.items(), key=lambda kv: kv[1])
            if div is not None and n >= 0.75 * sum(counts.values()):
                owner[i] = div
    mine: dict[str, set[int]] = {}
    spoilt: set[str | None] = {None}
    for j, (_lat, _lon, div) in enumerate(towns):
        if div in spoilt:
            continue
        i = on.get(j)
        if i is None:
            i = next((k for k in near.get(j, ()) if owner.get(k) == div), None)
        if i is None or owner.get(i) != div:
            spoilt.add(div)
            mine.pop(div, None)
        else:
            mine.setdefault(div, set()).add(i)
    out = {}
    for div, isles in mine.items():
        if len(isles) < min_parts:
            continue
        w = sum(parts[i][0] for i in isles)
        lat = sum(parts[i][0] * parts[i][1] for i in isles) / w
        lon = sum(parts[i][0] * parts[i][2] for i in isles) / w
        out[div] = (lat, (lon + 180) % 360 - 180)
    return out


def country_shapes() -> dict[str, list]:
    """ISO numeric code (as a string, no leading zeros) -> outer rings; {} without the atlas."""
    p = atlas_path()
    if p is None:
        return {}
    try:
        shapes = decode(json.loads(p.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {str(int(k)): v for k, v in shapes.items() if k.isdigit()}
