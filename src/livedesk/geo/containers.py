"""What a text says a place lies in, and which country the text is about.

Containers. Reports say where a place is by naming what holds it: "Busoni (Busoni, Kirundo)",
"Tsafe, Zamfara state", "Basira city in Deir-ez-Zor countryside", "the Hodan district of
Mogadishu", "Azaz, north of Aleppo", "Kaya, in central Burkina Faso", "Bahna in Ukraine's
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
from bisect import bisect_right
from collections import defaultdict
from typing import NamedTuple

from rapidfuzz import fuzz

from livedesk.geo.gazetteer import KIND_ALT, KIND_NAME, Place, get, haversine  # noqa: F401
from livedesk.geo.normalise import key
from livedesk.geo.peoples import PEOPLES

_NAME = r"[A-Z][\w'’.-]*(?:[ -](?:(?:al|el|ad|as|ash|ar|az|ez|an|at|de|du|la|i|e|et|del|da|do|dos|das|des|los|las|di)[ -])?[A-Z][\w'’.-]*){0,3}"
_AREA_WORD = (r"province|region|state|governorate|district|sub-district|subdistrict|county|oblast|"
              r"raion|department|prefecture|territory|commune|countryside|municipality|wilaya|"
              r"division|zone|woreda|locality|area|tehsil|taluka|taluk|upazila|sub-county|subcounty|"
              r"sub-prefecture|nahiya|chiefdom")
_DIR = (r"north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
        r"south-east|south-west|central")
# "X (A, B)", "X (B)": what the brackets hold, a part at a time.
# "X (Province)", and "X township (Region)" / "X district (Province)": a division word between
# the name and the bracket still makes the bracket the name's holder.
_BRACKETS = re.compile(r"^(?:\s+(?:township|district|county|tehsil|taluka|municipality|commune|woreda|"
                       r"sub-district|subdistrict|LGA|local government area|cercle|department|upazila))?"
                       r"\s*\(([^()\n]{2,80})\)")
# "X, B province", "X, B", "X, in northern B", "X district, B".
_QUARTER = r"locality|neighbou?rhood|quarter|sub-district|subdistrict|commune|ward|suburb|township|sector|slum"
_COMMA = re.compile(rf"^(?:\s+(?:city|town|village|district|area|camp|{_QUARTER}))?,\s*(?:in\s+)?(?:the\s+)?"
                    rf"(?:(?:{_DIR})(?:ern)?\s+)?(?:({_NAME})['’]s\s+)?({_NAME})"
                    rf"(?:\s+({_AREA_WORD}))?(?=[\s,.;:)]|$)")
# "X in (the) (southern) B (countryside|province)", "X in C's B province".
_IN = re.compile(rf"^(?:\s+(?:city|town|village|district|area|camp|{_QUARTER}))?\s+in\s+(?:the\s+)?"
                 rf"(?:(?:{_DIR})(?:ern)?\s+)?(?:({_NAME})['’]s\s+)?({_NAME})"
                 rf"(?:\s+({_AREA_WORD}))?(?=[\s,.;:)]|$)")
# "the X district of B", "X sub-district of B".
_AREA_OF = re.compile(rf"^\s+(?:{_AREA_WORD}|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+)?"
                      rf"(?:(?:{_DIR})(?:ern)?\s+)?({_NAME})")
# "X, 20 km north of B", "X, just east of B", "X, near B", "X, outside B".
# A span that ends with its own division word ("Hodan district") then "of B".
_AREA_END = re.compile(rf"\s(?:{_AREA_WORD}|neighbou?rhood|quarter|suburb)$", re.I)
# "the Gara region of northern Iraq": a compass word may stand before the holder.
_OF = re.compile(rf"^\s+of\s+(?:the\s+)?(?:(?:{_DIR})(?:ern)?\s+)?({_NAME})")
# "Mogadishu's Karaan district", "Khartoum's Kalakla neighbourhood": a town's possessive
# before a name holds it as a quarter of the town.
_POSSESSOR = re.compile(rf"(?<![\w'’.-])({_NAME})['’]s\s+$")
# ("the Kassara front north-west of Marib": a front line is named by a place on it too.)
_NEAR = re.compile(rf"^(?:\s+(?:camp|village|town|area|base|checkpoint|crossing|front|frontline|front\s+line|"
                   rf"sector|axis))?,?\s+"
                   rf"(?:(?:about|some|around|roughly|nearly|just|only)\s+)?"
                   rf"(?:(\d+(?:\.\d+)?)\s*(km|kms|kilometres|kilometers|miles|mi)\s+)?"
                   rf"(?:to\s+the\s+)?(?:({_DIR})\s+of|near|outside|close\s+to)\s+(?:the\s+(?:city|town)\s+of\s+)?({_NAME})")
# A quarter of a city said so in apposition: "X, a division of Kampala", "X, a northern
# quarter of Bujumbura", "X, a Nairobi suburb", "X, Nairobi's largest informal settlement".
_PART_OF_TOWN = (r"quarter|district|division|sector|suburb|township|neighbou?rhood|slum|settlement|"
                 r"commune|borough|ward|locality|area|part|estate|shantytown|favela|barrio|colonia")
_QUARTER_OF = re.compile(
    rf"^,\s+(?:(?:a|an|the|one)\s+(?:[a-z-]+\s+){{0,3}}?(?:{_PART_OF_TOWN})\s+(?:of|in)\s+(?:the\s+)?"
    rf"(?:(?:capital|city|town|port)\s+(?:of\s+)?)?({_NAME})"
    rf"|(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?({_NAME})\s+(?:{_PART_OF_TOWN})\b"
    rf"|({_NAME})['’]s\s+(?:[a-z-]+\s+){{0,3}}?(?:{_PART_OF_TOWN})\b)")
# The name such an apposition follows, for the finder (the gazetteer often lacks the quarter).
QUARTER_NAMED = re.compile(
    rf"(?<![\w'’.-])({_NAME})(?=,\s+(?:(?:a|an|the|one)\s+(?:[a-z-]+\s+){{0,3}}?(?:{_PART_OF_TOWN})\s+(?:of|in)\s"
    rf"|(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}?{_NAME}\s+(?:{_PART_OF_TOWN})\b"
    rf"|{_NAME}['’]s\s+(?:[a-z-]+\s+){{0,3}}?(?:{_PART_OF_TOWN})\b))")
_AREAS = frozenset(("PCLI", "PCLS", "ADM1", "ADM2"))
_QUARTER_BEFORE = re.compile(rf"\s+(?:{_QUARTER})\b")
_QUARTER_END = re.compile(rf"\s(?:{_QUARTER})$", re.I)
_NEAR_MISS_KM = 250.0   # a reading this far from its holder's point is in another division, not miscoded
_BIG = 500_000          # people: a city this big is named for itself, not placed by a holder
_TOWN = 50_000          # people: a place smaller than this may be said to lie in a town
_LIST_GOES_ON = re.compile(r"\s*(?:,(?:\s*(?:and|or)\b)?|and\b|or\b|&)\s*[A-Z]")     # ", and Detroit" too
# How every shape above can start: a cheap test before the patterns.
_GATE = re.compile(r"\s*\(|,|\s+(?:in|of|city|town|village|district|area|camp|near|outside|close|about|some|"
                   r"around|roughly|nearly|just|only|\d|to|north|south|east|west|province|region|state|"
                   r"governorate|sub-district|subdistrict|county|oblast|raion|department|prefecture|"
                   r"territory|commune|countryside|municipality|wilaya|division|zone|woreda|locality|"
                   r"neighbou?rhood|quarter|suburb|ward|township|sector|slum|tehsil|taluka|taluk|upazila|"
                   r"sub-county|subcounty|sub-prefecture|nahiya|chiefdom|base|checkpoint|crossing|front|frontline|axis)\b")


class Container(NamedTuple):
    """Where a place is said to lie: (country, admin1) areas (admin1 None: the whole country;
    "\0near": only the country of a town it is said to be near), points with a radius in km,
    and the area itself to fall back on (None for a nearness)."""
    areas: frozenset
    points: tuple
    fallback: Place | None
    surface: str

    def countries(self) -> set:
        return {cc for cc, _a1 in self.areas} | ({self.fallback.country} if self.fallback else set())

    def near_miss(self, p: Place) -> bool:
        """Not inside, but in the container's country: GeoNames' division codes and ours
        disagree now and then (a town coded to a neighbouring governorate), so such a reading
        is not ruled out, only not lifted; but a reading far from the division or town that
        holds it (a namesake in another province: "Sayed Abad area of Wardak province" read
        in Kunar) is no coding slip."""
        if p.country not in self.countries():
            return False
        f = self.fallback
        if f is not None and f.feature.startswith("PPL") and f.country != p.country:
            # A town holds its quarters ("Monrovia's Paynesville", "Dhaka's Mirpur"): the
            # holder read is the text's town, so a reading in the country of one of the
            # holder's namesakes abroad (a Monrovia in California) is no coding slip.
            return False
        if (f is None or f.country != p.country or f.feature not in ("ADM1", "ADM2")
                or p.lat is None or f.lat is None):
            # (a town holder is one of its namesakes: distance from it says nothing)
            return True
        return haversine(p.lat, p.lon, f.lat, f.lon) <= _NEAR_MISS_KM

    def holds(self, p: Place) -> bool:
        if p.country is None:
            return False
        if (p.country, None) in self.areas or (p.country, p.admin1) in self.areas:
            return True
        return any(haversine(p.lat, p.lon, la, lo) <= r for la, lo, r in self.points)


def _cands(name: str) -> list[tuple[Place, int]]:
    """Readings of a container's name, by name, spelling variant or skeleton ("Banadir" for
    Banaadir), with KIND_NAME for those the name itself gives. Memoised: the same provinces
    and countries hold place after place."""
    gaz = get()
    got = _CANDS.get((id(gaz), name))
    if got is None:
        from livedesk.geo.resolve import _cached_lookup
        cands, _cue = _cached_lookup(name, gaz)
        own = {p.id for p, kind in gaz.lookup(key(name)) if kind == KIND_NAME}
        got = [(p, KIND_NAME if p.id in own else KIND_ALT) for p, _sc in cands]
        if len(_CANDS) > 50_000:
            _CANDS.clear()
        _CANDS[(id(gaz), name)] = got
    return got


_CANDS: dict[tuple[int, str], list] = {}


def _province(cc: str, admin1: str) -> Place | None:
    """The first-level division of that name in that country."""
    for p, _kind in get().lookup(key(admin1)):
        if p.feature == "ADM1" and p.country == cc and p.admin1 == admin1:
            return p
    return None


def _area_container(names: list[str], town_areas: bool, prior,
                    town_fallback: Place | None = None, around: bool = False,
                    divisions_only: bool = False) -> Container | None:
    """The areas any of `names` can be: countries, provinces, districts; with `town_areas`,
    also the province a town of that name lies in ("Deir-ez-Zor countryside"). The fallback:
    `town_fallback`, else the likeliest division named (in the text's country first), else
    the likeliest town named, or with `around` ("the Deir-ez-Zor countryside") its province.
    `prior` (a Prior) is read only when the readings lie in several countries. With
    `divisions_only`, only divisions and countries hold it (not towns).
    """
    k = (id(get()), tuple(names), town_areas)
    got = _BOXES.get(k)
    if got is None:
        if len(_BOXES) > 20_000:
            _BOXES.clear()
        got = _BOXES[k] = _areas(names, town_areas)
    areas, divisions, towns, points = got
    if divisions_only:
        if not divisions and not any(cc_a1[1] is None for cc_a1 in areas):
            return None
        areas = frozenset(a for a in areas if a[1] in (None, _ADM2_AREA) or any(
            (p.country, p.admin1) == a for p, _k in divisions))
        towns = []
    if not areas:
        return None
    fallback = town_fallback or _likeliest(divisions, prior)
    if fallback is None and towns:
        top = _likeliest(towns, prior)
        fallback = _province(top.country, top.admin1) if around else top
    return Container(areas, points, fallback, " / ".join(names))


_BOXES: dict[tuple, tuple] = {}
# A second-level division the gazetteer places in no first-level one (the Philippines'
# provinces, Venezuela's and Mexico's municipios, Uganda's districts: iso3166-2 rows with no
# parent we can name) holds what lies within this many km of its point, not its whole country:
# a town the gazetteer lacks in Bukidnon is not its namesake 900 km away in Pampanga. A district is
# rarely wider; a province as wide as Papua is its own fallback anyway.
_ADM2_KM = 150.0
_ADM2_AREA = "\0adm2"      # the area such a division adds: its country, for countries() only


def _areas(names: list[str], town_areas: bool) -> tuple[frozenset, list, list, tuple]:
    areas, divisions, towns, points = set(), [], [], []
    for name in names:
        for p, kind in _cands(name):
            if p.feature.startswith("PPL") and p.admin1:
                towns.append((p, kind))
            if p.feature in ("PCLI", "PCLS"):
                areas.add((p.country, None))
            elif p.feature in ("ADM1", "ADM2") and p.country:
                if p.admin1:
                    areas.add((p.country, p.admin1))
                elif p.feature == "ADM2" and p.lat is not None:
                    areas.add((p.country, _ADM2_AREA))
                    points.append((p.lat, p.lon, _ADM2_KM))
                else:
                    areas.add((p.country, None))
                divisions.append((p, kind))
            elif p.feature == "RGN" and p.country:
                # "Akhalgori, in South Ossetia", "X in the Donbas": a region of one country
                # holds the place in that country (its edges are not the provinces').
                areas.add((p.country, None))
                divisions.append((p, kind))
            elif (p.feature.startswith("PPL") and p.admin1
                  and p.population >= (10_000 if town_areas else 100_000)):
                areas.add((p.country, p.admin1))
            if p.feature.startswith("PPL") and p.admin1 and _names_its_province(name, p):
                # "(Idleb)", "(Al-Hasakeh)": coders write the province by its seat's name, in a
                # spelling the gazetteer gives only the town; the province is meant.
                prov = _province(p.country, p.admin1)
                if prov is not None and all(d.id != prov.id for d, _k in divisions):
                    areas.add((p.country, p.admin1))
                    divisions.append((prov, KIND_ALT))
    return frozenset(areas), divisions, towns, tuple(points)


_DIVISION_WORD_END = re.compile(r"^(.+?)\s+(?:district|municipality|county|department|prefecture|raion|"
                                r"rayon|cercle|woreda|territory|commune|sub-district|subdistrict|locality)$", re.I)


def _seat_named(parts: list[str], box: Container, prior) -> Place | None:
    """"(Akhmeta municipality, Kakheti)", "(Tsafe, Zamfara)": a district the gazetteer knows
    only by its seat (a town of its name inside the province named with it) is the most
    specific place the brackets give, for a village the gazetteer lacks."""
    for i, part in enumerate(parts):
        m = _DIVISION_WORD_END.match(part)
        if m or (i == 0 and len(parts) > 1):
            # "(Tsafe, Zamfara)": coders write the district first, by its seat's name.
            towns = [(p, k) for p, k in _cands(m.group(1) if m else part)
                     if p.feature.startswith("PPL") and box.holds(p)]
            if towns:
                return _likeliest(towns, prior)
    return None


def _guessed_apart(names: list[str], box: Container, own) -> bool:
    """Whether the container is only a spelling guess that no reading of the place lies in
    ("Parachinar, Kurram district": Kurram read as Kuřim, Czechia, by its consonants): such a
    guess must not carry the place abroad."""
    from livedesk.geo.resolve import _WEAK
    gaz = get()
    # A guess: read by its consonants only, or only as another name of a place called
    # otherwise ("Kech district" as Ketsch, Germany, which lists Kech among its names).
    if not (all(_WEAK.get((id(gaz), n)) for n in names)
            or not any(k == KIND_NAME for n in names for _p, k in _cands(n))):
        return False
    return bool(own) and not any(box.holds(p) or box.near_miss(p) for p, _k in own)


# Compass and centre words: divisions of these names lie in many countries (South in Lebanon,
# Cameroon, Haiti): such a word alone never says which country.
_POINTS = frozenset("north south east west centre center central northern southern eastern western".split())
_LEVEL_END = re.compile(r"^(.+?)\s+(?:region|state|province|division|oblast|governorate)$", re.I)


def _level_dropped(part: str) -> tuple[str, bool]:
    """"(Sagaing Region)": the division's name without its level word, where the gazetteer
    holds no name written with it; and whether a level word was dropped from a name that is
    also a country's ("Niger State" is a Nigerian state, never the country Niger)."""
    m = _LEVEL_END.match(part)
    if m is None or get().lookup(key(part)):
        return part, False
    bare = get().lookup(key(m.group(1)))
    if any(p.feature in ("PCLI", "PCLS") for p, _k in bare):
        if any(p.feature == "ADM1" for p, _k in bare):
            return m.group(1), True
        return part, False
    return m.group(1), False


def _plain_apart(names: list[str], box: Container, own) -> bool:
    """Whether a holder written as a plain word ("South", "Centre", "North": a division of
    that name exists in many countries, "(Tyre, South)" means south Lebanon) holds none of
    the place's own readings: such a word must not carry the place to another country's
    division of that name; the place's own name decides."""
    return (any(key(n) in _POINTS for n in names) and bool(own)
            and not any(box.holds(p) or box.near_miss(p) for p, _k in own))


def _names_its_province(name: str, p: Place) -> bool:
    """Whether a town's name, as written, is also its province's (Idlib in Idlib; Al-Hasakeh,
    the town Al Hasakah, in the province Hasaka): compared without the Arabic article."""
    a = _ARTICLE_KEY.sub("", key(p.admin1))
    return any(k == a or fuzz.ratio(k, a) >= 85
               for k in (_ARTICLE_KEY.sub("", key(name)), _ARTICLE_KEY.sub("", key(p.name))))


_ARTICLE_KEY = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az|ad) ")


def _likeliest(cands: list, prior) -> Place | None:
    """The reading in the text's country first, then by its own name, then the most populous."""
    if not cands:
        return None
    several = len({p.country for p, _k in cands}) > 1
    weights = prior.get() if several and prior is not None else {}
    return max(cands, key=lambda t: (weights.get(t[0].country, 0.0), t[1] == KIND_NAME,
                                     t[0].population))[0]


class Prior:
    """What the text says it is about outside the names being resolved, read when first asked
    for (most texts never need it): its countries (text_countries) and the first-level
    divisions it names ("New York", "Homs": text_divisions)."""
    __slots__ = ("_text", "_skip", "_value", "_divisions", "_words", "_forces")

    def __init__(self, text: str, skip=()):
        self._text, self._skip, self._value, self._divisions, self._words = text, skip, None, None, None
        self._forces = None

    def forces(self) -> frozenset:
        """Countries whose state forces the text names by their people's adjective ("Syrian
        troops", "Mozambican forces"), with the countries the lexicon says those forces fight
        in: where such a force acts, unless the text shows another country."""
        if self._forces is None:
            self._forces = force_countries(self._text, self._capitalised())
        return self._forces

    def _capitalised(self) -> set[str]:
        if self._words is None:
            self._words = capitalised(self._text)
        return self._words

    def get(self) -> dict[str, float]:
        if self._value is None:
            self._value = text_countries(self._text, self._outside(), self._capitalised())
        return self._value

    def divisions(self) -> dict[tuple[str, str], float]:
        if self._divisions is None:
            self._divisions = text_divisions(self._text, self._outside(), self._capitalised())
        return self._divisions

    def _outside(self) -> "_Outside":
        # One skip test shared by both readings (the spans are sorted once).
        if not isinstance(self._skip, _Outside):
            self._skip = _Outside(self._skip)
        return self._skip


def force_countries(text: str, words: set[str] | None = None) -> frozenset:
    """The countries of the state forces a text names by a people's adjective before a force
    noun ("Mozambican forces", "Syrian troops", "the Malian army"), and the lexicon's war
    countries of each (fights_in). Not engineers, refugees or peacekeepers of a nationality:
    those are as often abroad as at home."""
    adjectives, titled, _pairs = _adjectives()
    words = capitalised(text) if words is None else words
    by_country, _by_name = _wars()
    out: set = set()
    for w in words & titled:
        cc = adjectives.get(w.lower())
        if cc and any(_FORCE_AFTER.match(text, i + len(w)) for i in _occurrences(text, w)):
            out.add(cc)
            out |= by_country.get(cc, set())
    return frozenset(out)


def capitalised(text: str) -> set[str]:
    """The text's capitalised words that some table of the prior holds (a name or first or
    last word of a country or division, an adjective or a word of a two-word one): the few
    words every later test reads, found with one pass over the text's words."""
    return _vocabulary().intersection(_WORD.findall(text))


_VOCAB: dict[int, frozenset] = {}


def _vocabulary() -> frozenset:
    gaz = get()
    got = _VOCAB.get(id(gaz))
    if got is None:
        _one, _by_first_d, one_d, first_d = _division_names()
        _names, _multi, by_first_c, one_c, first_c = _country_names()
        _adj, titled, pairs = _adjectives()
        lasts = {last for table in (_by_first_d, by_first_c) for ns in table.values() for _n, last in ns}
        seconds = {w for v in pairs.values() for w in v}
        got = one_d | first_d | one_c | first_c | titled | pairs.keys() | lasts | seconds | _PEOPLES_SET
        _VOCAB.clear()
        _VOCAB[id(gaz)] = got = frozenset(got)
    return got


class _Outside:
    """Whether an offset lies outside every span of `skip`: a binary search over the spans by
    start, with the furthest end reached so far (spans may nest), instead of a pass over all
    spans for every occurrence of every word (a long text names its divisions many times)."""
    __slots__ = ("skip", "starts", "reach")

    def __init__(self, skip):
        self.skip, self.starts, self.reach = skip, None, None     # built when first asked

    def __call__(self, i: int) -> bool:
        if self.starts is None:
            spans = sorted(self.skip)
            self.starts = [s for s, _e in spans]
            reach, top = [], -1
            for _s, e in spans:
                top = e if e > top else top
                reach.append(top)
            self.reach = reach
        k = bisect_right(self.starts, i)
        return k == 0 or self.reach[k - 1] <= i


def _outside(skip) -> _Outside:
    return skip if isinstance(skip, _Outside) else _Outside(skip)


def text_divisions(text: str, skip=(), words: set[str] | None = None) -> dict[tuple[str, str], float]:
    """(country, division) -> weight for the first-level divisions the text names by their own
    names outside the spans in `skip` ("Wayne County deputies near Rochester, New York").
    A name several divisions bear splits its weight; a town's name is not read here. Set
    intersections over the text's capitalised words, as for countries."""
    one, by_first, one_set, first_set = _division_names()
    words = capitalised(text) if words is None else words
    hits = words & one_set
    hits |= _longer(text, words, first_set, by_first)
    out: dict[tuple[str, str], float] = {}
    if not hits:
        return out
    outside = _outside(skip)
    inner = {x for n in hits if " " in n for x in n.split()}
    for w in hits:
        if " " not in w and w in inner:
            continue        # "York" of "New York"
        if not any(map(outside, _occurrences(text, w))):
            continue
        divs = one[w]
        for a in divs:
            out[a] = out.get(a, 0.0) + 1.0 / len(divs)
    return out


_DIVS: dict[int, tuple] = {}


def _division_names() -> tuple:
    """First-level divisions by their names as text writes them ("New York", "Homs") ->
    [(country, division)], read once per gazetteer; not names that are common words
    ("Central", "Unity", "Lakes"), which text capitalises for other reasons."""
    gaz = get()
    got = _DIVS.get(id(gaz))
    if got is None:
        from livedesk.geo.words import COMMON
        one: dict[str, list] = defaultdict(list)
        by_first: dict[str, list] = defaultdict(list)
        for name, cc, a1 in gaz.division_names():
            if not name.isascii() or len(name) < 4 or name.lower() in COMMON or name.lower() in _PLAIN:
                continue
            one[name].append((cc, a1))
            if " " in name:
                by_first[name.split(" ", 1)[0]].append((name, name.rsplit(" ", 1)[-1]))
        one_word = frozenset(n for n in one if " " not in n)
        got = _DIVS[id(gaz)] = (dict(one), dict(by_first), one_word, frozenset(by_first))
    return got


# Division names that are ordinary English words or compass points.
_PLAIN = frozenset("""lakes unity delta centre center east west north south northern southern eastern
western central plateau coast littoral rivers niger lake sahel equator capital islands""".split())


def container_of(text: str, start: int, end: int, prior: "Prior | None" = None) -> Container | None:
    """What the words after text[start:end] say the place lies in, or None. `prior`: the
    text's countries, to tell which of several divisions so named is meant."""
    if text[start - 3:start - 1] in ("'s", "’s"):
        box = _possessed(text, start, end, prior)
        if box is not None:
            return box
    if not _GATE.match(text, end):
        return None         # most names: nothing after them says what holds them
    after = text[end:end + 120]
    # Each shape is matched once, here, and read below in the same order.
    m_br = _BRACKETS.match(after)
    m_part = None if m_br else _QUARTER_OF.match(after)
    m_near = None if m_br or m_part else _NEAR.match(after)
    m_comma = None if m_br or m_near else _COMMA.match(after)
    m_in = None if m_br or m_near or m_comma else _IN.match(after)
    m_of = None if m_br or m_near or m_comma or m_in else (
        _AREA_OF.match(after) or (_AREA_END.search(text, start, end) and _OF.match(after)))
    if not (m_br or m_part or m_near or m_comma or m_in or m_of):
        return None         # none of the shapes below: the name's own readings are not needed
    here = key(text[start:end])
    own = get().lookup(here)        # the lookup resolution makes too (cached)
    town_too = any(p.feature.startswith("PPL") for p, _k in own)
    if not (m_part or _QUARTER_BEFORE.match(after)) and any(
            kind == KIND_NAME and ((p.feature in _AREAS and not (p.feature == "ADM2" and town_too))
                                   or p.population >= _BIG) for p, kind in own) \
            and not _division_of_its_towns(m_comma or m_in, own):
        return None         # a country, a province or a great city is named for itself (a
                            # district named after its seat is still held: "Lawdar (Lawdar, Abyan)";
                            # so is a name written as a quarter: "the Nyanga township in Cape Town")
    small = not any(p.population >= _TOWN for p, _k in own)
    m = m_br
    if m:
        # Not an agency or a label ("BEIRUT (AP)", "(Reuters)"): divisions and countries only.
        parts = [x.strip() for x in m.group(1).split(",")]
        parts = [x for x in parts if x and x[:1].isupper() and key(x) != here
                 and not (x.replace(".", "").isupper() and len(x) <= 6)]
        # A bracket holds divisions: one the gazetteer spells otherwise ("(Shabwa)" for
        # Shabwah) is read as that division.
        leveled = [_level_dropped(x) for x in parts]
        parts = [_division_spelling(x, prior) for x, _state in leveled]
        box = _area_container(parts, False, prior, divisions_only=True) if parts else None
        if box is not None and any(state for _x, state in leveled):
            # "(Niger State)": a level word says a division, never the country spelt alike.
            areas = frozenset(a for a in box.areas if a[1] is not None)
            divs = [p for p in ([box.fallback] if box.fallback else []) if p.feature in ("ADM1", "ADM2")]
            if not divs:
                divs = [p for n in parts for p, _k in _cands(n) if p.feature == "ADM1"]
            box = box._replace(areas=areas, fallback=divs[0]) if areas and divs else box
        if box is not None and _plain_apart(parts, box, own):
            parts = [x for x in parts if key(x) not in _POINTS]
            box = _area_container(parts, False, prior, divisions_only=True) if parts else None
        if box is None or _guessed_apart(parts, box, own):
            return None
        seat = _seat_named(parts, box, prior)
        return box._replace(fallback=seat) if seat is not None else box
    m = m_part
    if m:
        # "Kawempe, a division of Kampala": the quarter lies in the town; where the gazetteer
        # lacks the quarter (or knows it only abroad), the town is the place.
        town = m.group(1) or m.group(2) or m.group(3)
        towns = [(p, k) for p, k in _cands(town) if p.feature.startswith("PPL")]
        if towns:
            return _area_container([town], True, prior, _likeliest(towns, prior))
    m = m_near
    if m:
        cands = [p for p, _k in _cands(m.group(4)) if p.feature.startswith("PPL") or p.feature in ("AIRB", "AIRP")]
        if cands:
            if m.group(1):
                km = float(m.group(1)) * (1.609 if m.group(2).startswith("mi") else 1.0)
                radius = km * 1.5 + 30.0
            else:       # "east of Homs" reaches as far as Palmyra; "near" is closer
                radius = 200.0 if m.group(3) else 60.0
            return Container(frozenset((p.country, "\0near") for p in cands if p.country),
                             tuple((p.lat, p.lon, radius) for p in cands), None, m.group(4))
    for rx, m in ((_COMMA, m_comma), (_IN, m_in)):
        if m_near:
            m = rx.match(after)     # a nearness to no town: the other shapes are read after all
        if m:
            if rx is _COMMA and _LIST_GOES_ON.match(text, end + m.end()):
                return None     # "Austria, Slovakia, Cyprus and Greece": a list, not a holder
            names = [n for n in (m.group(1), m.group(2)) if n and key(n) != here]
            if m.group(1):
                # "Ukhia, Cox's Bazar district": a possessive that is itself a name the
                # gazetteer holds is that one name, not a town "Cox" holding a "Bazar".
                whole = after[m.start(1):m.end(2)]
                if key(whole) != here and get().lookup(key(whole)):
                    names = [whole]
            worded = m.group(3) is not None          # "province", "countryside" after it
            # A town holds a place only where the words say so ("in Deir-ez-Zor countryside")
            # or where a small place is said to be in it ("Basira in Mayadin"); after a
            # comma a town is the next item or clause ("After Paris, London is ...").
            # A quarter of a town lies in the town: "Um Badda locality, Omdurman".
            # ", in B" says "lies in" as "in B" does ("Silwan, in East Jerusalem").
            towns = worded or (rx is _IN and small) or (
                rx is _COMMA and _COMMA_ENDS.match(after, m.end()) and _great_city(names)) or (
                small and _COMMA_IN.match(after) and _holder_town_at_home(names, prior)) or bool(
                _QUARTER_BEFORE.match(after) or _QUARTER_END.search(text, start, end))
            if worded and m.group(3).lower() in _FIRST_LEVEL:
                # "Bulo Burte, Hiran region": a division the gazetteer spells otherwise
                # (Hiiraan) is read as that division, not as a town spelt like the word.
                names = [_division_spelling(n, prior) for n in names]
                # "Gopalganj, Dhaka division": the word says the holder is a division; where
                # the gazetteer holds a division of that name, a small town spelt alike abroad
                # (a Dhaka in Bihar) holds nothing.
                if any(p.feature in ("ADM1", "ADM2") for n in names for p, _k in _cands(n)):
                    towns = False
            box = _area_container(names, towns, prior, around=m.group(3) == "countryside",
                                  divisions_only=not towns) if names else None
            if box is not None and worded and m.group(3).lower() in _FIRST_LEVEL and box.fallback is not None \
                    and box.fallback.feature.startswith("PPL") and not _in_prior(box.fallback, prior):
                box = None      # "X, Meme division": a town abroad spelt like an unknown division
            if box is None and names and worded and m.group(3).lower() in _SEAT_LEVEL:
                # "Marjah village, Nad Ali district": a district the gazetteer holds only as
                # its seat (a town with no count) holds the place, and is its fallback.
                seats = [(p, k) for n in names for p, k in _cands(n)
                         if p.feature.startswith("PPL") and p.admin1 and _in_prior(p, prior)]
                if seats:
                    top = _likeliest(seats, prior)
                    box = Container(frozenset((p.country, p.admin1) for p, _k in seats), (), top,
                                    " / ".join(names))
            if box is not None and _plain_apart(names, box, own) and all(key(n) in _POINTS for n in names):
                return None
            return None if box is not None and _guessed_apart(names, box, own) else box
    m = m_of if not m_near else (_AREA_OF.match(after) or (_AREA_END.search(text, start, end)
                                                           and _OF.match(after)))
    if m:
        # "the Hodan district of Mogadishu": a quarter of a town lies in the town.
        holder = m.group(1).rstrip(".")        # "of northern Iraq." ends a sentence
        cands = _cands(holder)
        country = [p for p, _k in cands if p.feature in ("PCLI", "PCLS")]
        if country:
            # "the Gara region of northern Iraq": a country holds it, not a town spelt like it;
            # where the gazetteer knows the name only abroad, the country is the place.
            return _area_container([holder], False, prior, country[0], divisions_only=True)
        towns = [(p, k) for p, k in cands if p.feature.startswith("PPL")]
        town = _likeliest_town(holder, prior)
        fallback = town if town is not None and town.feature.startswith("PPL") else _likeliest(towns, prior)
        span_word = _AREA_END.search(text, start, end)
        word = (span_word.group(0) if span_word else _AREA_OF_WORD.match(after).group(1)).strip().lower()
        if word in _DIVISION_PART and town is not None:
            fallback = _province_of_town(town, cands) or fallback
        return _area_container([holder], True, prior, fallback)
    return None


# Words for a division of a province, not a quarter of a town: "the X district of Kandahar"
# lies somewhere in Kandahar province, not in its capital.
_DIVISION_PART = frozenset("""district sub-district subdistrict county raion rayon department
prefecture commune municipality woreda tehsil taluka taluk upazila sub-county subcounty
sub-prefecture nahiya chiefdom locality""".split())
_AREA_OF_WORD = re.compile(rf"^\s+((?:{_AREA_WORD}|neighbou?rhood|quarter|suburb))\s", re.I)
# Cities this big are divided into city districts of their own (Ukraine's and Russia's city
# raions, Afghanistan's city nahias, Iraq's and Iran's urban districts): "the X district of
# Kherson" is a quarter of the city more likely than a district of the oblast.
_CITY_DISTRICTS_POP = 250_000


def _likeliest_town(holder: str, prior) -> Place | None:
    """The holder's reading as the name alone is read (by its prior: Basra is the Iraqi city
    by its alternate name, not a hamlet in Punjab by its own), in the text's country first."""
    from livedesk.geo.resolve import _cached_lookup
    ranked, _cue = _cached_lookup(holder, get())
    weights = prior.get() if prior is not None and len({p.country for p, _s in ranked}) > 1 else {}
    top = max(ranked, key=lambda t: (weights.get(t[0].country, 0.0), t[1]), default=None)
    return top[0] if top is not None else None


def _province_of_town(town: Place, cands: list) -> Place | None:
    """The first-level division named like the holder in which the holder's likeliest town
    lies ("Kandahar": the province for the city), for a district said to be "of" it and not
    in the gazetteer: the place is in the province, and its point the province's, at the
    province's precision, rather than the capital's, as if it were the town. None when the
    holder is a city with city districts of its own or no division's namesake."""
    if town.feature.startswith("PPL") and town.population >= _CITY_DISTRICTS_POP:
        return None
    divisions = [p for p, _k in cands if p.feature == "ADM1" and p.country == town.country
                 and (town.feature == "ADM1" or p.admin1 == town.admin1)]
    return divisions[0] if divisions else None


def _division_of_its_towns(m, own) -> bool:
    """"X, Laguna" (a Philippine province) where X is also a province abroad (a Bolivian
    department, an Argentine province): a name that is a province elsewhere but a town in the
    country of the division written after it is that country's town, held by the division,
    not a province named for itself."""
    if m is None:
        return False
    held_in = {p.country for n in (m.group(1), m.group(2)) if n
               for p, kind in _cands(n) if kind == KIND_NAME and p.feature in ("ADM1", "ADM2")}
    if not held_in:
        return False
    areas_in = {p.country for p, kind in own if kind == KIND_NAME and p.feature in _AREAS}
    towns_in = {p.country for p, _kind in own if p.feature.startswith("PPL")}
    return bool(held_in & towns_in - areas_in)


# ", in B": a comma then "in" (the shape _COMMA reads) says the place lies in B.
_COMMA_IN = re.compile(r"^(?:\s+\w+)?,\s*in\s")
# Division words of the first level: a town spelt like the name is not what they name.
_FIRST_LEVEL = frozenset("province region state governorate oblast wilaya division zone".split())
# Division words a district known only by its seat's name can stand before ("Nad Ali district").
_SEAT_LEVEL = frozenset("""district municipality county department prefecture raion territory commune
cercle woreda locality sub-district subdistrict tehsil taluka taluk upazila sub-county subcounty
sub-prefecture nahiya chiefdom""".split())


# "X, Manila." / "X, Lagos;": a comma and a city that closes the clause, not the next item of
# a list or a new clause ("After Paris, London is ...").
_COMMA_ENDS = re.compile(r"\s*(?:[.;]|$)")


def _great_city(names: list[str]) -> bool:
    """Whether a holder after a comma is a capital or a city of a million: a place written
    "Tondo, Manila" is a quarter of it, the city its fallback where the gazetteer lacks the
    quarter there (or knows the name only abroad)."""
    return any(p.feature == "PPLC" or (p.feature.startswith("PPL") and p.population >= 1_000_000)
               for n in names for p, k in _cands(n) if k == KIND_NAME)


def _holder_town_at_home(names: list[str], prior) -> bool:
    """Whether a holder after ", in" is a city, or a town of one of the text's own countries
    (not "Republic" of "the Republic of Ingushetia", a small town in Missouri)."""
    countries = prior.get() if prior is not None else {}
    return any(p.feature.startswith("PPL") and (p.country in countries or p.population >= 100_000)
               for n in names for p, _k in _cands(n))


def _in_prior(p: Place, prior) -> bool:
    """Whether p lies in one of the text's own countries, or the text names none."""
    if prior is None:
        return True
    countries = prior.get()
    return not countries or p.country in countries


def _division_spelling(name: str, prior) -> str:
    """The gazetteer's name of the first-level division `name` spells otherwise ("Hiran" ->
    Hiiraan, by find's division skeleton: no final h, no doubled letters), only where the
    gazetteer holds no division written so, and only in one country (the text's own where
    several or one abroad)."""
    gaz = get()
    k = key(name)
    if not k or any(p.feature in ("ADM1", "ADM2", "PCLI") for p, _k in gaz.lookup(k)):
        return name
    from livedesk.geo.find import _skeleton, _skeleton_table
    found = _skeleton_table().get(_skeleton(k))
    if not found:
        return name
    countries = prior.get() if prior is not None else {}
    if len(found) > 1 or (countries and not found.keys() & countries.keys()):
        found = {cc: n for cc, n in found.items() if cc in countries}
        if len(found) != 1:
            return name
    return next(iter(found.values()))


def _possessed(text: str, start: int, end: int, prior) -> Container | None:
    """"Mogadishu's Karaan district": the name lies in the town before it, which is its place
    where the gazetteer knows it only abroad. Only a town holds so (not "Syria's Aleppo": a
    country's possessive before a town is said of the town), and not a place named for itself
    (a country, a province, a great city)."""
    m = _POSSESSOR.search(text, max(0, start - 60), start)
    if not m:
        return None
    holder = m.group(1)
    word = _SUBDIVISION_END.search(text, start, end)
    if word and not any(p.feature in ("ADM1", "ADM2") for p, _k in _cands(holder)):
        # "Shabwa's Markha district": what holds a district is a division, read as the
        # division the gazetteer spells otherwise (Shabwah), as a bracket's is.
        holder = _division_spelling(holder, prior)
    cands = _cands(holder)
    if any(p.feature in ("PCLI", "PCLS") for p, _k in cands):
        return None
    if any(kind == KIND_NAME and (p.feature in ("PCLI", "PCLS", "ADM1") or p.population >= _BIG)
           for p, kind in get().lookup(key(text[start:end]))):
        return None
    towns = [(p, k) for p, k in cands if p.feature.startswith("PPL") and p.population >= _TOWN]
    if (word and any(p.feature in ("ADM1", "ADM2") for p, _k in cands)
            and not any(p.population >= _city_of_districts(word.group()) for p, _k in towns)):
        # "Panjshir's Dara district", "Zamfara's Maru local government area": a division's
        # possessive before a district holds it in the division (not in a town spelt like
        # it), and the division is its place where the gazetteer knows it only elsewhere.
        # A city's districts are its quarters ("Kherson's Dniprovskyi district"), and a
        # great city's townships too ("Yangon's Hlaing Tharyar township").
        box = _area_container([holder], False, prior, divisions_only=True)
        if box is not None:
            return box
    if not towns:
        return None
    return _area_container([holder], True, prior, _likeliest(towns, prior))


# Words of second- and third-level divisions (not a city's quarters): a name ending so, after
# a division's possessive, is a part of that division.
_SUBDIVISION = (r"district|township|tehsil|taluka|taluk|county|local government area|LGA|woreda|"
                r"raion|rayon|sub-district|subdistrict|nahiya|municipality|commune|territory|"
                r"cercle|department|prefecture|upazila|sub-county|subcounty|sub-prefecture|chiefdom")
_SUBDIVISION_END = re.compile(rf"\s(?:{_SUBDIVISION})$", re.I)


def _city_of_districts(word: str) -> int:
    """People from which a town's "district" is taken for one of its own quarters (a city's
    district: "Kherson's Dniprovskyi district"; a town is nearer a district of its province
    than the province's point is, so the town is the safer reading), and from which any
    division word after its possessive is (Yangon's townships)."""
    return _TOWN if word.strip().lower() == "district" else _BIG


_THIRD_LEVEL = re.compile(r"(?:tehsil|taluka|taluk|sub-district|subdistrict|nahiya|upazila|sub-county|"
                          r"subcounty|sub-prefecture|commune|chiefdom)$", re.I)
# "Sagaing's Depayin township" where the gazetteer lacks Depayin: the holder before it.
SUBDIVISION_AFTER = re.compile(rf"['’]s\s+(?:[A-Z][\w'’-]*[\s-]+){{1,3}}(?:{_SUBDIVISION})\b")


def read_as_division(text: str, spans: list[tuple[int, int]], results: list[dict]) -> None:
    """"Sagaing's Depayin township", "Marib's Harib district": a town's name whose possessive
    holds a second-level division is said of the first-level or second-level division of
    that name (the township lies in Sagaing region, not in the town), where the name is one
    and the town is no great city (whose districts are its quarters: "Kabul's PD 13
    district"). Changes `results` (from resolve_mentions) in place."""
    for i, ((s, e), r) in enumerate(zip(spans, results)):
        if text[e:e + 1] not in ("'", "’"):
            continue        # most names: no possessive after them
        p = r.get("place")
        m = None if p is None or not p.feature.startswith("PPL") else SUBDIVISION_AFTER.match(text, e)
        if m is None or p.population >= _city_of_districts(m.group().rsplit(None, 1)[-1]):
            continue
        div = [d for d, _k in get().lookup(key(text[s:e]))
               if d.feature in ("ADM1", "ADM2") and d.country == p.country and d.admin1 == p.admin1]
        if div:
            # A district lies in a first-level division; a tehsil or a sub-district in a
            # district ("Dera Ismail Khan's Daraban tehsil").
            third = _THIRD_LEVEL.match(m.group().rsplit(None, 1)[-1])
            best = max(div, key=lambda d: ((d.feature == "ADM2") == bool(third), d.population))
            results[i] = {**r, "place": best, "cue": "holder"}


# Adjectives written as nationalities: "Syrian", "Afghans", "Burkinabe", "Congolese".
_DEMONYM_END = re.compile(r"(?:an|ans|ese|ish|i|is|ic|er|ers|be|ot|ots)$")
# Capitalised words, without word-boundary tests (half the cost; a capital inside a word,
# "McDonald", only adds a harmless member to the set the names are looked up in).
_WORD = re.compile(r"[A-Z][a-z]+")
_PAIR = re.compile(r"\b(?:South|North|East|West|Central|New|Sri|Sierra|Costa|Saudi|El|Papua) [A-Z][a-z]+\b")
# Money named by its country's adjective or name is no place: "the US dollar", "Lebanese pound".
_CURRENCY = re.compile(r"[ ]+(?:dollars?|pounds?|lira|liras|rials?|riyals?|dinars?|euros?|rubles?|roubles?|"
                       r"hryvnias?|shekels?|afghanis?|rupees?|francs?|yuan|yen|naira|shillings?|birr|kyat|"
                       r"pesos?|taka|manat|dram|leones?|cedis?|kwacha)\b", re.I)


# "Russian drones", "Israeli strikes", "Turkish F-16s", "Ukrainian long-range drones": a
# nationality before a weapon or a strike names who fired, and fire crosses borders as often
# as not ("Turkish drones struck Qamishli"; "Sudanese army drones hit Nyala"): no vote for
# where the text is. Before a word for people ("Syrian villagers", "Malian troops") it keeps
# its vote. (Half a vote changes nothing: context pull is shared among the votes there are,
# so a lone adjective pulls in full whatever its weight.)
WEAPON_AFTER = re.compile(
    r"[ ]+(?:(?:guided|glide|ballistic|cruise|kamikaze|suicide|heavy|precision|long-range|short-range|"
    r"attack|combat|military|army|naval|air|drone|missile|rocket|artillery|tank|mortar|"
    r"[A-Z][A-Za-z]*-?\d+[a-z]*)[ ]+){0,2}"
    r"(?:drones?|missiles?|rockets?|strikes?|air[ ]?strikes?|bombs?|bombing|bombardments?|shelling|"
    r"shells|artillery|mortars?|jets|warplanes?|aircraft|planes|helicopters|gunships|warships|"
    r"F-\d+s|fire|gunfire|raids?)\b")
_BORDER = re.compile(r"[ -]+(?:border|borders|frontier|boundary)\b", re.I)


def text_countries(text: str, skip: list[tuple[int, int]] | tuple = (),
                   words: set[str] | None = None) -> dict[str, float]:
    """Countries a text is about by the adjectives of its people ("Syrian troops", "Afghan
    police") and the countries it names outside the spans in `skip` (those are names of the
    text, which vote as such in resolution: a name is never context for itself, as in "Lebanon
    school buses"), as weights: several words for one country count a little more, not
    linearly. Set intersections over the text's capitalised words: this runs on every text."""
    adjectives, titled, pairs = _adjectives()
    words = capitalised(text) if words is None else words
    seen: dict[str, set] = {}
    names, multi, by_first, one_set, first_set = _country_names()
    longer = _longer(text, words, first_set, by_first)
    outside = _outside(skip)
    for w in (words & one_set) | longer:
        if w in names and any(n.endswith(" " + w) for n in longer):
            continue        # "Sudan" of "South Sudan"
        for i in _occurrences(text, w):
            if not _CURRENCY.match(text, i + len(w)) and outside(i):
                seen.setdefault(names.get(w) or multi[w], set()).add(w.lower())
                break
    hits = words & titled
    # Two-word adjectives ("South Sudanese") are searched for only where both their words
    # stand among the text's capitalised words ("South" alone is common).
    if any(second in words for first in words & pairs.keys() for second in pairs[first]):
        hits |= {m.group() for m in _PAIR.finditer(text) if m.group() in titled}
    for w in hits:
        k = w.lower()
        if " " not in k and any(h.lower().endswith(" " + k) for h in hits if " " in h):
            continue        # "South Sudanese" is not "Sudanese"
        if all(_CURRENCY.match(text, i + len(w)) or _BORDER.match(text, i + len(w))
               or WEAPON_AFTER.match(text, i + len(w)) for i in _occurrences(text, w)):
            continue        # only ever money ("the Lebanese pound") or a frontier ("on the road
                            # to the Syrian border"): the neighbour, not the report's country;
                            # or who fired ("Turkish drones"), as likely abroad as at home
        seen.setdefault(adjectives[k], set()).add(k)
    # A people of one country before a noun for people ("Oromo protesters", "Masalit farmers").
    for w in words & _PEOPLES_SET:
        if any(outside(i) and _PEOPLE_NOUN.match(text, i + len(w)) for i in _occurrences(text, w)):
            seen.setdefault(PEOPLES[w], set()).add(w.lower())
    # Who acted: a named armed group or a state's forces of one country ("JNIM fighters",
    # "FARDC soldiers", "SPLA-IO forces") says where the text is as a people's adjective does.
    for cc, name in actor_countries(text):
        seen.setdefault(cc, set()).add(name)
    # "US forces", "UK troops": a country's own name as its forces' adjective, for a country
    # whose forces fight abroad, is read as the adjective is (the span's own vote in resolution
    # is dropped: find._resolve, force_abroad), so it may go to the war's country too.
    own: dict[str, tuple[str, str]] = {}
    if "forces" in text or "troops" in text or "military" in text or "soldiers" in text or "army" in text:
        for m in _NAME_FORCE.finditer(text):
            if force_abroad(text, m.start(1), m.end(1)):
                cc = get().lookup(key(m.group(1)))[0][0].country
                own[m.group(1).lower()] = (cc, m.group(1))
                seen.setdefault(cc, set()).add(m.group(1).lower())
    if seen:
        _to_the_war(text, seen, adjectives, own)
    return {cc: 1.0 + 0.5 * min(len(ws) - 1, 2) for cc, ws in seen.items()}


# A nationality before a word for a fighting force or its ministry: "Russian forces", "Turkish
# troops", "the Russian defence ministry".
_FORCE_AFTER = re.compile(
    r"[ ]+(?:(?:armed|special|security|ground|regular|occupying|occupation|border)[ ]+)?"
    r"(?:forces|troops|army|military|soldiers|units|servicemen|paratroopers|marines|"
    r"(?:defen[cs]e|war)[ ]+ministry|ministry[ ]+of[ ]+defen[cs]e)\b", re.I)
_WARS: list = []


def _wars() -> tuple[dict, dict]:
    """The actors lexicon's optional "fights_in" (the countries where a force or group is at
    war), read once: home country -> war countries for its state and foreign forces (a
    nationality before a force noun is those forces), and actor name -> (home, war countries)."""
    if _WARS:
        return _WARS[0]
    import json

    from livedesk.read.lexicon import LEXICON_DIR
    data = json.loads((LEXICON_DIR / "actors.json").read_text(encoding="utf-8"))
    rows = data["actors"]
    by_country: dict = defaultdict(set)
    by_name: dict = {}
    # Forces of countries the lexicon gives no entry of their own ("Kenyan troops" in Somalia)
    for cc, fights in data.get("fights_in_by_country", {}).items():
        by_country[cc] |= set(fights)
    for a in rows:
        fights, cc = a.get("fights_in"), a.get("country")
        if not fights or not cc:
            continue
        by_name[a["name"]] = (cc, frozenset(fights))
        if a.get("type") in ("state forces", "foreign forces"):
            by_country[cc] |= set(fights)
    _WARS.append(({cc: frozenset(v) for cc, v in by_country.items()}, by_name))
    return _WARS[0]


# A capitalised name of one or two words before a force noun: "US forces", "UK troops".
_NAME_FORCE = re.compile(r"\b([A-Z][A-Za-z.]*(?: [A-Z][a-z]+)?)(?=" + _FORCE_AFTER.pattern + ")")


def force_abroad(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a country's own name standing as its forces' adjective ("US
    forces", "UK troops") for a country whose forces the lexicon says fight abroad: like the
    adjective ("American forces", _to_the_war), such a force says where only through the places
    the text names, so its name is no vote for its own country."""
    if not _FORCE_AFTER.match(text, e):
        return False
    wars = _wars()[0]
    return any(p.feature in ("PCLI", "PCLS") and p.country in wars for p, _k in get().lookup(key(text[s:e]))[:1])


def _to_the_war(text: str, seen: dict, adjectives: dict, own: dict | None = None) -> None:
    """A force or group at war abroad says where the text is only through the places it names:
    when its home country's only sign in the text is the force itself ("Russian forces said
    they had taken Artemovsk", "JNIM ambushed a patrol near Barani"), the vote goes to its
    war countries (the lexicon's "fights_in") in which a name of the text has a reading;
    with none, or with other signs of home ("Russian villagers", "Russia"), it stays home.
    Armies fight at home about as often as abroad, so the force alone decides nothing."""
    by_country, by_name = _wars()
    for cc in [c for c in seen if c in by_country or any(w in by_name for w in seen[c])]:
        fights: set = set()
        for w in seen[cc]:
            if w in by_name and by_name[w][0] == cc:
                fights |= by_name[w][1]
            elif (adjectives.get(w) == cc and cc in by_country
                  and all(_FORCE_AFTER.match(text, i + len(w)) for i in _occurrences(text, w.title()))):
                fights |= by_country[cc]
            elif own and own.get(w, ("",))[0] == cc and cc in by_country and all(
                    _FORCE_AFTER.match(text, i + len(w)) for i in _occurrences(text, own[w][1])):
                fights |= by_country[cc]        # "US forces", as "American forces"
            else:
                break           # another sign of home
        else:
            war = _named_in(text, fights) if fights else set()
            if war:
                words = seen.pop(cc)
                for c in war:
                    seen.setdefault(c, set()).update(words)


def _named_in(text: str, countries: set) -> set[str]:
    """Which of `countries` hold a reading of a name the text writes (not an adjective)."""
    gaz = get()
    adjectives = _adjectives()[0]
    cc = tuple(sorted(countries))
    found: set = set()
    for m in re.finditer(_NAME, text):
        k = key(m.group())
        if not k or k in adjectives:
            continue
        found |= {p.country for p, _k in gaz.lookup_in(k, cc)}
    return found


_PEOPLES_SET = frozenset(PEOPLES)
# Nouns for people after a people's name: "Oromo protesters", "Kuki villagers", "Nuer youths".
_PEOPLE_NOUN = re.compile(r"[ ]+(?:fishermen|herders|herdsmen|farmers|villagers|militiamen|militias?|fighters|"
                          r"protesters|protestors|students|elders|youths?|refugees|traders|raiders|"
                          r"hunters|tribesmen|clansmen|civilians|families|community|communities|"
                          r"leaders|chiefs|pastoralists|nomads|residents|men|women|children|"
                          r"settlers|insurgents|rebels|gunmen|groups?|militants|displaced|"
                          r"neighbourhoods?|neighborhoods?|villages?|areas?)\b")
_ACTORS: list = []
_CAP_TOKEN = re.compile(r"[A-Z][\w'’-]*")


def _actor_table() -> dict:
    """First capitalised word -> [(compiled alias, country)] for the actors lexicon's named
    groups and forces of one country (livedesk.read.lexicon, read once). Only aliases with a
    capital, which name someone ("Wazalendo fighters"), not the generic words a lexicon maps
    to its likeliest war ("rebels", "insurgents", "junta"); not an alias two countries'
    actors share ("SNA"); not foreign forces, which fight abroad. A short all-capital alias
    counts only as written ("ADF", not "adf"), as the reader matches it."""
    if _ACTORS:
        return _ACTORS[0]
    from livedesk.read.lexicon import actors
    by_alias: dict = defaultdict(set)
    for a in actors():
        if not a.country or a.generic or a.type == "foreign forces":
            continue
        for al in a.aliases:
            if any(ch.isupper() for ch in al) and len(al) >= 3:
                by_alias[al].add((a.country, a.name))
    table: dict = defaultdict(list)
    for al, ccs in by_alias.items():
        if len({cc for cc, _n in ccs}) != 1:
            continue
        first = _CAP_TOKEN.search(al)
        exact = al.isupper() and len(al) <= 4
        rx = re.compile(rf"(?<![\w-]){re.escape(al)}(?![\w-])", 0 if exact else re.I)
        cc, name = next(iter(ccs))
        # The alias as a plain substring (lower case unless exact): a cheap test first, since
        # most first words ("National", "Islamic") open aliases the text does not hold.
        table[first.group()].append((rx, cc, name, al if exact else al.lower(), exact))
    _ACTORS.append(dict(table))
    return _ACTORS[0]


def _actor_entries(text: str):
    """(compiled alias, country, actor) of the table whose alias the text may hold: its first
    word is among the text's capitalised words and the alias stands in the text as a plain
    substring (a cheap test before the pattern, since most first words, "National",
    "Islamic", open aliases the text does not hold)."""
    table = _actor_table()
    low = None
    for w in table.keys() & set(_CAP_TOKEN.findall(text)):
        for rx, cc, name, needle, exact in table[w]:
            if exact:
                if needle not in text:
                    continue
            else:
                if low is None:
                    low = text.lower()
                if needle not in low:
                    continue
            yield rx, cc, name


def actor_countries(text: str) -> set[tuple[str, str]]:
    """(country, actor) for each named actor of one country the text names (an actor named by
    several of its aliases counts once)."""
    return {(cc, name) for rx, cc, name in _actor_entries(text)
            if any(not _tail_of_longer_adjective(text, m.start()) for m in rx.finditer(text))}


_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)\s+$")
_WORD_AT = re.compile(r"\S+")


def _tail_of_longer_adjective(text: str, start: int) -> bool:
    """Whether an alias found at `start` is the tail of a two-word people's adjective: "Sudanese
    police" inside "South Sudanese police" names South Sudan's police, not Sudan's."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if not before:
        return False
    _adj, _titled, pairs = _adjectives()
    first = _WORD_AT.match(text, start)
    return first is not None and first.group() in pairs.get(before.group(1), ())


def actor_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names an actor of the lexicon (for spans a group's name holds)."""
    return [m.span() for rx, _cc, _name in _actor_entries(text) for m in rx.finditer(text)]


def actor_span_countries(text: str) -> dict[tuple[int, int], str]:
    """Where the text names an actor of the lexicon -> the actor's country (one country only:
    the table holds no alias two countries' actors share)."""
    return {m.span(): cc for rx, cc, _name in _actor_entries(text) for m in rx.finditer(text)}


def _longer(text: str, words: set[str], first_set: frozenset, by_first: dict) -> set[str]:
    """The names of several words the text holds: only those whose first word it holds are
    searched for, and only where their last word is among its capitalised words too
    (`by_first`: first word -> [(name, last word)])."""
    firsts = words & first_set
    if not firsts:
        return set()
    idx = _BY_LAST.get(id(by_first))
    if idx is None or idx[0] is not by_first:
        # First word -> last word -> names: "San", "New" and "North" begin hundreds of names,
        # of which a text holds the last words of a few.
        table: dict = {}
        for fw, ns in by_first.items():
            lasts: dict = table.setdefault(fw, {})
            for n, last in ns:
                lasts.setdefault(last, []).append(n)
        idx = _BY_LAST[id(by_first)] = (by_first, table)
    table = idx[1]
    return {n for fw in firsts for last in table[fw].keys() & words for n in table[fw][last] if n in text}


_BY_LAST: dict[int, tuple] = {}


def _occurrences(text: str, w: str):
    """Where the word w stands whole in text."""
    i = text.find(w)
    n = len(w)
    while i >= 0:
        if not (i and text[i - 1].isalpha()) and not text[i + n:i + n + 1].isalpha():
            yield i
        i = text.find(w, i + 1)


_ADJ: dict[int, tuple] = {}
_NAMES: dict[int, tuple] = {}


def _country_names() -> tuple:
    """Countries' own names as text writes them -> country: one-word names, longer ones
    ("South Sudan", "Sierra Leone"), the longer ones by first word, and the one-word names and
    first words as sets; read once per gazetteer."""
    gaz = get()
    got = _NAMES.get(id(gaz))
    if got is None:
        one, multi, by_first = {}, {}, defaultdict(list)
        for name, cc in gaz.country_names():
            (multi if " " in name else one)[name] = cc
            if " " in name:
                by_first[name.split(" ", 1)[0]].append((name, name.rsplit(" ", 1)[-1]))
        got = _NAMES[id(gaz)] = (one, multi, dict(by_first), frozenset(one), frozenset(by_first))
    return got
# First words of two-word adjectives: "South Sudanese", "Central African", "Sierra Leonean".
_PAIR_FIRST = frozenset("south north east west central new sri sierra costa saudi el papua".split())


def _adjectives() -> tuple[dict[str, str], frozenset, dict]:
    """key -> country, and the same keys as text writes them ("Syrian", "South Sudanese"), for the adjectives and peoples of countries the gazetteer holds as
    alternate names ("syrian", "afghans", "burkinabe"), read once per gazetteer. Only the
    adjective: a country named is a name of the text and votes as one in resolution (a name
    is never context for itself: "Lebanon school buses")."""
    gaz = get()
    got = _ADJ.get(id(gaz))
    if got is None:
        rows = gaz.country_alternates()
        got = {}
        for k, cc in rows:          # the most populous country first: "congolese" is the DRC's
            words = k.split()
            if (_DEMONYM_END.search(k) and k.isascii() and len(k) >= 4
                    and (len(words) == 1 or (len(words) == 2 and words[0] in _PAIR_FIRST))):
                got.setdefault(k, cc)
        titled = frozenset(" ".join(w.capitalize() for w in k.split()) for k in got)
        # Two-word ones by their first word -> second words, as text writes them.
        pairs: dict[str, set] = defaultdict(set)
        for t in titled:
            if " " in t:
                first, second = t.split(" ", 1)
                pairs[first].add(second)
        got = (got, titled, {f: frozenset(v) for f, v in pairs.items()})
        _ADJ.clear()
        _ADJ[id(gaz)] = got
    return got


def warm() -> None:
    """Read the tables text_countries and text_divisions use (a load-time cost, like the
    gazetteer's context keys)."""
    _adjectives()
    _country_names()
    _division_names()
    _vocabulary()
    _actor_table()
    from livedesk.geo.find import _skeleton_table
    _skeleton_table()       # divisions by spelling skeleton (find and _division_spelling)


def currency_after(text: str, end: int) -> bool:
    """Whether a money word follows: "US dollar", "Syrian pound"."""
    return bool(_CURRENCY.match(text, end))
