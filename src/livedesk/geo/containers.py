"""What a text says a place lies in, and which country the text is about.

Containers. Reports say where a place is by naming what holds it: "Busoni (Busoni, Kirundo)",
"Tsafe, Zamfara state", "Basira city in Deir-ez-Zor countryside", "the Hodan district of
Mogadishu", "Azaz, north of Aleppo", "Djibo, in northern Burkina Faso", "Bahna in Ukraine's
Chernivtsi province". The place named first lies in the one named after it: a reading of it
outside that container needs overwhelming evidence, and when the gazetteer has no reading
inside, the container itself is the most specific place the text supports.

The text's country. A report's own country is a prior for every place in it: the adjectives
of its actors ("Syrian troops", "Afghan police", "the Nigerien army") and the countries it
names. A place abroad then needs evidence of its own. Money ("the US dollar", "the Lebanese
pound") names no place.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from livedesk.geo.gazetteer import KIND_ALT, KIND_NAME, Place, get, haversine  # noqa: F401
from livedesk.geo.normalise import key

_NAME = r"[A-Z][\w'’.-]*(?:[ -](?:(?:al|el|ad|as|ash|ar|az|ez|an|at|de|du|la|i|e|et)[ -])?[A-Z][\w'’.-]*){0,3}"
_AREA_WORD = (r"province|region|state|governorate|district|sub-district|subdistrict|county|oblast|"
              r"raion|department|prefecture|territory|commune|countryside|municipality|wilaya|"
              r"division|zone|woreda|locality|area")
_DIR = (r"north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
        r"south-east|south-west|central")
# "X (A, B)", "X (B)": what the brackets hold, a part at a time.
_BRACKETS = re.compile(r"^\s*\(([^()\n]{2,80})\)")
# "X, B province", "X, B", "X, in northern B", "X district, B".
_COMMA = re.compile(rf"^(?:\s+(?:city|town|village|district|area|camp))?,\s*(?:in\s+)?(?:the\s+)?"
                    rf"(?:(?:{_DIR})(?:ern)?\s+)?(?:({_NAME})['’]s\s+)?({_NAME})"
                    rf"(?:\s+(?:{_AREA_WORD}))?(?=[\s,.;:)]|$)")
# "X in (the) (southern) B (countryside|province)", "X in C's B province".
_IN = re.compile(rf"^(?:\s+(?:city|town|village|district|area|camp))?\s+in\s+(?:the\s+)?"
                 rf"(?:(?:{_DIR})(?:ern)?\s+)?(?:({_NAME})['’]s\s+)?({_NAME})"
                 rf"(?:\s+({_AREA_WORD}))?(?=[\s,.;:)]|$)")
# "the X district of B", "X sub-district of B".
_AREA_OF = re.compile(rf"^\s+(?:{_AREA_WORD}|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+)?({_NAME})")
# "X, 20 km north of B", "X, just east of B", "X, near B", "X, outside B".
_NEAR = re.compile(rf"^,?\s+(?:(?:about|some|around|roughly|nearly|just|only)\s+)?"
                   rf"(?:(\d+(?:\.\d+)?)\s*(km|kms|kilometres|kilometers|miles|mi)\s+)?"
                   rf"(?:to\s+the\s+)?(?:({_DIR})\s+of|near|outside|close\s+to)\s+(?:the\s+(?:city|town)\s+of\s+)?({_NAME})")
_AREAS = frozenset(("PCLI", "PCLS", "ADM1", "ADM2"))


class Container(NamedTuple):
    """Where a place is said to lie: (country, admin1) areas (admin1 None: the whole country),
    points with a radius in km, and the area itself to fall back on (None for a nearness)."""
    areas: frozenset
    points: tuple
    fallback: Place | None
    surface: str

    def countries(self) -> set:
        return {cc for cc, _a1 in self.areas} | ({self.fallback.country} if self.fallback else set())

    def near_miss(self, p: Place) -> bool:
        """Not inside, but in the container's country: GeoNames' division codes and ours
        disagree now and then (a town coded to a neighbouring governorate), so such a reading
        is not ruled out, only not lifted."""
        return not self.points and p.country in self.countries()

    def holds(self, p: Place) -> bool:
        if p.country is None:
            return False
        if (p.country, None) in self.areas or (p.country, p.admin1) in self.areas:
            return True
        return any(haversine(p.lat, p.lon, la, lo) <= r for la, lo, r in self.points)


def _cands(name: str) -> list[tuple[Place, int]]:
    from livedesk.geo.resolve import _variants
    gaz = get()
    for k, _cue in _variants(name)[0]:
        found = gaz.lookup(k)
        if found:
            return list(found)
    return []


def _area_container(names: list[str], town_areas: bool, prior: dict | None) -> Container | None:
    """The areas any of `names` can be: countries, provinces, districts; with `town_areas`,
    also the province a town of that name lies in ("Deir-ez-Zor countryside")."""
    areas, fallback, best = set(), None, None
    for name in names:
        for p, kind in _cands(name):
            if p.feature in ("PCLI", "PCLS"):
                areas.add((p.country, None))
            elif p.feature in ("ADM1", "ADM2") and p.country:
                areas.add((p.country, p.admin1) if p.admin1 else (p.country, None))
            elif (p.feature.startswith("PPL") and p.admin1
                  and p.population >= (10_000 if town_areas else 100_000)):
                areas.add((p.country, p.admin1))
            else:
                continue
            if p.feature in ("ADM1", "ADM2"):
                rank = ((prior or {}).get(p.country, 0.0), kind == KIND_NAME, p.population)
                if best is None or rank > best:
                    best, fallback = rank, p
    if not areas:
        return None
    return Container(frozenset(areas), (), fallback, " / ".join(names))


def container_of(text: str, start: int, end: int, prior: dict | None = None) -> Container | None:
    """What the words after text[start:end] say the place lies in, or None."""
    after = text[end:end + 120]
    if not after:
        return None
    here = key(text[start:end])
    m = _BRACKETS.match(after)
    if m:
        parts = [x.strip() for x in m.group(1).split(",")]
        parts = [x for x in parts if x and x[:1].isupper() and key(x) != here]
        if parts:
            return _area_container(parts, False, prior)
        return None
    m = _NEAR.match(after)
    if m:
        cands = [p for p, _k in _cands(m.group(4)) if p.feature.startswith("PPL") or p.feature in ("AIRB", "AIRP")]
        if cands:
            km = float(m.group(1)) * (1.609 if m.group(2) and m.group(2).startswith("mi") else 1.0) if m.group(1) else 40.0
            radius = km * 1.5 + 30.0
            return Container(frozenset(), tuple((p.lat, p.lon, radius) for p in cands), None, m.group(4))
    for rx in (_COMMA, _IN):
        m = rx.match(after)
        if m:
            names = [n for n in (m.group(1), m.group(2)) if n and key(n) != here]
            town_areas = rx is _IN and m.lastindex == 3 and m.group(3) == "countryside"
            return _area_container(names, town_areas or rx is _IN, prior) if names else None
    m = _AREA_OF.match(after)
    if m:
        return _area_container([m.group(1)], True, prior)
    return None


# Adjectives written as nationalities: "Syrian", "Afghans", "Burkinabe", "Congolese".
_DEMONYM_END = re.compile(r"(?:an|ans|ese|ish|i|is|ic|er|ers|be|ot|ots)$")
_WORD = re.compile(r"\b[A-Z][a-z]+\b")
# Money named by its country's adjective or name is no place: "the US dollar", "Lebanese pound".
_CURRENCY = re.compile(r"[ ]+(?:dollars?|pounds?|lira|liras|rials?|riyals?|dinars?|euros?|rubles?|roubles?|"
                       r"hryvnias?|shekels?|afghanis?|rupees?|francs?|yuan|yen|naira|shillings?|birr|kyat|"
                       r"pesos?|taka|manat|dram|leones?|cedis?|kwacha)\b", re.I)


def text_countries(text: str) -> dict[str, float]:
    """Countries a text is about by the adjectives of its people ("Syrian troops", "Afghan
    police"), as weights (several adjectives of one country count a little more, not linearly)."""
    gaz = get()
    seen: dict[str, set] = {}
    words = list(_WORD.finditer(text))
    skip = -1
    for i, m in enumerate(words):
        if i == skip:
            continue
        w, e = m.group(), m.end()
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.start() == e + 1:
            pair = text[m.start():nxt.end()]       # "South Sudan", "Burkina Faso"
            if any(p.feature in ("PCLI", "PCLS") for p, _k in gaz.lookup(key(pair))):
                w, e, skip = pair, nxt.end(), i + 1
        if _CURRENCY.match(text, e):
            continue
        for p, kind in gaz.lookup(key(w)):
            if p.feature not in ("PCLI", "PCLS") or not p.country:
                continue
            # Only the adjective: a country named is a name of the text, and votes as one in
            # resolution (a name is never context for itself: "Lebanon school buses").
            if kind == KIND_ALT and _DEMONYM_END.search(w):
                seen.setdefault(p.country, set()).add(key(w))
            break
    return {cc: 1.0 + 0.5 * min(len(ws) - 1, 2) for cc, ws in seen.items()}


def currency_after(text: str, end: int) -> bool:
    """Whether a money word follows: "US dollar", "Syrian pound"."""
    return bool(_CURRENCY.match(text, end))
