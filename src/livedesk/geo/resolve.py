"""Toponym resolution in document context: which of the places called X the text means.

Population alone sends every Palmyra to Syria and every Alexandria to Egypt. The score of a
candidate adds, in log-population units, what the document says around it: the countries and
first-level divisions it names, and how close the candidate lies to the other places named
in it. This module finds candidates and their priors (population, feature type, the wording
around the name); context.py re-scores them against each other over a few rounds.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from operator import itemgetter

from rapidfuzz import fuzz

from livedesk.geo.context import AREAL, contextualise, document_place
from livedesk.geo.gazetteer import (CODE_PREFIX, KIND_ALT, KIND_NAME, KIND_SKELETON,
                                    UNCOUNTED_DIVISION_POP, Place, get, haversine)
from livedesk.geo.normalise import fold, key, skeleton, translit

_ADMIN_SUFFIX = re.compile(
    r"\s+(province|governorate|governate|oblast|region|state|district|prefecture|muhafazah|"
    r"wilayah|vilayet|krai|kray|raion|rayon|department|territory|cercle|locality|sub-district|"
    r"subdistrict|woreda|division)$")
_ADMIN_PREFIX = re.compile(r"^(province|governorate|state|region|oblast|district) of\s+")
_CITY_PREFIX = re.compile(r"^(city|town|village|outskirts|suburbs|port|capital) of\s+")
_CITY_SUFFIX = re.compile(r"\s+(city|town|village|countryside|area|suburbs)$")
_DIRECTIONAL = re.compile(
    r"^(north|south|east|west|central|northern|southern|eastern|western|northeast|northwest|"
    r"southeast|southwest|northeastern|northwestern|southeastern|southwestern|north eastern|"
    r"north western|south eastern|south western|upper|lower|greater|rural|downtown|"
    r"north ?east|north ?west|south ?east|south ?west)\s+")
# Every word any of the five patterns above starts from or ends with.
_CUE_WORD = re.compile(
    r"\b(province|governorate|governate|oblast|region|state|district|prefecture|muhafazah|"
    r"wilayah|vilayet|krai|kray|raion|rayon|department|territory|cercle|locality|sub-district|"
    r"subdistrict|woreda|division|city|town|village|outskirts|"
    r"suburbs|port|capital|countryside|area|north|south|east|west|central|northern|southern|"
    r"eastern|western|northeast|northwest|southeast|southwest|northeastern|northwestern|"
    r"southeastern|southwestern|upper|lower|greater|rural|downtown)\b")
_COMPASS_NOUN = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_AIRFIELD = re.compile(r"\b(air ?base|airport|airfield|air field|base|aerodrome)\b", re.I)
_COUNTY = re.compile(r"\b(county|parish|borough)\b", re.I)

# Weights in log10-population units (a weight of 1 is worth a tenfold population).
W_ALT, W_SKELETON = -1.2, -2.2
W_ALT_SPELLING = 0.2
# An alternate name of a town bigger than one bearing it as its own name, but under tenfold
# ("Man", Côte d'Ivoire, against Amman, which lists "Man"): the own name is the likelier
# reading, more than W_ALT alone says. A former name of a far bigger town (Artemovsk of
# Bakhmut, against a hamlet called Artemovsk) is untouched.
W_ALT_NEAR_OWN, _NEAR_OWN_LOG = -0.5, 1.0
W_COUNTRY, W_ADM1, W_CONT, W_CAPITAL, W_OVERLAY = 2.0, 0.3, 2.0, 0.5, 1.5
W_CITY_OVER_PROVINCE = -2.5
W_CAPITALS_DIVISION = -1.0  # a division named like its country's capital: the bare name is the city
W_AIRFIELD_OWN = 4.0    # an airfield by its own name alone (air bases, big cities' airports): a town of 10,000
_LOG_UNCOUNTED = math.log10(UNCOUNTED_DIVISION_POP)
# GeoNames' cities500 lists a town under 500 people only as the seat of a division, so one
# with no count is a seat: a town of a few thousand (many Syrian towns have lost their count).
_LOG_SEAT = 3.5
# A place this small that shares its name with an adjective ("English", Indiana) yields to
# the area the adjective names (measured: any threshold from 2,000 to 20,000 reads the same).
_HAMLET = 5000
_SEAT_MIN = 1000     # people: a town this big bearing its division's name is the division's seat
_SEAT_SPELLING = 85  # similarity (0-100) of a town's own name to its division's that makes it a spelling of it


def _spelt_alike(k: str, other: str) -> bool:
    """Whether two keys of one consonant skeleton are spellings of one name: alike as written,
    or nearly the same once romanisation's vowel habits are folded ("sheikh zuweid",
    "shaykh zuwayd"; not Khayelitsha and Akhaltsikhe, which only share consonants)."""
    return fuzz.ratio(k, other) >= 72 or fuzz.ratio(translit(k), translit(other)) >= 90


def _variants(surface: str) -> tuple[list[tuple[str, str]], str | None]:
    """Lookup keys for a mention, most literal first, and the cue the wording gives
    ('admin' for "Homs province", 'city' for "the city of X", 'region' for "northern Syria")."""
    s = _POSSESSIVE.sub("", surface.strip())
    k = key(s)
    out = [(k, "")]
    cue = None
    cued = " " in k and _CUE_WORD.search(k)        # most names carry no cue word: one test
    for rx, c in ((_ADMIN_SUFFIX, "admin"), (_ADMIN_PREFIX, "admin"), (_CITY_PREFIX, "city"),
                  (_CITY_SUFFIX, "city"), (_DIRECTIONAL, "region")) if cued else ():
        m = rx.search(k)
        if m:
            rest = (k[:m.start()] + k[m.end():]).strip()
            if rest and rest != k:
                out.append((rest, c))
                cue = cue or c
                if c == "region" and m.group(1) in _COMPASS_NOUN:
                    # "Southern Kordofan": where the bare name is no place, the compass word
                    # is the division's own ("South Kordofan"), not a part of somewhere else.
                    out.append((f"{_COMPASS_NOUN[m.group(1)]} {rest}", c))
    if _COUNTY.search(s):
        cue = cue or "county"
        if k.endswith(" county") and len(out) == 1:
            # "Bor county", "Turkana County": a county the gazetteer lacks by that name is
            # read as its town (tried only after the whole name), not as a skeleton's guess.
            out.append((k[:-len(" county")], "county"))
    return out, cue


# Three-letter country names written as words in English prose, not only as codes.
_WORD_COUNTRIES = frozenset({"lao"})


_RU_YE = re.compile(r"(?<=[aeiou])ye(?=v)")


# The Arabic article as a split lookup may find it inside a joined name ("Alqaim",
# "Rasalain"): the spellings normalise.key drops when written apart.
_SPLIT_ARTICLES = ("al", "el", "ar", "as", "ash", "ad", "at", "az", "an", "ul")
_SPLIT_MIN = 3          # letters of each part: shorter parts find too many names by chance


def _joined(k: str) -> str:
    """A key's words written as one ("balad ruz" -> "baladruz")."""
    return k.replace(" ", "")


def _split_lookup(k: str, gaz) -> list[tuple[Place, int]]:
    """Towns and divisions whose name is the one-word key `k` split in two ("talafar": Tall
    Afar by its alternate "Tal Afar"), an article before ("alqaim": Al Qaim) or between its
    parts ("rasalain": Ras al-Ain). Only by their own or alternate names, never a skeleton."""
    if not k.isalpha() or len(k) < 2 * _SPLIT_MIN:
        return []
    tries = []       # (split key, whether an article was split off)
    for a in _SPLIT_ARTICLES:
        if k.startswith(a) and len(k) - len(a) >= 2 * _SPLIT_MIN - 1:
            tries.append((f"{a} {k[len(a):]}", True))
    for i in range(_SPLIT_MIN, len(k) - _SPLIT_MIN + 1):
        tries.append((f"{k[:i]} {k[i:]}", False))
        for a in _SPLIT_ARTICLES:
            if k.startswith(a, i) and len(k) - i - len(a) >= _SPLIT_MIN:
                tries.append((f"{k[:i]} {a} {k[i + len(a):]}", True))
    out = []
    for t, article in tries:
        for p, kind in gaz.lookup(key(t)):
            if kind == KIND_SKELETON or not (p.feature.startswith("PPL") or p.feature in ("ADM1", "ADM2")):
                continue
            # An article read out of the name must be the place's own ("Al Qa'im"): the key
            # drops it, so "Alhassan" would otherwise find any Hassan.
            if article and not _HAS_ARTICLE.search(fold(p.name)):
                continue
            out.append((p, kind))
    return out


_HAS_ARTICLE = re.compile(rf"(?:^|[\s'-])(?:{'|'.join(_SPLIT_ARTICLES)})[\s'-]")


def lookup(surface: str, gaz=None, countries: tuple[str, ...] = ()) -> tuple[list[tuple[Place, float]], str | None]:
    """Candidates for a surface form with the prior score each gets, and the wording cue;
    with `countries`, only places in those countries."""
    gaz = gaz or get()
    variants, cue = _variants(surface)
    found: dict[int, tuple[Place, int]] = {}
    for k, _c in variants:
        for p, kind in (gaz.lookup_in(k, countries) if countries else gaz.lookup(k)):
            if p.id not in found or found[p.id][1] > kind:
                found[p.id] = (p, kind)
        if found:
            break
    if len(surface) == 3 and surface[:1].isupper() and not surface.isupper():
        # A country's three-letter code (BOL, PER, IND) is written in capitals; a title-case
        # word of three letters ("Bol" on Lake Chad, "Per") is a town or a word, not the code.
        # Only the curated whole-word names keep their country ("Lao", an adjective of Laos).
        found = {i: (p, kind) for i, (p, kind) in found.items()
                 if not (p.feature == "PCLI" and kind != KIND_NAME and key(surface) not in _WORD_COUNTRIES)}
    if cue == "admin" and len(variants) > 1 and found:
        # "Northern province": a division whose full name is a division elsewhere (Sri Lanka's
        # Northern Province) is still one of the divisions called "Northern" (Sudan's).
        for k, _c in variants[1:]:
            for p, kind in gaz.lookup(k):
                if p.feature in ("ADM1", "ADM2") and p.id not in found:
                    found[p.id] = (p, kind)
    code = _code(surface)
    if code:
        # "BC", "TX", "QLD": a state or province code, which only a capitalised code reaches.
        for p, kind in gaz.lookup(CODE_PREFIX + code):
            found.setdefault(p.id, (p, kind))
    hamlets = bool(found) and all(p.feature.startswith("PPL") and p.population < _HAMLET
                                  for p, _k in found.values())
    if not found or (hamlets and surface[:1].isupper()):
        # "Siberian", "Korean", "Libyan", "Iraqi": an adjective of a country or region the
        # gazetteer has no demonym for names the area itself. So does one that only a
        # hamlet also bears as its name ("English", Indiana), by its adjective endings only:
        # a hamlet "Victor" is not "Victoria".
        for k in _adjective_roots(variants[0][0], bare=not found):
            hit = False
            for p, kind in gaz.lookup(k):
                if p.feature in AREAL:
                    found.setdefault(p.id, (p, KIND_ALT))
                    hit = True
            if hit:
                break
    if _RU_YE.search(variants[0][0]):
        # Russian romanisations write the iotated vowel after a vowel as "ye" or "e"
        # (Nikolayev/Nikolaev, Sergeyevka/Sergeevka, Alekseyevka): the other spelling's places
        # are candidates too (the gazetteer keeps one spelling of a city's Russian name, and
        # the other may reach only a small namesake).
        for p, kind in gaz.lookup(_RU_YE.sub("e", variants[0][0])):
            found.setdefault(p.id, (p, max(kind, KIND_ALT)))
    if not found and " " in variants[0][0] and _AIRFIELD.search(variants[0][0]):
        # "Abha airport", "Kandahar air base": an airfield the gazetteer lacks by that name is
        # at its town (a few km off), not an airfield elsewhere whose name is spelt alike.
        rest = " ".join(_AIRFIELD.sub(" ", variants[0][0]).replace("international", " ").split())
        if rest:
            for p, kind in gaz.lookup(rest):
                if p.feature.startswith("PPL"):
                    found.setdefault(p.id, (p, kind))
    weak = not found
    if not found and " " in variants[0][0] and all(len(w) >= _SPLIT_MIN for w in variants[0][0].split()):
        # "Balad Ruz" / "Baladruz", "Kafr Nabl" / "Kafrnabl": romanisations join or split the
        # parts of one name (a hyphen and a space fold alike already). A guess all the
        # same (weak): two words joined may spell another place's name. Towns and
        # divisions only, as for a split.
        for p, kind in gaz.lookup(_joined(variants[0][0])):
            if kind != KIND_SKELETON and (p.feature.startswith("PPL") or p.feature in ("ADM1", "ADM2")):
                found.setdefault(p.id, (p, kind))
    if not found and " " not in variants[0][0] and surface[:1].isupper():
        # The other way ("Talafar" for Tall Afar, "Alqaim" for Al Qaim): the name split in two,
        # an Arabic article between or before its parts as well. A guess (weak): a split
        # may find a different name that happens to share the letters.
        for p, kind in _split_lookup(variants[0][0], gaz):
            found.setdefault(p.id, (p, max(kind, KIND_ALT)))
    if not found:
        # Spelling variants (Tadmor/Tadmur, Deir Ezzor): the skeleton finds them, and a string
        # similarity keeps it from merging different names that share consonants.
        for k, _c in variants:
            sk = skeleton(k)
            for p, kind in (gaz.lookup("~" + sk) if sk else ()):
                if _spelt_alike(k, key(p.name)):
                    found.setdefault(p.id, (p, KIND_SKELETON))
            sk_h = skeleton(k + "h") if not found and k[-1:] in ("a", "e") else ""
            if sk_h and sk_h != sk:
                # The Arabic feminine ending is written with and without its h (Hawija,
                # Hawijah; Fallujah, Falluja): a name ending in a vowel also tries the
                # skeleton with it.
                for p, kind in gaz.lookup("~" + sk_h):
                    if _spelt_alike(k, key(p.name)):
                        found.setdefault(p.id, (p, KIND_SKELETON))
            if found:
                break
    cands = list(found.values())
    airfield_words = bool(_AIRFIELD.search(surface))
    city_countries = {(p.country, p.admin1) for p, kind in cands
                      if p.feature.startswith("PPL") and kind != KIND_SKELETON and p.population >= 50_000}
    # A town of the division's own name inside it is, most likely, its seat ("Menaka" in
    # Ménaka region): the bare name is the town, however small.
    # So is a town that bears the division's own name as another spelling of its own
    # ("Tadjourah", the region's name and the town Tadjoura's other spelling); not a town
    # whose longer name merely lists it ("Montana City" is no seat of Montana).
    city_countries |= {(p.country, p.admin1, "seat") for p, kind in cands
                       if p.feature.startswith("PPL") and p.population >= _SEAT_MIN
                       and (kind == KIND_NAME or (kind == KIND_ALT and p.admin1
                                                  and key(p.admin1) == variants[0][0]
                                                  and fuzz.ratio(key(p.name), variants[0][0]) >= _SEAT_SPELLING))}
    # A district and a town of one name in one province ("Lawdar", district and seat): the
    # bare name is the town, as for a province and its seat.
    city_countries |= {(p.country, p.admin1, "town") for p, kind in cands
                       if p.feature.startswith("PPL") and kind == KIND_NAME}
    # A national capital stands for its whole country's divisions of the same name
    # ("Washington" alone is the capital more often than the state).
    city_countries |= {(p.country, "*") for p, kind in cands if p.feature == "PPLC"
                       and kind != KIND_SKELETON and p.population >= 50_000}
    region_only = cue == "region" and len(variants) > 1 and not gaz.lookup(variants[0][0])
    if not countries:
        # Only the whole lookup says whether the name is read by a guess: a lookup narrowed
        # to a container's countries (_with_home) wrote its own answer here, which then held
        # for every later text naming it (the same text read after others read otherwise).
        _WEAK[(id(gaz), surface)] = weak and bool(cands)
    # "Ind.", "Ala.", "Miss.": an abbreviation written in lower case with a period is a US
    # state's (AP style), never a country's three-letter code (IND), which is written in capitals.
    state_abbrev = surface.rstrip().endswith(".") and not surface.isupper() and len(variants[0][0]) <= 5
    several_alts = sum(kind == KIND_ALT for _p, kind in cands) > 1
    own_log = max((math.log10(p.population + 1) for p, kind in cands
                   if kind == KIND_NAME and p.feature.startswith("PPL") and p.population), default=None)
    out = []
    for p, kind in cands:
        if state_abbrev and kind == KIND_ALT and p.feature in ("PCLI", "PCLS"):
            continue
        if region_only and p.feature not in ("PCLI", "ADM1", "CONT", "RGN") and p.population < 50_000:
            continue        # "West Bank" is not a Bank: a stripped direction needs a big place
        sc = _prior(p, kind, cue, airfield_words, city_countries)
        if kind == KIND_ALT and several_alts:
            # A tie-breaker: an alternate name spelled like the place's own (a transliteration,
            # Sloviansk of Slovyansk) over one that is not (a former or stray name: Nikopol
            # also lists "Sloviansk").
            sc += W_ALT_SPELLING * fuzz.ratio(variants[0][0], key(p.name)) / 100.0
        if (own_log is not None and kind == KIND_ALT and p.feature.startswith("PPL")
                and 0.0 < math.log10(p.population + 1) - own_log < _NEAR_OWN_LOG):
            sc += W_ALT_NEAR_OWN
        out.append((p, sc))
    return out, cue


def _code(surface: str) -> str | None:
    """"BC" or "B.C." -> "bc": two or three capitals, bare or each with its period, as state
    and province codes are written; None for anything else ("Bc", "B.C.E.", "BC5")."""
    letters = surface.replace(".", "")
    if not (2 <= len(letters) <= 3 and letters.isalpha() and letters.isupper()):
        return None
    if surface != letters and surface != ".".join(letters) + ".":
        return None
    return letters.lower()


def _adjective_roots(k: str, bare: bool = True) -> list[str]:
    """Names an adjective may come from: Korean -> Korea, Siberian -> Siberia, Iraqi -> Iraq,
    English -> England, Kurdish -> Kurdistan, Serb -> Serbia, Central American -> Central
    America (the last word changes). Only areas are looked up under these keys. `bare`
    also tries a word with no adjective ending as a stem (Serb)."""
    head, _, last = k.rpartition(" ")
    pre = head + " " if head else ""
    out = []
    if last.endswith("ns"):
        last = last[:-1]            # Siberians, Koreans
    if last.endswith("n") and len(last) > 4:
        out.append(pre + last[:-1])
    if last.endswith("i") and len(last) > 4:
        out.append(pre + last[:-1])
    if last.endswith("ish") and len(last) > 5:
        stem = last[:-3]            # English -> England, Kurdish -> Kurdistan
        out += [pre + stem + "land", pre + stem + "and", pre + stem + "istan"]
    if bare and not last.endswith(("n", "i", "ish")) and len(last) > 3:
        out.append(pre + last + "ia")       # Serb -> Serbia, Abkhaz -> Abkhazia
    return out


def _prior(p: Place, kind: int, cue, airfield_words: bool, city_countries) -> float:
    f = p.feature
    if p.population:
        s = math.log10(p.population + 1)
    else:
        # No count: a county or department (Kent, Hampshire) holds a town's worth of people
        # or more (the English counties lost every time to their New England namesakes on
        # population alone); a town is a division's seat (see _LOG_SEAT).
        s = _LOG_UNCOUNTED if f == "ADM2" else _LOG_SEAT
    overlay = p.source.startswith(("overlay", "user overlay"))
    if overlay:
        s = max(s, 5.0) + W_OVERLAY
    if f in ("PCLI", "PCLS", "PCL"):
        s += W_COUNTRY
    elif f == "CONT":
        s += W_CONT
    elif f == "ADM1":
        s += W_ADM1 + (3.0 if cue == "admin" else 0.0)
        # "Homs", "Idlib", "Kharkiv": a province named after its capital means the city
        # unless the wording says province. A big namesake town elsewhere in the country
        # (Wyoming, Michigan) is no capital of the state and takes nothing from it.
        if cue != "admin" and ((p.country, p.admin1) in city_countries
                               or (p.country, p.admin1, "seat") in city_countries):
            s += W_CITY_OVER_PROVINCE
        elif cue != "admin" and (p.country, "*") in city_countries:
            s += W_CAPITALS_DIVISION
        elif cue != "admin" and any(t[0] != p.country for t in city_countries if len(t) == 2):
            s -= 1.0        # a big namesake town abroad (Gaza): the bare name is likelier the town
    elif f == "ADM2":
        s += 1.5 if cue == "county" else (0.5 if cue == "admin" else -1.0)
        if cue not in ("county", "admin") and (p.country, p.admin1, "town") in city_countries:
            s -= 0.5
    elif f == "PPLC":
        s += W_CAPITAL
    elif f in ("AIRB", "AIRP") and not overlay:
        # Named with "airport" or "air base", or by its own name ("Heathrow", "Incirlik"):
        # an airfield; otherwise a town's name that an airfield also bears.
        s = 5.0 if airfield_words else (W_AIRFIELD_OWN if kind == KIND_NAME else 1.0)
    if f.startswith("PPL") and cue == "city":
        s += 1.0
    if kind == KIND_ALT:
        s += W_ALT
    elif kind == KIND_SKELETON:
        s += W_SKELETON
    return s


_QUALIFIER = re.compile(r"^,\s*((?:[A-Z][A-Za-z]*\.?)(?:\s?[A-Z][A-Za-z]*\.?){0,2})")


def qualifier_after(text: str, end: int, gaz=None) -> frozenset[tuple[str, str | None]]:
    """"Dublin, Ohio", "Alexandria, La.", "Homs, Syria": the state or country written after a
    town says which of its namesakes is meant. Returns the (country, admin1) pairs it can be."""
    if text[end:end + 1] != ",":        # most names: nothing written after them to read
        return frozenset()
    m = _QUALIFIER.match(text[end:end + 30])
    if not m:
        return frozenset()
    gaz = gaz or get()
    out = set()
    q = m.group(1)
    found = gaz.lookup(key(q))
    code = _code(q)
    if code:        # "Austin, TX", "Kelowna, BC", "Kelowna, B.C."
        found = gaz.lookup(CODE_PREFIX + code) + found
    for p, _kind in found:
        if p.feature == "ADM1":
            out.add((p.country, p.admin1))
        elif p.feature in ("PCLI", "PCLS"):
            out.add((p.country, None))
    return frozenset(out)


def resolve_mentions(surfaces: list[str], gaz=None, fallback: bool = True,
                     qualifiers: list[frozenset] | None = None,
                     listed: list[tuple[int, ...]] | None = None,
                     containers: list | None = None, prior=None,
                     votes: list[float] | None = None) -> list[dict]:
    """Resolve every mention of one document together. Returns, per mention, a dict with the
    chosen Place (or None), its score (0..1), the cue, and the ranked candidate list.
    With `fallback`, a name the gazetteer lacks is placed at the document's main place;
    `qualifiers` (from qualifier_after) are the states or countries written after mentions;
    `listed` (from listed_with) the mentions each one is listed with; `containers` (from
    containers.container_of) what each mention is said to lie in; `prior` (containers.Prior) the countries the
    text is about (containers.text_countries), a vote for every name's readings there;
    `votes` how much each mention, when sure, tells the others (1.0 unless given less)."""
    gaz = gaz or get()
    keys = [key(s) for s in surfaces]
    looked = [_cached_lookup(s, gaz) for s in surfaces]
    if listed:
        looked = _as_listed(looked, listed)
    if qualifiers:
        quals: dict[str, set] = defaultdict(set)
        for k, q in zip(keys, qualifiers):
            if q:
                quals[k] |= q
        if quals:
            # A mention with a container is read in it (below): its qualifier is the same words.
            looked = [(_qualified(cands, quals[k]), cue)
                      if k in quals and not (containers and containers[i] is not None) else (cands, cue)
                      for i, (k, (cands, cue)) in enumerate(zip(keys, looked))]
    if containers:
        looked = [(_contained(_with_home(surfaces[i], cands, c, gaz), c), cue)
                  if c is not None and cands else (cands, cue)
                  for i, ((cands, cue), c) in enumerate(zip(looked, containers))]
    if containers:
        looked = _containers_read_as_such(surfaces, looked, containers)
    # Mentions read only through a guess (a skeleton or a part of the name) are weak: they
    # must agree with the rest of the document or give way to the document's own place.
    weak = {i for i, s in enumerate(surfaces) if _WEAK.get((id(gaz), s))}
    if fallback:
        for i, (s, lk) in enumerate(zip(surfaces, looked)):
            if not lk[0]:
                cands, cue, strong = _partial_lookup(s, gaz)
                looked[i] = (cands, cue)
                if cands and not strong:
                    weak.add(i)
    # One reading per distinct name (by key, and by wording where the wording adds a cue).
    by_key: dict[str, list] = {}
    cue_of: dict[str, str | None] = {}
    name_key = []
    for i, (s, k, (cands, cue)) in enumerate(zip(surfaces, keys, looked)):
        nk = k if cue is None else f"{k}|{cue}"
        if containers and containers[i] is not None:
            nk += "|in " + containers[i].surface     # read apart from the name said elsewhere
        name_key.append(nk)
        if cands and nk not in by_key:
            by_key[nk] = cands
            cue_of[nk] = cue
    # Priors give provisional beliefs; three rounds of context revise them (a state read in
    # one round can then tell a town which of its namesakes is meant in the next).
    keys_order = list(by_key)
    cand_lists = [by_key[nk] for nk in keys_order]
    weights = None
    if votes and any(v != 1.0 for v in votes):
        most: dict[str, float] = {}
        for nk, v in zip(name_key, votes):
            most[nk] = max(most.get(nk, 0.0), v)
        weights = [most[nk] for nk in keys_order]
    probs = contextualise(cand_lists, rounds=3, prior=prior, weights=weights)
    # Descending and stable, as a key of -score sorts, without a Python call per candidate.
    ranked_by_key = {nk: sorted(zip([p for p, _ in c], pb), key=_SECOND, reverse=True)
                     for nk, c, pb in zip(keys_order, cand_lists, probs)}
    doc_place = None
    if fallback:
        counts: dict = defaultdict(int)
        for i, nk in enumerate(name_key):
            if i not in weak:
                counts[nk] += 1
        doc_place = document_place([(ranked_by_key[nk][0][0], ranked_by_key[nk][0][1], m)
                                    for nk, m in counts.items() if nk in ranked_by_key])
    out = []
    shown: dict = {}        # one candidate list per distinct name, shared by its mentions
    for i, nk in enumerate(name_key):
        ranked = ranked_by_key.get(nk)
        box = containers[i] if containers else None
        if box is not None and (not ranked or not (box.holds(ranked[0][0]) or box.near_miss(ranked[0][0])
                                                   or ranked[0][0].feature in _WIDER)):
            # Nothing of this name lies where the text says it is: the container is the most
            # specific place the text supports ("Busoni (Busoni, Kirundo)": Kirundo province);
            # with none to fall back on (a town it is near), the name is left unplaced.
            seat = _seat_inside(surfaces[i], box, gaz)
            if seat is not None:
                # "Bijapur district in Chhattisgarh": the gazetteer's Bijapur district lies in
                # another state; the town Bijapur inside the named one is the district's seat.
                out.append({"place": seat, "score": 0.5, "cue": "seat", "candidates": []})
            elif box.fallback is not None:
                out.append({"place": box.fallback, "score": 0.5, "cue": "container", "candidates": []})
            else:
                out.append({"place": None, "score": 0.0, "cue": "outside", "candidates": []})
            continue
        if not ranked:
            # A street, a hospital, a river the gazetteer lacks lies, most likely, where the
            # document is: its most-named place, with a low score saying it was inferred.
            if doc_place is not None and len(surfaces[i]) > 3:
                out.append({"place": doc_place, "score": 0.05, "cue": "document", "candidates": []})
            else:
                out.append({"place": None, "score": 0.0, "cue": looked[i][1], "candidates": []})
            continue
        best, prob = ranked[0]
        if i in weak and doc_place is not None and _far(best, doc_place):
            out.append({"place": doc_place, "score": 0.05, "cue": "document", "candidates": []})
            continue
        if box is None and prior is not None and _needs_own_evidence(best, ranked, i in weak):
            home = _home_reading(best, ranked, i, name_key, ranked_by_key, weak, prior, gaz)
            if home is not None:
                out.append(home)
                continue
        if nk not in shown:
            shown[nk] = [(p, round(pb, 3)) for p, pb in ranked[:5]]
        out.append({"place": best, "score": round(prob, 3), "cue": cue_of[nk],
                    "candidates": shown[nk]})
    return out


# A place abroad needs evidence of its own. Where the text says which country it is about
# through a state's forces ("Mozambican forces", "Syrian troops": containers.force_countries,
# with the countries the lexicon says they fight in) and a name's reading lies in a country the
# text gives no sign of at all (containers.text_countries), that reading stands only on the name's size: "Mozambican
# forces retook Palma" names no Spain, and Palma de Mallorca won on its population alone. A
# reading abroad is kept when it has evidence: another name of the text read in its country,
# a container (handled before), or a name so well known that writers give it without its
# country (a national capital, a city of a million; an area: a country or first-level division
# is its own evidence), or a name with readings in one country only (nothing to choose between).
# Otherwise the name's best reading in the text's countries wins, however small; with none, the
# mention is left unplaced, and the event goes to what else the text says (the forces' country,
# precision 6), not to a namesake abroad: a marker in the wrong country is worse than a coarse one.
_OWN_EVIDENCE_POP = 1_000_000
_OWN_AREA = frozenset(("PCLI", "PCLS", "PCL", "PCLD", "PCLF", "CONT", "RGN", "OCN", "SEA", "ADM1", "PPLC"))


def _needs_own_evidence(best: Place, ranked: list, weak: bool) -> bool:
    """Whether the chosen reading stands on its name alone: not an area or a capital, not a
    city of a million, and either a guess (weak) or one of namesakes in several countries."""
    if best.feature in _OWN_AREA or best.population >= _OWN_EVIDENCE_POP or not best.country:
        return False
    return weak or any(p.country != best.country for p, _pb in ranked[1:])


def _home_reading(best: Place, ranked: list, i: int, name_key: list, ranked_by_key: dict,
                  weak: set, prior, gaz) -> dict | None:
    """The reading of mention `i` in the text's own countries when its best reading lies in
    a country the text gives no sign of (see _OWN_EVIDENCE_POP); None to keep the best."""
    forces = prior.forces()
    if not forces:
        return None         # the text names no state's forces: its nationalities may be abroad
    home = prior.get()
    if best.country in home or best.country in forces or not forces & home.keys():
        return None
    nk = name_key[i]
    for j, other in enumerate(name_key):
        if other != nk and j not in weak and other in ranked_by_key \
                and ranked_by_key[other][0][0].country == best.country:
            return None         # another name of the text is read in that country
    at_home = [(p, pb) for p, pb in ranked if p.country in home]
    if at_home:
        p, pb = at_home[0]
        return {"place": p, "score": round(pb, 3), "cue": "home",
                "candidates": [(q, round(b, 3)) for q, b in ranked[:5]]}
    # None in the forces' countries: the name is left unplaced (the event falls back to what
    # else the text says: the forces' country at precision 6), not put at a namesake abroad.
    return {"place": None, "score": 0.0, "cue": "home", "candidates": []}


_GENERIC = frozenset("""university college school academy institute hospital center centre
court street st road rd avenue ave boulevard lane drive highway bridge river creek lake park
station church cathedral hall tower building township county parish district office airport
mall market square plaza stadium arena house club hotel inn village estate library museum
national state city of the and at in on for north south east west new central northern southern
eastern western northeast northwest southeast southwest northeastern northwestern southeastern
southwestern delta middle lakes coast plateau islands capital upper lower elementary high
primary secondary memorial""".split())


_CONTINENTS = frozenset(("europe", "asia", "africa", "oceania", "antarctica", "america",
                         "north america", "south america"))
_JOINING = frozenset("of the and at in on for de la le du del da di".split())


def _far(a: Place, b: Place) -> bool:
    if a.id == b.id:
        return False
    if a.country and b.country and a.country != b.country:
        return True
    return haversine(a.lat, a.lon, b.lat, b.lon) > 300


_LIST_GAP = frozenset((",", "and", "or", ", and", ", or", "&"))


def listed_with(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, ...]]:
    """Per span, the spans it is listed with: "California or Washington", "Guam, Alaska,
    Hawaii and Washington" (neighbours joined by a comma, "and" or "or")."""
    out: list[tuple[int, ...]] = [()] * len(spans)
    order = sorted(range(len(spans)), key=spans.__getitem__)
    for a, b in zip(order, order[1:]):
        gap = text[spans[a][1]:spans[b][0]]
        if len(gap) <= 7 and " ".join(gap.split()) in _LIST_GAP:   # most gaps are prose
            out[a] += (b,)
            out[b] += (a,)
    return out


def _as_listed(looked: list, listed: list[tuple[int, ...]]) -> list:
    """A name listed with states reads as a state too ("California or Washington" is the
    state of Washington): its first-level divisions in a listed state's country gain, as if
    the wording said state. Only where a neighbour's likeliest reading by name is a
    division, so "Aleppo and Idlib" (cities first) stay cities."""
    out = list(looked)
    for i, nbrs in enumerate(listed):
        cands, _cue = looked[i]
        if not nbrs or len(cands) < 2 or any(p.feature in ("PCLI", "PCLS") for p, _sc in cands):
            continue        # a country listed with states ("Texas and Mexico") stays one
        states = set()
        for j in nbrs:
            if looked[j][0]:
                best = max(looked[j][0], key=_SECOND)[0]
                if best.feature == "ADM1":
                    states.add(best.country)
        if states and any(p.feature == "ADM1" and p.country in states for p, _sc in cands):
            out[i] = ([(p, sc + 3.0 if p.feature == "ADM1" and p.country in states else sc)
                       for p, sc in cands], "admin")
    return out


def _names_itself(surface: str, run: str, cands, gaz) -> bool:
    """A country, state or big city named inside an institution's name ("Bank of Japan",
    "Arizona State University", "Delhi High Court") places it there, even far from where the
    rest of the document is. A river, street or park named after a place ("Mississippi
    River", "Hampton Avenue") lies elsewhere, and a town in the middle of a name is more
    likely a namesake than the name's seat. The place must be named, not an adjective of it:
    a "French Quarter" or a "British International School" is not in France or Britain."""
    words = key(surface).split()
    if words[-1] in _NAMED_AFTER or surface.rstrip(". ").split()[-1].lower() in _NAMED_AFTER:
        return False
    best = max(cands, key=_SECOND)[0]
    kinds = [kind for k, _c in _variants(run)[0] for p, kind in gaz.lookup(k) if p.id == best.id]
    if not kinds or (min(kinds) != KIND_NAME and _ADJECTIVAL.search(run)
                     and not _STATE_BODY.intersection(words)):
        return False
    if best.feature in ("PCLI", "PCLS", "ADM1", "CONT"):
        return True
    return best.population >= 100_000 and key(best.name).split()[0] == words[0]


_ADJECTIVAL = re.compile(r"(an|ish|ese|ch|i)$")
# Bodies of a state or a union of states: named with an adjective, they are the area's own
# ("European Commission", "African Union", "Syrian Army"), unlike a school or a quarter.
_STATE_BODY = frozenset("""commission parliament council congress union ministry government army
navy bank court assembly senate agency federation league committee authority""".split())
# Last words of names given after a place to something that is not at it.
_NAMED_AFTER = frozenset("""river delta island islands avenue ave street st road rd drive dr
park hill hills lake creek bay mountain mountains valley colony boulevard blvd lane way square
trail highway canyon beach falls township theatre theater mall""".split())


W_CONTAINED = 4.0      # a reading inside the container the text names: a state written after a town
# Readings no container holds: a country, a continent, a sea ("the African Union in Addis Ababa"
# is a body of Africa meeting there; the words say where it met, not where Africa is).
_WIDER = frozenset(("PCLI", "PCLS", "PCL", "CONT", "RGN", "OCN", "SEA"))


def _with_home(surface: str, cands: list, box, gaz) -> list:
    """The candidates, plus the name's places in the container's countries that the cap on
    candidates left out."""
    have = {p.id for p, _sc in cands}
    ccs = tuple(sorted(box.countries()))
    if not ccs or any(p.country in ccs for p, _sc in cands):
        return cands
    extra = [t for t in lookup(surface, gaz, ccs)[0] if t[0].id not in have]
    return cands + extra


def _containers_read_as_such(surfaces: list[str], looked: list, containers: list) -> list:
    """"Koidu (Kono district, Eastern province)": the names of a container are themselves
    mentions; each is read where it holds the place it follows (Sierra Leone's Eastern
    province, not Uganda's), as the place is read inside it; readings that hold it not lose
    as much. Only the next few mentions."""
    out = list(looked)
    bound: set[int] = set()     # read by the place they hold: not again by their own container
    for i, box in enumerate(containers):
        if box is None or not looked[i][0] or i in bound:
            continue
        names = {key(n) for n in box.surface.split(" / ")}
        best = max(looked[i][0], key=_SECOND)[0]
        # Where the container holds no reading of the place, the place is read as the
        # container itself (resolve_spans, below): its name is then the division the
        # container is, not a town spelt like it ("Kani township (Sagaing)").
        whole = box.fallback if box.fallback is not None and not any(
            box.holds(p) or box.near_miss(p) for p, _sc in looked[i][0]) else None
        # The holder is named after the place ("X (Y)", "X, Y province") or, as a town's
        # possessive, just before it ("Monrovia's Paynesville": Monrovia is read as the town
        # that holds the quarter, not by the quarter's namesakes abroad).
        # Only a town holder reads the name before the place so ("Taiz (Al Qahirah, Taiz)": the
        # town before a district is not the province the district's bracket names).
        before = [i - 1] if i and whole is not None and whole.feature.startswith("PPL") else []
        for j in [*range(i + 1, min(i + 4, len(surfaces))), *before]:
            cands, cue = out[j]
            if j not in bound and cands and any(k in names for k, _c in _variants(surfaces[j])[0]):
                bound.add(j)
                if whole is not None:
                    out[j] = ([(p, sc + (W_CONTAINED if p.id == whole.id else 0.0)) for p, sc in cands], cue)
                    continue
                out[j] = ([(p, sc + (W_CONTAINED if _holds_place(p, best) else -W_CONTAINED))
                           for p, sc in cands], cue)
    return out


_DISTRICT_WORD = re.compile(r"^(.+?)\s+(?:district|county|municipality|department|prefecture|raion|rayon|"
                            r"cercle|woreda|territory|tehsil|taluka|taluk|upazila|sub-district|subdistrict)$", re.I)


def _seat_inside(surface: str, box, gaz) -> Place | None:
    """For "X district" whose readings all lie outside the container the text names, a town
    X inside it (districts are named for their seats), the most populous; else None."""
    m = _DISTRICT_WORD.match(surface.strip())
    if not m:
        return None
    towns = [p for p, _sc in _cached_lookup(m.group(1), gaz)[0] if p.feature.startswith("PPL") and box.holds(p)]
    return max(towns, key=lambda p: p.population) if towns else None


def _holds_place(area: Place, p: Place) -> bool:
    """Whether `area` (a country, a province, a district or a town standing for one) is where
    p lies, by the codes: the same country, and for a division or a town, the same province."""
    if area.country is None or area.country != p.country or area.id == p.id:
        return False
    return area.feature in ("PCLI", "PCLS") or (area.admin1 is not None and area.admin1 == p.admin1)


def _contained(cands, box) -> list:
    """Readings inside the container the text names gain; those outside lose as much, so only
    overwhelming evidence keeps one (the container itself is neither)."""
    out = []
    for p, sc in cands:
        if p.feature not in _WIDER and p.id != (box.fallback.id if box.fallback is not None else None):
            sc += W_CONTAINED if box.holds(p) else (0.0 if box.near_miss(p) else -W_CONTAINED)
        out.append((p, sc))
    return out


def _qualified(cands, qual: set) -> list:
    """Candidates inside the written state or country gain: towns in the state, and towns and
    divisions in the country ("Ghor province, Afghanistan"); never a country itself."""
    out = []
    for p, sc in cands:
        if p.feature not in ("PCLI", "PCLS") and ((p.country, None) in qual or (
                p.feature != "ADM1" and (p.country, p.admin1) in qual)):
            sc += 4.0
        out.append((p, sc))
    return out


def _partial_lookup(surface: str, gaz) -> tuple[list[tuple[Place, float]], str | None, bool]:
    """For a name the gazetteer lacks ("Colorado State University", "Pecos River"), the
    longest run of its words that names a place, with a penalty for the guess, the cue, and
    whether the run names where the whole stands (see _names_itself). A run that does is
    preferred to a longer or earlier one that does not: in "Bank of Japan" it is Japan,
    not a village called Bank."""
    words = key(surface).split()
    if len(words) < 2:
        return [], None, False
    first = None
    ctx = gaz.context_keys()
    # Place names inside longer names are short and do not begin or end with a joining word
    # ("New Orleans" in "New Orleans Railways and Light Company"): longer runs and runs like
    # "and light" are not worth a lookup each. Under four letters only an abbreviation
    # written in capitals is read ("US" in "US Federal Reserve"). Once a run has been found,
    # only a run that can name a country, a division or a big town is looked up after it.
    for n in range(min(len(words) - 1, 4), 0, -1):
        for i in range(len(words) - n + 1):
            run = words[i:i + n]
            text = " ".join(run)
            short = len(text) < 4
            if (run[0] in _JOINING or run[-1] in _JOINING or all(w in _GENERIC for w in run)
                    or (short and text.upper() not in surface.split())):
                continue
            if first is not None and not short and not any(
                    k in ctx or k in _CONTINENTS for k, _c in _variants(text)[0]):
                continue
            cands, cue = _cached_lookup(text, gaz)
            cands = [(p, sc - 1.0) for p, sc in cands]
            if not cands:
                continue
            if _names_itself(surface, text, cands, gaz):
                return cands, cue, True
            first = first or (cands, cue, False)
    return first or ([], None, False)


_SECOND = itemgetter(1)
_WEAK: dict[tuple[int, str], bool] = {}
_LOOKUP_CACHE: dict[tuple[int, str], tuple] = {}


def _cached_lookup(surface: str, gaz) -> tuple[list[tuple[Place, float]], str | None]:
    k = (id(gaz), surface)
    hit = _LOOKUP_CACHE.get(k)
    if hit is None:
        if len(_LOOKUP_CACHE) > 100_000:
            _LOOKUP_CACHE.clear()
            _WEAK.clear()
        # Candidates ranked by prior and capped: the long tail of 40 Springfields never wins.
        cands, cue = lookup(surface, gaz)
        cands = sorted(cands, key=_SECOND, reverse=True)[:15]
        hit = _LOOKUP_CACHE[k] = (cands, cue)
    return hit


def place_dict(start: int, end: int, name: str, res: dict, memo: dict | None = None) -> dict:
    """A PLACE dict as the contract spells it, plus admin1, source and candidates. With
    `memo` (one dict per document), mentions sharing a candidate list share its dicts."""
    p = res["place"]
    if p is None:
        return {"start": start, "end": end, "name": name, "lat": None, "lon": None,
                "geonames_id": None, "country": None, "feature": None, "score": 0.0,
                "admin1": None, "candidates": []}
    lat, lon = _rounded(p)
    return {"start": start, "end": end, "name": name, "lat": lat, "lon": lon,
            "geonames_id": p.geonames_id, "country": p.country, "feature": p.feature,
            "score": res["score"], "admin1": p.admin1, "resolved_name": p.name,
            "source": p.source, "candidates": _candidate_dicts(res["candidates"], memo),
            **({"container": True} if res.get("cue") == "container" else {})}


def _candidate_dicts(cands: list, memo: dict | None) -> list[dict]:
    done = memo.get(id(cands)) if memo is not None else None
    if done is None:
        done = []
        for c, pb in cands:
            lat, lon = _rounded(c)
            done.append({"name": c.name, "lat": lat, "lon": lon, "country": c.country,
                         "admin1": c.admin1, "feature": c.feature, "geonames_id": c.geonames_id,
                         "score": pb})
        if memo is not None:
            memo[id(cands)] = done
    return list(done)


# A place's coordinates as PLACE dicts show them. Rounding is the dearest part of writing a
# dict (round(x, 5) takes a few hundred ns) and the same places are shown document after
# document. Keyed by place id and checked against the place itself (another gazetteer may
# give the id to another place); emptied when large. It keeps tuples of a place and two
# numbers, which the garbage collector stops tracking: keeping whole candidate dicts here
# instead made it run a full collection over the heap during a corpus.
_ROUNDED: dict[int, tuple[Place, float, float]] = {}
_ROUNDED_MAX = 50_000


def _rounded(p: Place) -> tuple[float, float]:
    hit = _ROUNDED.get(p.id)
    if hit is not None and (hit[0] is p or hit[0] == p):
        return hit[1], hit[2]
    if len(_ROUNDED) >= _ROUNDED_MAX:
        _ROUNDED.clear()
    lat, lon = round(p.lat, 5), round(p.lon, 5)
    _ROUNDED[p.id] = (p, lat, lon)
    return lat, lon
