"""Where an event happened: the place its sentences name, read with the words around it.

"40 miles from Palmyra", "north of the base", "between Palmyra and Homs", "in the province of
Homs", "the outskirts of Aleppo" each give a point with an uncertainty radius and a UCDP where
precision (1 exact, 2 within ~25 km of a known place, 3 second-level division, 4 first-level
division, 5 region or road, 6 country). Among the places a passage names, the most specific
one wins; a place that only serves as a landmark for another ("Tayfur air base, located 40
miles from Palmyra") does not.
"""
from __future__ import annotations

import math
import re

from livedesk.geo.gazetteer import get, haversine
from livedesk.geo.normalise import key
from livedesk.model import Location

_BEARINGS = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180,
             "southwest": 225, "west": 270, "northwest": 315}
_DIR = r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?"
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0,
            "kilometer": 1.0, "miles": 1.609, "mile": 1.609, "mi": 1.609}
_NUM_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20,
              "thirty": 30, "forty": 40, "fifty": 50, "a few": 5, "several": 10, "a dozen": 12}
# What may stand between a relative phrase and the place it hangs on.
_GAP = r"(?:the\s+)?(?:(?:city|town|village|province|outskirts|suburbs|governorate|region)\s+of\s+(?:the\s+)?)?"
_DIST_BEFORE = re.compile(
    rf"(\d+(?:[.,]\d+)?|{'|'.join(_NUM_WORDS)})\s*-?\s*(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile|mi)\b"
    rf"(?:\s+\(\d+\s*\w+\))?\s*(?:to\s+the\s+)?(?:{_DIR}\s+)?(?:of|from|outside|away\s+from)\s+{_GAP}$", re.I)
_DIR_BEFORE = re.compile(rf"(?:to\s+the\s+|just\s+)?{_DIR}\s+of\s+{_GAP}$", re.I)
_NEAR_BEFORE = re.compile(
    rf"\b(near|nearby|outside|around|close\s+to|on\s+the\s+outskirts\s+of|outskirts\s+of|"
    rf"the\s+outskirts\s+of|vicinity\s+of|suburbs?\s+of|countryside\s+of|in\s+the\s+area\s+of|"
    rf"on\s+the\s+edge\s+of|approaches\s+to)\s+{_GAP}$", re.I)
_BETWEEN = re.compile(r"\b(between|linking|connecting|from)\s+(?:the\s+)?$", re.I)
_AND_TO = re.compile(r"^\s*(?:and|to|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$", re.I)
_ROAD = re.compile(r"\b(road|highway|motorway|route|supply\s+line|supply\s+route|corridor|front\s*line)\b", re.I)
# A place named to say where someone is based or what lies across a border is a reference, not
# where the event happened: "the London-based monitor", "across the border from Turkey's Kilis
# province", "Syria's neighbour Jordan", "near the border with Iraq".
_REF_BEFORE = re.compile(
    r"(?:\bbased\s+in|\bacross\s+the\s+border\s+(?:from|in)|\bover\s+the\s+border\s+(?:from|in)|"
    r"\bborder\s+with|\bbordering|\bneighbou?ring|\bneighbou?r)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?$")
_REF_AFTER = re.compile(r"^(?:-based\b|\s+based\b|['’]s\s+neighbou?r)")
# "a supply route to Palmyra", "advanced towards the city of Palmyra": the place is where the road
# or the advance leads, not where the event happened.
_TOWARDS_BEFORE = re.compile(r"\btowards?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:city|town|village)\s+of\s+)?$", re.I)
_ROUTE_TO_BEFORE = re.compile(
    rf"\b(?:road|highway|motorway|route|supply\s+line|supply\s+lines|supply\s+route|corridor)"
    rf"(?:\s+[\w-]+){{0,6}}?\s+(?:to|into)\s+{_GAP}$", re.I)
_BASE_REF = re.compile(r"\bthe\s+(?:air\s*base|airbase|base|airport|airfield)\b", re.I)
_TOWN_REF = re.compile(r"\bthe\s+(?:city|town|village)\b", re.I)

_SITE = ("AIRB", "AIRP", "MILB")
# Words between a place and what the text says holds it ("Busoni (Busoni, Kirundo)", "Basira in
# Deir-ez-Zor countryside", "the Hodan district of Mogadishu", "Qala i Naw in Ghor province"):
# the holder is named to say where the first place is, not where the event happened.
_CONTAINS = re.compile(r"(?:\s+(?:city|town|village|camp|area))?(?:\s*\((?:[^()]*,\s*)?|\s+in\s+(?:the\s+)?"
                       r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
                       r"|\s+(?:district|sub-district|subdistrict|neighbou?rhood|quarter|suburb|commune|locality)\s+of\s+(?:the\s+)?"
                       r"|\s+of\s+(?:the\s+)?)")
_COMMA_CLAUSE = re.compile(r",[^.;:\n]*")
_CITY_NEXT = re.compile(r"\s+city\b", re.I)
_ERN_WORD = re.compile(r"^\w+ern\s", re.I)
_DATELINE_AFTER = re.compile(r"^(?:,?\s*[A-Za-z.]+(?:\s+\d{1,2})?)?\s*(?:[—–-]|\(|:)")
_CAPITAL_NEXT = re.compile(r"\s+capital\b")
_DIR_OF_REF = re.compile(rf"(?:to\s+the\s+)?{_DIR}\s+of\s+the\s+(?:air\s*base|airbase|base|city|town|village|airport)",
                         re.I)

# Per-text memo of the tests that depend only on the text and a place's span (and feature):
# locate runs once per event frame over the same places, and these regex tests dominated it.
_MEMO: tuple[str | None, dict] = (None, {})


def _memo(text: str) -> dict:
    global _MEMO
    m = _MEMO
    if m[0] is not text:
        m = _MEMO = (text, {})
    return m[1]


def _per_span(text: str, tag: str, p: dict, test) -> bool:
    """test(text, p), computed once per text and span."""
    memo = _memo(text)
    k = (tag, p["start"], p["end"])
    got = memo.get(k)
    if got is None:
        got = memo[k] = test(text, p)
    return got


# Words one of which each relative phrase before a place must contain (lower case): a window
# without any of them cannot match, so its regex is skipped. Only ASCII windows are gated (under
# re.I a few non-ASCII letters match ASCII ones: 'ſ', 'K', 'ı', 'İ').
_TRIGGERS = {
    _DIST_BEFORE: ("km", "kilomet", "mi"),
    _DIR_BEFORE: ("north", "south", "east", "west"),
    _ROUTE_TO_BEFORE: ("road", "highway", "motorway", "route", "supply", "corridor"),
    _TOWARDS_BEFORE: ("toward",),
    _NEAR_BEFORE: ("near", "outside", "around", "close", "outskirts", "vicinity", "suburb",
                   "countryside", "area", "edge", "approaches"),
}


def _search_gated(pattern: re.Pattern, before: str, low: str | None):
    """pattern.search(before), skipped when `low` (before lower-cased, None for non-ASCII text)
    lacks every trigger word of the pattern."""
    if low is not None and not any(w in low for w in _TRIGGERS[pattern]):
        return None
    return pattern.search(before)


def _offset(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    b = math.radians(bearing_deg)
    dlat = km * math.cos(b) / 111.2
    dlon = km * math.sin(b) / (111.2 * max(0.1, math.cos(math.radians(lat))))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def _bearing(word: str | None) -> float | None:
    if not word:
        return None
    return _BEARINGS.get(word.lower().replace("-", "").replace("ern", ""))


def _number(s: str) -> float:
    s = s.lower()
    return float(_NUM_WORDS.get(s, s.replace(",", ".") if s.count(",") == 1 and len(s.split(",")[1]) != 3
                                else s.replace(",", "")))


_PROVINCE_NAME = re.compile(r"(?:\s(?:province|governorate|oblast)$|^(?:province|governorate) of\s)", re.I)


def _feature(p: dict) -> str:
    """The place's feature code; a name the text calls a province ("Homs province") is the
    province even when the gazetteer matched its namesake town."""
    f = p.get("feature") or "PPL"
    if f.startswith("PPL") and _PROVINCE_NAME.search(p.get("name") or "") and p.get("admin1"):
        return "ADM1"
    return f


# A name written with a second-level division's word: the place is that division.
_DISTRICT_NAMED = re.compile(r"\s(?:district|county|sub-county|LGA|territory|cercle|raion|rayon|"
                             r"township|locality|commune|woreda|prefecture|department)$", re.I)


def _precision_of(p: dict) -> int:
    f = _feature(p)
    if f in _SITE:
        return 1
    if p.get("container") and f.startswith("PPL"):
        return 2        # a quarter or village placed at the town the text says holds it
    if f.startswith("PPL") and _DISTRICT_NAMED.search(p.get("name") or ""):
        return 3        # "Nad Ali district": a district the gazetteer knows by its seat
    return {"ADM2": 3, "ADM1": 4, "RGN": 5, "SEA": 5, "STM": 5, "CONT": 5, "PCLI": 6, "PCLS": 6}.get(f, 1)


def _uncertainty_of(p: dict) -> float:
    f = _feature(p)
    if f.startswith("PPL") and _DISTRICT_NAMED.search(p.get("name") or ""):
        return 30       # as a district: the seat's point, the district's reach
    return {"AIRB": 3, "AIRP": 3, "MILB": 3, "ADM2": 30, "ADM1": 100, "RGN": 150, "SEA": 300,
            "STM": 100, "CONT": 2000, "PCLI": 500, "PCLS": 500}.get(f, 5 if f != "PPLC" else 10)


def _capital_point(p: dict) -> tuple[float, float, int | None] | None:
    """The seat of a first-level division, for "Deir Ezzor city", "Raqqa city". A province
    named after its capital (Homs, Idlib, Kharkiv) finds it by name."""
    if not p.get("country") or not p.get("admin1"):
        return None
    gaz = get()
    best = None
    names = {key(p["name"]), key(p.get("resolved_name") or ""), key(p["admin1"])}
    for nm in names:
        for k in {nm, re.sub(r"\s+(province|governorate|oblast|region|state)$", "", nm),
                  re.sub(r"^(province|governorate) of\s+", "", nm)}:
            for c, _kind in gaz.lookup(k):
                if (c.country == p["country"] and c.admin1 == p["admin1"]
                        and c.feature.startswith("PPL") and (best is None or c.population > best.population)):
                    best = c
    return (best.lat, best.lon, best.geonames_id) if best else None


_RURAL_BEFORE = re.compile(r"\b[Rr]ural\s+$")
_COUNTRYSIDE_NEXT = re.compile(r"\s+(?:countryside|province|governorate|region)\b", re.I)
_DIVISION_END = re.compile(r"\s(?:province|region|state|governorate|oblast|district|department)$", re.I)


def _province_point(p: dict) -> tuple[float, float] | None:
    """The point of the first-level division a town lies in."""
    for c, _kind in get().lookup(key(p["admin1"])):
        if c.feature == "ADM1" and c.country == p.get("country") and c.admin1 == p["admin1"]:
            return c.lat, c.lon
    return None


def _loc(p: dict, name: str, lat: float, lon: float, precision: int, unc: float,
         gid=None) -> Location:
    return Location(name=name, lat=round(lat, 5), lon=round(lon, 5), country=p.get("country"),
                    admin1=p.get("admin1"), precision=precision, geonames_id=gid,
                    uncertainty_km=round(unc, 1))


def _reading(text: str, p: dict, places: list[dict]) -> tuple[Location, bool]:
    """The Location one mention gives with the words before it, and whether it serves only as a
    landmark for a place named just before it ("X, 40 miles from <p>")."""
    before = text[max(0, p["start"] - 80):p["start"]]
    low = before.lower() if before.isascii() else None
    name = text[p["start"]:p["end"]]
    lat, lon = p["lat"], p["lon"]
    gid = p.get("geonames_id")
    # "Tayfur air base, located 40 miles from Palmyra": a town or base named just before, set
    # off by a comma, is what the phrase places; Palmyra is only its landmark.
    before_it = [q for q in places if q is not p and q["end"] <= p["start"] and p["start"] - q["end"] < 70
                 and q.get("lat") is not None]
    # ... and a place named to say what holds the one before it is that one's landmark too.
    # Only a town, a site or a division is held: not a people or a country ("the Syrian city
    # of Aleppo" names Aleppo as the place), nor a river ("the Euphrates in Raqqa").
    holds = any(not q.get("nationality") and (q.get("feature") or "").startswith(("PPL", "ADM", *_SITE))
                and _CONTAINS.fullmatch(text, q["end"], p["start"]) is not None for q in before_it)
    prev_named = holds or any(_precision_of(q) <= 3 and _COMMA_CLAUSE.fullmatch(text[q["end"]:p["start"]])
                              is not None for q in before_it)
    m = _search_gated(_DIST_BEFORE, before, low)
    if m:
        km = _number(m.group(1)) * _UNIT_KM[m.group(2).lower()]
        bearing = _bearing(m.group(3))
        phrase = text[p["start"] - (len(before) - m.start()):p["end"]]
        if bearing is not None:
            la, lo = _offset(lat, lon, bearing, km)
            unc = max(5.0, 0.3 * km)
        else:
            la, lo, unc = lat, lon, km
        return _loc(p, phrase, la, lo, 2 if unc <= 25 else 3, unc), prev_named
    m = _search_gated(_DIR_BEFORE, before, low)
    if m:
        phrase = text[p["start"] - (len(before) - m.start()):p["end"]]
        bearing = _bearing(m.group(1))
        prec = _precision_of(p)
        if prec >= 4:      # "northern Syria", "east of Homs province": a part of an area
            return _loc(p, phrase, lat, lon, min(prec + 1, 6) if prec < 6 else 6,
                        _uncertainty_of(p)), prev_named
        la, lo = _offset(lat, lon, bearing or 0, 15.0)
        return _loc(p, phrase, la, lo, 2, 20.0), prev_named
    if _search_gated(_ROUTE_TO_BEFORE, before, low):
        # Somewhere on the road that leads there: a road's precision, tens of km either way.
        prec = max(5, _precision_of(p))
        return _loc(p, name, lat, lon, prec, max(50.0, _uncertainty_of(p))), prev_named
    m = _search_gated(_TOWARDS_BEFORE, before, low)
    if m and _precision_of(p) <= 2:
        # An advance towards a town happens on its approaches, not in it.
        return _loc(p, name, lat, lon, 2, max(25.0, _uncertainty_of(p)), gid), prev_named
    m = _search_gated(_NEAR_BEFORE, before, low)
    if m:
        phrase = text[p["start"] - (len(before) - m.start()):p["end"]]
        prec = _precision_of(p)
        if prec >= 3:
            return _loc(p, phrase, lat, lon, prec, _uncertainty_of(p), gid), False
        return _loc(p, phrase, lat, lon, 2, max(15.0, _uncertainty_of(p)), gid), False
    prec = _precision_of(p)
    if prec == 4:
        cap = _capital_point(p)
        if cap and _CITY_NEXT.match(text[p["end"]:p["end"] + 6]):
            # "Deir Ezzor city", "Raqqa city": the provincial capital, not the province.
            return _loc(p, name + " city", cap[0], cap[1], 1, 10.0, cap[2]), False
        # A text that names only the province is placed at the province, with its radius:
        # its seat would claim a town the text does not name.
    worded = name.lower().endswith(" countryside")
    if prec <= 2 and p.get("admin1") and (worded or _COUNTRYSIDE_NEXT.match(text, p["end"])
                                          or _RURAL_BEFORE.search(text, max(0, p["start"] - 10), p["start"])):
        # "the Deir-ez-Zor countryside", "Idlib countryside", "rural Hama": the province
        # around the town.
        prov = _province_point(p)
        if prov:
            return _loc(p, name if worded else name + " countryside", prov[0], prov[1], 4, 100.0), holds
    if _ERN_WORD.match(name) and prec >= 4 and not _DIVISION_END.search(name):
        return _loc(p, name, lat, lon, min(prec + 1, 6), _uncertainty_of(p)), holds
    return _loc(p, name, lat, lon, prec, _uncertainty_of(p), gid), holds


def _between(text: str, inside: list[dict]) -> Location | None:
    """"between X and Y", "a highway linking X to Y": a point on the line, precision 5 (road)."""
    for i, a in enumerate(inside):
        if not _BETWEEN.search(text[max(0, a["start"] - 40):a["start"]]):
            continue
        for b in inside[i + 1:]:
            gap = text[a["end"]:b["start"]]
            if len(gap) > 60 or not _AND_TO.match(gap):
                continue
            if _labels(text, b):
                # "clashes between Zintan and Zawiya militias": two towns' groups, not a line
                # between the towns.
                return None
            if a.get("container") or b.get("container"):
                # One end placed only at what holds it (a village the gazetteer lacks, put at
                # its province): the midpoint would be nowhere; the named end stands.
                return None
            la, lo = (a["lat"] + b["lat"]) / 2, (a["lon"] + b["lon"]) / 2
            half = haversine(a["lat"], a["lon"], b["lat"], b["lon"]) / 2
            road = bool(_ROAD.search(text[max(0, a["start"] - 60):a["start"]]))
            prec = 5 if road or half > 25 else 2
            return Location(name=text[a["start"]:b["end"]], lat=round(la, 5), lon=round(lo, 5),
                            country=a.get("country") if a.get("country") == b.get("country") else None,
                            admin1=a.get("admin1") if a.get("admin1") == b.get("admin1") else None,
                            precision=prec, uncertainty_km=round(max(half, 5.0), 1))
    return None


# What follows a place name that labels a group, a side or a river rather than placing the event
# (also the first of two: "Zintan and Zawiya militias").
_LABEL_AFTER = re.compile(
    r"(?:-(?:controlled|held|backed|led|allied|aligned|born)\b|"
    r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+(?:rebels?|fighters?|militias?|militiamen|"
    r"insurgents?|separatists?|guerrillas?|militants?|police|policemen|troops|soldiers|forces|army|"
    r"authorities|government|officials?|river|cartels?|gangs?|clans?|tribes?)\b)", re.I)


# A town that names a road with another: "the Baiji-Haditha road", "the Gao-Ansongo highway".
_ROAD_END_AFTER = re.compile(r"(?:-[A-Z][\w'’]+(?:[ ][A-Z][\w'’]+)?)?[ ]+(?:road|highway|motorway|route|axis|"
                             r"railway|corridor|supply[ ]route)\b")


def _road_end(text: str, p: dict) -> bool:
    s, e = p["start"], p["end"]
    return ((text[e:e + 1] == "-" or text[s - 1:s] == "-") and bool(
        _ROAD_END_AFTER.match(text, e)))


def _labels(text: str, p: dict) -> bool:
    return bool(_LABEL_AFTER.match(text, p["end"]))


def _reference(text: str, p: dict) -> bool:
    """Whether the place is named only as a reference: where someone is based, what lies across
    a border or next door ("the Britain-based monitor", "across the border from Kilis")."""
    return _per_span(text, "ref", p, _reference_uncached)


def _reference_uncached(text: str, p: dict) -> bool:
    return bool(_REF_AFTER.match(text[p["end"]:p["end"] + 12])
                or _REF_BEFORE.search(text[max(0, p["start"] - 60):p["start"]]))


def _backing(usable: list[dict]) -> dict[str, int]:
    """Per country, how many different names the text gives in it; 2 or more when the country
    itself is named."""
    names: dict[str, set[str]] = {}
    for q in usable:
        c = q.get("country")
        if c:
            names.setdefault(c, set()).add("\0country" if q.get("feature") in ("PCLI", "PCLS")
                                           else (q.get("name") or "").lower())
    return {c: len(n) + ("\0country" in n) for c, n in names.items()}


def _stray(p: dict, backing: dict[str, int], home: str | None) -> bool:
    """A place abroad that nothing else in the text backs: its country is neither named nor
    home to any other name the text gives. In a report about Syria, "Qalamoun" read as a town in
    Ivory Coast is a misreading, not a story abroad."""
    c = p.get("country")
    return home is not None and c is not None and c != home and backing.get(c, 0) < 2


def home_country(text: str, usable: list[dict]) -> str | None:
    """The country a document is most about. Its towns and provinces say so best: a report on
    Syria names Syrian places, while Russia, Turkey or the US come up as actors ("Russia said",
    "Turkish jets"). A country named outright counts for a little, a capital for less (it often
    stands for its government), a nationality for less still, and a place named only as a
    reference ("London-based") or a government ("Moscow said", "loyal to Tehran") not at all."""
    from collections import Counter
    counts: Counter = Counter()
    first: dict[str, int] = {}
    for p in usable:
        c = p.get("country")
        if not c or _reference(text, p) or _speaker(text, p):
            continue
        f = p.get("feature")
        if p.get("nationality") or _labels(text, p):
            w = 0.25
        elif f in ("PCLI", "PCLS"):
            w = 1.0
        elif f == "PPLC":
            w = 0.75
        elif f == "CONT":
            continue
        else:
            w = 1.5
        counts[c] += w
        first.setdefault(c, p["start"])
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


def _dateline(text: str, p: dict) -> bool:
    """"BEIRUT (AP) -", "MOSCOW, October 1 (Interfax) -": a capitalised city opening a line or
    a sentence (wire copy pasted into one line keeps it mid-text), then an agency, a date or a
    dash."""
    return _per_span(text, "dateline", p, _dateline_uncached)


def _dateline_uncached(text: str, p: dict) -> bool:
    name = text[p["start"]:p["end"]]
    opens = p["start"] == 0 or text[:p["start"]].rstrip(" ")[-1:] in ("\n", "", ".", "!", "?", "\"", "”")
    after = text[p["end"]:p["end"] + 40]
    return (name.isupper() and len(name) >= 3 and opens
            and bool(_DATELINE_AFTER.match(after)))


# A country or capital that speaks or acts is its government: "France and Britain said",
# "Washington and Paris say", "Moscow accused". It is who, not where.
_SPEAKS_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?\s+(?:has\s+|have\s+|had\s+|also\s+)?"
    r"(?:said|says|say|announced|announces|accused|accuses|warned|warns|claimed|claims|denied|denies|"
    r"insisted|insists|urged|urges|called|calls|demanded|demands|condemned|condemns|told|stated|"
    r"blamed|blames|rejected|rejects|welcomed|welcomes|vowed|vows|threatened|threatens|"
    r"reported|reports|confirmed|confirms|acknowledged|acknowledges|admitted|admits)\b")


# "militias loyal to Damascus", "backed by Moscow", "Tehran's allies": a government again.
_SIDE_BEFORE = re.compile(r"\b(?:loyal\s+to|backed\s+by|allied\s+(?:to|with)|allies\s+of|ally\s+of|"
                          r"supported\s+by|armed\s+by|funded\s+by|ties\s+(?:to|with)|relations\s+with)\s+$", re.I)


def _speaker(text: str, p: dict) -> bool:
    """A country or capital standing for its government: one that speaks, or a side."""
    return p.get("feature") in ("PCLI", "PCLS", "PPLC") and _per_span(text, "speaker", p, _speaks)


def _speaks(text: str, p: dict) -> bool:
    return bool(_SPEAKS_AFTER.match(text[p["end"]:p["end"] + 60])
                or _SIDE_BEFORE.search(text[max(0, p["start"] - 30):p["start"]]))


def locate(text: str, start: int, end: int, places: list[dict], ahead: int | None = None) -> Location | None:
    """The event's place for the sentences text[start:end], given the document's PLACE dicts
    (from find_places or resolve_spans). None when neither the passage nor what leads up to it
    names a place. `ahead` (an offset past `end`) lets a passage that names only a country, or
    nothing, take the first town or province of that country the text names before `ahead`:
    news says "a blast in northern Syria" and names the town in the next sentence."""
    usable = [p for p in places if p.get("lat") is not None and p.get("lon") is not None]
    # The same for every frame of a document: once per text and set of places (keyed by every
    # field home_country and _backing read).
    memo = _memo(text)
    sig = ("home", tuple((p["start"], p["end"], p.get("country"), p.get("feature"),
                          bool(p.get("nationality")), p.get("name")) for p in usable))
    got = memo.get(sig)
    if got is None:
        got = memo[sig] = (home_country(text, usable), _backing(usable))
    home, backing = got
    trusted = [p for p in usable if not _stray(p, backing, home)]
    if len(trusted) < len(usable) and not any(start <= p["start"] and p["end"] <= end for p in trusted) \
            and any(start <= p["start"] and p["end"] <= end and not _dateline(text, p) for p in usable):
        return None         # the passage names only a doubtful place: better none than another
    usable = trusted
    loc, broad = _in_passage(text, start, end, usable, home)
    if loc is None:
        # A passage naming no place continues what came before ("The blast killed five").
        loc = _back(text, start, end, usable)
    if loc is None:
        loc = _reference_town(text, start, end, usable)
    if ahead is not None and ahead > end and (loc is None or loc.precision >= 6 or broad):
        later = _ahead(text, end, ahead, usable, loc.country if loc is not None else home)
        if later is not None:
            return later
    return loc


def _in_passage(text: str, start: int, end: int, usable: list[dict],
                home: str | None) -> tuple[Location | None, bool]:
    """The place the passage names, and whether it is a broad one (a country, a region, a
    river) that a town named next may narrow down."""
    # A nationality ("a Russian soldier", "Iranian-made") places an event only in the country
    # the document is about; elsewhere it names who, not where.
    inside = sorted((p for p in usable if start <= p["start"] and p["end"] <= end
                     and (not p.get("nationality") or p.get("country") == home)),
                    key=lambda p: p["start"])
    if not inside:
        return None, False
    between = _between(text, inside)
    if between is not None:
        return between, False
    # A dateline ("BEIRUT –") says where the reporter files from, not where it happened; a
    # reference ("the London-based monitor") is not where it happened either.
    inside = [p for p in inside if not _reference(text, p) and not _speaker(text, p)]
    if not inside:
        return None, False
    # "Afar rebels attacked a post near Tadjoura", "Kosovo police", "Tbilisi-controlled
    # territory", "across the Ruvuma river near Newala": a name that labels a group, a side or
    # a river says who or what, not where; another place the passage names is where.
    inside = [p for p in inside if not _labels(text, p)] or inside
    # "on the Kano-Maiduguri highway near Potiskum": the towns that name a road say which road;
    # a town named otherwise is where on it. Alone, the road's first town stands.
    towns = [p for p in inside if _precision_of(p) <= 2 and not _road_end(text, p)]
    if towns:
        inside = [p for p in inside if not _road_end(text, p)]
    # A dateline alone stands for the place only in the country the report is about (a Beirut
    # story filed from Beirut); "MOSCOW (Sputnik) -" over a Syrian story says nothing of where.
    named = [p for p in inside if not _dateline(text, p)] or \
            [p for p in inside if home is None or p.get("country") == home]
    if not named:
        return None, False
    named = [_capital_of(text, p, usable) for p in named]
    readings = [(_reading(text, p, usable), p) for p in named]
    primary = [(loc, p) for (loc, landmark), p in readings if not landmark] or \
              [(loc, p) for (loc, _), p in readings]
    # "Kandahar's Spin Boldak district", "Jonglei state's Bor county": the place named with
    # the possessive holds the one named right after it, which is where it happened, when
    # the reading of that one does lie in it (a namesake elsewhere is a misreading).
    holders = {id(p) for p in named for q in named
               if q["start"] > p["end"] and _POSSESSIVE_HOLDER.match(text, p["end"], q["start"])
               and _lies_in(q, p)}
    # "Sudzha, Sudzhansky district, in Kursk", "Ariha (Ariha, Idleb)": a place named after
    # another in the words coders use to say what holds it is its container, not a second
    # place of the event, when the first does lie in it.
    # A container read in another country than the place it holds is a misreading of the
    # container ("Koidu (Kono district, Eastern province)" with Kono read in Uganda): the place
    # it holds is still where.
    holders |= {id(q) for p in named for q in named
                if q["start"] > p["end"] and _container_gap(text, p["end"], q["start"])
                and (_lies_in(p, q) or (p.get("country") and q.get("country")
                                        and p.get("country") != q.get("country")
                                        and _feature(p).startswith("PPL")))}
    # "the Hareeb district south of Marib", "Sirwah district, 40 km west of Marib": the town a
    # district (or a town) is said to lie off says where the district is; the district, not a
    # point guessed off the town, is where it happened.
    holders |= {id(q) for p in named for q in named
                if q["start"] > p["end"] and (_feature(p) in ("ADM2", "ADM3") or _feature(p).startswith("PPL"))
                and p.get("country") == q.get("country") and _DIRECTION_GAP.match(text[p["end"]:q["start"]])}
    # Misreadings a holder or a landmark shows: "the Kassara front north-west of Marib" with
    # Kassara read in another country than Marib; "the Tierra Caliente region of Guerrero" read
    # as a village far outside the province the text puts it in. Where it is said to lie is
    # where: the point off the landmark, or the holder.
    misread = {id(p) for p in named for q in named
               if q["start"] > p["end"] and _feature(p).startswith("PPL") and p.get("country")
               and q.get("country") and p.get("country") != q.get("country")
               and _DIRECTION_GAP.match(text[p["end"]:q["start"]])}
    misread |= {id(p) for p in named for q in named
                if q["start"] > p["end"] and _feature(q) in ("ADM1", "ADM2") and _feature(p).startswith("PPL")
                and p.get("country") == q.get("country") and p.get("admin1") and q.get("admin1")
                and p.get("admin1") != q.get("admin1") and p.get("lat") is not None and q.get("lat") is not None
                and haversine(p["lat"], p["lon"], q["lat"], q["lon"]) > 300
                and not any(p["end"] <= r["start"] < q["start"] for r in named)
                and not any(c.isupper() for c in text[p["end"]:q["start"]])
                and (_container_gap(text, p["end"], q["start"])
                     or _OF_GAP.fullmatch(text, p["end"], q["start"]) is not None)}
    # "the Dniprovskyi district of Kherson": a quarter said to be of a town whose reading lies
    # far from that town (a namesake district of another city) is a misreading; the town
    # holding it is where.
    misread |= {id(p) for p in named for q in named
                if q["start"] > p["end"] and _feature(q).startswith("PPL") and p.get("lat") is not None
                and q.get("lat") is not None
                and not any(p["end"] <= r["start"] < q["start"] for r in named)
                and (_PART_OF_GAP.fullmatch(text, p["end"], q["start"]) is not None
                     or (_PART_WORD_END.search(text, p["start"], p["end"]) is not None
                         and _OF_GAP.fullmatch(text, p["end"], q["start"]) is not None))
                and haversine(p["lat"], p["lon"], q["lat"], q["lon"]) > _PART_FAR_KM}
    # "refugees fleeing El Geneina poured into Adre": where they fled from is not where the
    # event (their arrival) is, when the text names where they went.
    misread |= {id(p) for p in named if _FLED_FROM.search(text, max(0, p["start"] - 25), p["start"])
                and any(q["start"] > p["end"] and _ARRIVED_IN.search(text, max(0, q["start"] - 25), q["start"])
                        for q in named)}
    # "killed six labourers from Punjab in Turbat": where people come from, said of the people,
    # is not where the event is, when the text puts the event in a place named after it.
    misread |= {id(p) for p in named if _CAME_FROM.search(text, max(0, p["start"] - 40), p["start"])
                and any(q["start"] > p["end"] and _LOCATIVE_BEFORE.search(text, max(0, q["start"] - 14), q["start"])
                        for q in named)}
    holders |= misread
    if holders:
        primary = [(loc, p) for loc, p in primary if id(p) not in holders] or (
            [(loc, p) for (loc, _), p in readings if id(p) not in misread] if misread else []) or primary
    # Where the document is about (its most named country) before how exact: "Moscow said
    # its jets struck Syria" happened in Syria. Then within the province of the first place
    # named (a later town there narrows it down: "in Idlib province ... in Saraqib"; one in
    # another province is another story, or where someone came from). Then the most specific
    # reading; air bases before towns (a base is named to be exact).
    first = next((loc.admin1 for loc, p in sorted(primary, key=lambda t: t[1]["start"])
                  if loc.admin1 and loc.precision <= 4 and (home is None or p.get("country") == home)), None)
    # "poured into Adre, across the border in Chad": a place the text itself puts across the
    # border, in the country it names, is no less the event's for lying outside the home country.
    across = {id(p) for p in named for q in usable
              if q.get("feature") in ("PCLI", "PCLS") and q.get("country") == p.get("country")
              and q["start"] > p["end"] and _ACROSS_IN.fullmatch(text, p["end"], q["start"]) is not None}
    best = min(primary, key=lambda t: (home is not None and t[1].get("country") != home and id(t[1]) not in across,
                                       first is not None and t[0].admin1 != first,
                                       t[0].precision, t[1].get("feature") not in _SITE,
                                       t[1]["start"]))
    return best[0], _feature(best[1]) in ("PCLI", "PCLS", "CONT", "RGN", "STM", "SEA")


_PART_OF_GAP = re.compile(r"\s+(?:district|sub-district|neighbou?rhood|quarter|suburb|area|sector|"
                          r"commune|borough)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?", re.I)
_PART_WORD_END = re.compile(r"\s(?:district|sub-district|neighbou?rhood|quarter|suburb|sector|borough)$", re.I)
# Farther than a town's quarters lie from it, and than most districts of a province named
# after its capital ("the Qurna district of Basra", 65 km; "Hajiganj district of Chittagong")
_PART_FAR_KM = 250
_ACROSS_IN = re.compile(r",?\s+(?:just\s+)?(?:across|over)\s+the\s+(?:border|frontier)\s+in(?:to)?\s+(?:the\s+)?")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_FLED_FROM = re.compile(r"\b(?:fleeing|fled|escaping|escaped|displaced\s+from|fled\s+from|escaped\s+from)"
                        r"\s+(?:the\s+)?(?:(?:fighting|violence|attacks?|clashes)\s+in\s+)?(?:the\s+)?$")
_CAME_FROM = re.compile(r"\b(?:labou?rers|workers|migrants|pilgrims|students|travell?ers|passengers|traders|"
                        r"tourists|fishermen|herders|herdsmen|refugees|settlers|civilians|villagers|miners|"
                        r"engineers|nationals|citizens|drivers|truckers|men|women|people|families|worshippers)"
                        r"\s+(?:[a-z]+\s+)?from\s+(?:the\s+)?$")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?$")
_ARRIVED_IN = re.compile(r"\b(?:into|to|reached|reaching|arrived\s+in|arriving\s+in|crossed\s+into|"
                         r"sheltering\s+in|shelter\s+in)\s+(?:the\s+)?(?:(?:town|city|camps?|village)\s+of\s+)?$")
# Between a place and the town it is said to lie off: ", 20 km north of ", " just south of ".
_DIRECTION_GAP = re.compile(r"^(?:\s+(?:town|city|village|district|area|camp|base|front|frontline|front\s+line|sector|axis))?,?\s+"
                            r"(?:(?:about|some|around|roughly|nearly|just|only)\s+)?"
                            r"(?:\d+(?:\.\d+)?\s*(?:km|kms|kilometres|kilometers|miles|mi)\s+)?(?:to\s+the\s+)?"
                            r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+"
                            r"(?:the\s+(?:city|town)\s+of\s+)?$",
                            re.I)
_GAP_OPEN = re.compile(r"(?:\s+(?:town|city|village|camp|area|district))?(?:\s*\(|,\s*|\s+in\s+)")
_GAP_WORDS = frozenset("""in of the and district districts province region governorate oblast raion rayon
county sub-district subdistrict commune locality state municipality department prefecture cercle
territory lga zone woreda township town village city area countryside sub-county community canton
arrondissement regency division north south east west northern southern eastern western central
northeastern northwestern southeastern southwestern""".split())


def _container_gap(text: str, a: int, b: int) -> bool:
    """Whether text[a:b], between two names, is the wording of a container: a comma, a bracket
    or "in", then only division words and capitalised names ("(Maarrat An Nu'man, ",
    ", Sudzhansky district, in ", " town (")."""
    gap = text[a:b]
    if len(gap) > 70 or not _GAP_OPEN.match(gap) or any(c in gap for c in ".;:)"):
        return False
    for w in re.findall(r"[A-Za-z][\w'’-]*", gap):
        if not w[0].isupper() and w.lower() not in _GAP_WORDS:
            return False
    return True


def _lies_in(q: dict, p: dict) -> bool:
    """Whether place q is in p: the same country, and p's division or within 150 km of it."""
    if q.get("country") != p.get("country") or q.get("lat") is None or p.get("lat") is None:
        return False
    return (q.get("admin1") is not None and q.get("admin1") == p.get("admin1")) or \
        haversine(q["lat"], q["lon"], p["lat"], p["lon"]) <= 150


_POSSESSIVE_HOLDER = re.compile(r"(?:\s+(?:state|province|region|oblast|governorate|district|county|"
                                r"prefecture|department))?['’]s\s+(?:the\s+)?$")


def _capital_of(text: str, p: dict, usable: list[dict]) -> dict:
    """"the Syrian capital": the capital the text names for that country (Damascus), read
    where the adjective stands; the adjective itself otherwise."""
    if not p.get("nationality"):
        return p
    m = _CAPITAL_NEXT.match(text[p["end"]:p["end"] + 10])
    if not m:
        return p
    cap = next((q for q in usable if q.get("feature") == "PPLC" and q.get("country") == p.get("country")), None)
    if cap is None:
        # The text does not name it: the gazetteer's seat of government of the adjective's
        # country, a town ("the Indian capital" is New Delhi, not India's centre).
        from livedesk.geo.resolve import place_dict
        seat = get().capital(p.get("country"))
        if seat is None:
            return p
        cap = place_dict(p["start"], p["end"], seat.name, {"place": seat, "score": p.get("score", 1.0),
                                                            "candidates": []})
    return {**cap, "start": p["start"], "end": p["end"] + m.end(), "nationality": False}
    return {**cap, "start": p["start"], "end": p["end"] + m.end(), "nationality": False}


def _ahead(text: str, end: int, ahead: int, usable: list[dict], country: str | None) -> Location | None:
    """The first town, base or province of `country` named in text[end:ahead], read as the
    place of a passage that named only the country: less certain than a name in the passage."""
    if country is None:
        return None
    for p in sorted((p for p in usable if end <= p["start"] and p["end"] <= ahead), key=lambda p: p["start"]):
        if (p.get("country") != country or p.get("nationality") or _precision_of(p) > 4
                or _dateline(text, p) or _reference(text, p)):
            continue
        loc, _ = _reading(text, p, usable)
        loc.uncertainty_km = round((loc.uncertainty_km or 5) * 1.5, 1)
        return loc
    return None


def _back(text: str, start: int, end: int, usable: list[dict]) -> Location | None:
    """Nothing named in the passage: "the base", "the city" or plain continuation refers back to
    the most recent fitting place in what came before (same paragraph region)."""
    passage = text[start:end]
    before = [p for p in usable if p["end"] <= start and start - p["end"] < 1500
              and not p.get("nationality") and not _dateline(text, p) and not _reference(text, p)
              and not _speaker(text, p)]
    if not before:
        return None
    want = None
    if _BASE_REF.search(passage):
        want = _SITE
    elif _TOWN_REF.search(passage):
        want = ("PPL", "PPLC", "PPLA")
    pool = [p for p in before if (p.get("feature") in want if want else _precision_of(p) <= 4)]
    if not pool:
        return None
    return _referred(text, max(pool, key=lambda p: p["end"]), usable, passage)


def _referred(text: str, ref: dict, usable: list[dict], passage: str) -> Location:
    """The place a passage refers back to: off it where the passage gives a bearing ("west of
    the city"), else at it, less certain than a name in the passage itself."""
    loc, _ = _reading(text, ref, usable)
    m = _DIR_OF_REF.search(passage)
    if m and loc.lat is not None:
        la, lo = _offset(loc.lat, loc.lon, _bearing(m.group(1)) or 0, 15.0)
        return Location(name=f"{m.group(0)} ({text[ref['start']:ref['end']]})", lat=la, lon=lo,
                        country=loc.country, admin1=loc.admin1, precision=2, uncertainty_km=20.0)
    loc.uncertainty_km = round((loc.uncertainty_km or 5) * 1.5, 1)
    return loc


def _reference_town(text: str, start: int, end: int, usable: list[dict]) -> Location | None:
    """"Goma-based activists said shops were looted in Kibumba, 25 km north of the city": where
    nothing else is named (Kibumba unknown) and the passage speaks of "the city" or "the town",
    the town named only as a reference is the one it means; placed like a reference back."""
    passage = text[start:end]
    if not _TOWN_REF.search(passage):
        return None
    refs = [p for p in usable if p["end"] <= end and end - p["end"] < 1500 and not p.get("nationality")
            and p.get("feature", "").startswith("PPL") and _reference(text, p)]
    if not refs:
        return None
    return _referred(text, max(refs, key=lambda p: p["end"]), usable, passage)


def country_location(country: str) -> Location | None:
    """The country itself as an event's place (precision 6), for an event whose text names no
    place the gazetteer holds but whose country its words make plain ("Iraqi forces killed four
    militants in the Hamrin mountains"): the country, honestly coded, rather than no place."""
    for p, _kind in get().lookup(key(country)):
        if p.feature in ("PCLI", "PCLS", "PCLD", "PCLF"):
            return Location(name=p.name, lat=round(p.lat, 5), lon=round(p.lon, 5), country=p.country,
                            precision=6, geonames_id=p.geonames_id)
    return None
