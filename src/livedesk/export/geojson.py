"""GeoJSON (RFC 7946): one Feature per event, a Point where the place is known, else null."""
from __future__ import annotations

import json
from typing import Any, TextIO


def feature(ev: dict[str, Any]) -> dict[str, Any]:
    f = ev.get("frame") or {}
    loc = f.get("location") or {}
    geometry = None
    if loc.get("lat") is not None and loc.get("lon") is not None:
        # RFC 7946 order is longitude, latitude.
        geometry = {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}
    fat = f.get("fatalities") or {}
    props = {
        "id": ev["id"], "event_type": f.get("event_type"), "sub_event_type": f.get("sub_event_type"),
        "summary": f.get("summary"), "actor1": f.get("actor1"), "actor2": f.get("actor2"),
        "date_start": f.get("date_start"), "date_end": f.get("date_end"),
        "date_precision": f.get("date_precision"), "place": loc.get("name"),
        "country": loc.get("country"), "admin1": loc.get("admin1"),
        "where_precision": loc.get("precision"), "uncertainty_km": loc.get("uncertainty_km"),
        "fatalities_best": fat.get("best"), "fatalities_low": fat.get("low"),
        "fatalities_high": fat.get("high"), "status": ev.get("status"),
        "status_reason": ev.get("status_reason"),
        "review": (ev.get("review") or {}).get("status", "unreviewed"),
        "origins": ev.get("origins") or [],
        "sources": sorted({r["outlet"] for r in ev.get("reports") or [] if r.get("outlet")}),
        "claims": [{"claimant": c.get("claimant"), "via": c.get("via") or [],
                    "stance": c.get("stance"), "report_id": c.get("report_id")}
                   for c in ev.get("claims") or []],
        "reports": [r.get("report_id") for r in ev.get("reports") or []],
        "updated_at": ev.get("updated_at"),
    }
    return {"type": "Feature", "id": ev["id"], "geometry": geometry, "properties": props}


def write_geojson(events: list[dict[str, Any]], out: TextIO) -> None:
    json.dump({"type": "FeatureCollection", "features": [feature(e) for e in events]},
              out, ensure_ascii=False)
    out.write("\n")
