"""Build training/places/events.jsonl: one- and two-sentence conflict event descriptions in our
own words, each with the place the event happened at, looked up in the gazetteer's own data.

    PYTHONPATH=src .venv/bin/python training/places/build.py

Deterministic: the same gazetteer gives the same file. Two parts:
  - templates.py's sentence shapes filled with towns picked from the gazetteer (cities500 rows
    of each country, chosen by a hash of the name, half of them names that a place abroad
    also bears) and their provinces as journalists spell them (slots.py);
  - hand.tsv: sentences written one by one, each with the gazetteer name of its place.
Each line: id, text, gold {name, geonameid, lat, lon, country, admin1, feature}, genre,
shape, split ("train" or "validation", by country).
"""
from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import sys
import unicodedata
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from slots import ADMIN1_SPELLING, COUNTRIES, VALIDATION  # noqa: E402
from templates import PROVINCE_ONLY, TOWN, TOWN_NEAR  # noqa: E402

from livedesk.geo import gazetteer  # noqa: E402
from livedesk.geo.normalise import key  # noqa: E402

TOWNS_PER_COUNTRY = 16
AMBIGUOUS_SHARE = 0.5
PROVINCES_PER_COUNTRY = 3


def _h(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()


def _plain(name: str) -> str:
    """A GeoNames name as English text writes it: no diacritics or ayn/hamza marks."""
    s = unicodedata.normalize("NFKD", name.replace("ı", "i").replace("ʿ", ""))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    for ch in "‘’ʻʼ`'":
        s = s.replace(ch, "")
    return " ".join(s.split())


def _bearing_word(lat1, lon1, lat2, lon2) -> str:
    """Compass word for the direction from point 2 to point 1 (X lies <word> of Y)."""
    dy = lat1 - lat2
    dx = (lon1 - lon2) * math.cos(math.radians(lat2))
    ang = (math.degrees(math.atan2(dx, dy)) + 360) % 360
    words = ["north", "northeast", "east", "southeast", "south", "southwest", "west", "northwest"]
    return words[int((ang + 22.5) // 45) % 8]


def _gold(row) -> dict:
    pid, name, lat, lon, cc, a1, feature, pop, gid, src = row
    return {"name": name, "geonameid": gid, "place_id": pid, "lat": lat, "lon": lon,
            "country": cc, "admin1": a1, "feature": feature, "source": src}


def _towns(con, cc: str, gz) -> list:
    rows = con.execute(
        "SELECT id, name, lat, lon, cc, admin1, feature, pop, gid, src FROM places WHERE cc = ? AND"
        " feature IN ('PPL', 'PPLC') AND pop >= 1000 AND admin1 IS NOT NULL AND src LIKE 'geonames%'",
        (cc,)).fetchall()
    amb, plain = [], []
    seen = set()
    for r in sorted(rows, key=lambda r: _h(r[1])):
        written = _plain(r[1])
        k = key(written)
        if (not written or k in seen or any(ch.isdigit() for ch in written) or len(written) < 4
                or "(" in written or "/" in written):
            continue
        # Only towns this name leads to inside the country, as a writer would mean it: the
        # most populous of its namesakes at home (a writer naming a small namesake says more).
        home = [p for p, kind in gz.lookup(k) if p.country == cc and p.feature.startswith("PPL")]
        if not home or max(home, key=lambda p: p.population).id != r[0]:
            continue
        seen.add(k)
        abroad = any(p.country != cc for p, kind in gz.lookup(k))
        (amb if abroad else plain).append(r)
    n_amb = int(TOWNS_PER_COUNTRY * AMBIGUOUS_SHARE)
    picked = amb[:n_amb] + plain[:TOWNS_PER_COUNTRY - min(n_amb, len(amb))]
    return picked[:TOWNS_PER_COUNTRY]


def _admin1_rows(con, cc: str) -> dict:
    """Provinces by name; a name two provinces share (Maputo city and Maputo province) is left
    out: the text could not tell which is meant."""
    rows = con.execute("SELECT id, name, lat, lon, cc, admin1, feature, pop, gid, src FROM places"
                       " WHERE cc = ? AND feature = 'ADM1'", (cc,)).fetchall()
    names = [r[5] for r in rows]
    return {r[5]: r for r in rows if names.count(r[5]) == 1}


def _big_near(con, cc: str, town) -> tuple | None:
    """The nearest town of 50,000 or more in the same country, 10 to 80 km away."""
    rows = con.execute(
        "SELECT id, name, lat, lon, cc, admin1, feature, pop, gid, src FROM places WHERE cc = ? AND"
        " feature IN ('PPL', 'PPLC') AND pop >= 50000 AND src LIKE 'geonames%'", (cc,)).fetchall()
    best = None
    for r in rows:
        d = gazetteer.haversine(town[2], town[3], r[2], r[3])
        if 10 <= d <= 80 and (best is None or d < best[0]):
            best = (d, r)
    return best


def _gold_place(gz, name: str, cc: str, feature: str, own_name_first: bool = False,
                admin1: str | None = None):
    """The gazetteer row a line names: by key, in that country, of that feature (any town
    kind for PPL), in `admin1` if given; the most populous, or with `own_name_first` one by
    its own name first."""
    found = gz.lookup(key(name))
    cands = [(p, k) for p, k in found if p.country == cc
             and (p.feature == feature or (feature == "PPL" and p.feature.startswith("PPL")))
             and (admin1 is None or p.admin1 == admin1)]
    if not cands:
        return None
    return max(cands, key=lambda t: ((own_name_first and t[1] == gazetteer.KIND_NAME), t[0].population))[0]


def _hand(con, gz, tsv: str = "hand.tsv") -> list[dict]:
    out, missing = [], []
    for i, line in enumerate((HERE / tsv).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, place, shape = line.split("\t")
        name, cc, feature = place.split("|")
        p = _gold_place(gz, name, cc, feature)
        if p is None:
            missing.append(f"{tsv}:{i}: no {feature} {name!r} in {cc} in the gazetteer")
            continue
        out.append({"text": text, "gold": _gold(tuple(p)), "genre": "hand", "shape": shape,
                    "country": cc})
    for m in missing:
        print(m, file=sys.stderr)
    return out


def build_hard() -> list[dict]:
    """The harder validation set (hard.tsv): every line written by hand, all validation."""
    gz = gazetteer.get()
    con = sqlite3.connect(f"file:{gz.path}?mode=ro", uri=True)
    items = _hand(con, gz, "hard.tsv")
    for i, it in enumerate(items):
        it["id"] = f"hard-{i:04d}"
        it["split"] = "hard"
    return items


def build_coder() -> list[dict]:
    """Coder-style one-liners (coder.tsv filled into coder.py's shapes): a date, an actor, the
    place with its containers. The shape, actor and date are picked by a hash of the line, so
    the file is the same for the same gazetteer. Split by country (coder.VALIDATION)."""
    import coder
    gz = gazetteer.get()
    out, missing = [], []
    lines = (HERE / "coder.tsv").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        kind, cc, place, a2, a2word, a1, gold = line.split("\t")
        name, gcc, feature = gold.split("|")
        # The place by its own name first (Birnin Gwari, not Sofo-Birnin-Gwari, which lists
        # it as another name), then the most populous.
        g = _gold_place(gz, name, gcc, feature, own_name_first=True)
        if g is None:
            missing.append(f"coder.tsv:{i}: no {feature} {name!r} in {gcc} in the gazetteer")
            continue
        h = int(_h(line)[:12], 16)
        shapes = coder.SHAPES[kind]
        if kind in ("town", "village") and key(place) == key(a2):
            # "Ariha (Ariha, Idleb)": a district named after its seat is written so by coders.
            shapes = [s for s in shapes if "{A2} {W}" not in s] or shapes
        shape = shapes[h % len(shapes)]
        actor, did, tail = coder.ACTS[(h // 7) % len(coder.ACTS)]
        demonym = COUNTRIES.get(cc, (None, None))[1]
        if "{D}" in actor and not demonym:
            actor = actor.replace("{D} ", "")
        actor = actor.replace("{D}", demonym or "")
        date = f"{1 + (h // 131) % 28} {coder.MONTHS[(h // 17) % 12]}"
        text = shape.format(date=date, actor=actor, Actor=actor[:1].upper() + actor[1:], did=did,
                            P=place, A2=a2, W=a2word, A1=a1, V=coder.ADMIN1_WORD.get(cc, "province"), tail=tail)
        out.append({"text": text, "gold": _gold(tuple(g)), "genre": "coder", "shape": f"coder-{kind}",
                    "country": cc, "kind": kind,
                    "split": "coder-validation" if cc in coder.VALIDATION else "coder-train"})
    for m in missing:
        print(m, file=sys.stderr)
    for i, it in enumerate(out):
        it["id"] = f"coder-{i:04d}"
    return out


# The fresh set's validation countries: their lines are never read for a rule.
FRESH_VALIDATION = frozenset("SN TG ER ZW JO KG NP ID EC SV BO MD LY PE LR MG CL".split())


def build_fresh() -> list[dict]:
    """The fresh set (fresh.tsv): lines written one by one, gold looked up in the gazetteer
    (name|country|feature, optionally |admin1 where namesakes share a country). Split by
    country (FRESH_VALIDATION)."""
    return _build_lines("fresh", FRESH_VALIDATION)


# The prior set's validation countries: their lines are never read for a rule.
PRIOR_VALIDATION = frozenset("SO MZ CM PH NE SS BI HT CL LY".split())


def build_prior() -> list[dict]:
    """The prior set (prior.tsv): places whose country the text gives only through its actors,
    a people's name before a noun, a province's press spelling, or a possessive / "of northern
    X" holder; built like the fresh set, split by country (PRIOR_VALIDATION)."""
    return _build_lines("prior", PRIOR_VALIDATION)


# The blind set's validation countries: their lines are never read for a rule.
BLIND_VALIDATION = frozenset("LB TN SS CF NE AM BD VE KE ET MX GE TH BI GH".split())


def build_blind() -> list[dict]:
    """The blind set (blind.tsv, session 8): second- and third-level divisions, "near X",
    "between X and Y", transliteration variants, namesakes of bigger foreign places, camps,
    checkpoints, quarters, rivers, valleys and crossings; measured before any change of that
    session. Built like the fresh set, split by country (BLIND_VALIDATION)."""
    return _build_lines("blind", BLIND_VALIDATION)


# The second blind set's validation countries (session 9): never read for a rule.
BLIND2_VALIDATION = frozenset("CM TD MZ HT PH BJ TG IN RU KE IR EG TR AM GE BI".split())


def build_blind2() -> list[dict]:
    """The second blind set (blind2.tsv, session 9): datelines, headlines, "the border town of
    X", "X, the capital of Y", possessive quarters, outskirts, roads, coasts, terrain,
    facilities, militant claims, an unknown village "K km from Y"; measured once before any
    change of that session. Built like the fresh set, split by country (BLIND2_VALIDATION)."""
    return _build_lines("blind2", BLIND2_VALIDATION)


# The third blind set's validation part (never read for errors): countries, not lines.
BLIND3_VALIDATION = frozenset("SY HT PH SO CM RU KE NE EC IL XK BJ SV BO IR GE TJ GH GY LK".split())


def build_blind3() -> list[dict]:
    """The third blind set (blind3.tsv, session 10): shapes that stress the wrong country -
    town names shared across countries, an armed group or a people's adjective as the only
    country evidence (often the attacker's), "(Town, Province)" coder brackets, quarters of
    capitals, border towns "across the border from" a neighbour, provinces alone, other
    spellings. Measured once before any change of that session; split by country."""
    return _build_lines("blind3", BLIND3_VALIDATION)


# The fourth blind set's validation part (session 10b, never read for errors): countries.
BLIND4_VALIDATION = frozenset("LB SO TH CO HT PH GE NP ZW BO".split())


def build_blind4() -> list[dict]:
    """The fourth blind set (blind4.tsv, session 10b): old or colonial names, a nationality
    before a weapon noun aimed at another country, "X-based" adjectives, hashtag lines, lines
    opening with a quotation, towns named after mines or camps. Measured once before any
    change of that session; split by country."""
    return _build_lines("blind4", BLIND4_VALIDATION)


# The fifth blind set's validation part (session 11, never read for errors): countries.
BLIND5_VALIDATION = frozenset("ET CM BF CO PK PH LY TD CF VE GT JM SN TJ AM MZ KE NE RW ZW SL LR TT KZ".split())


def build_blind5() -> list[dict]:
    """The fifth blind set (blind5.tsv, session 11): "(X, Province)" coder brackets, villages
    near or K km from a named town, namesakes of bigger foreign places, former names, provinces
    alone, quarters, foreign forces' nationalities, currencies and "X-based" references.
    Measured once before any change of that session; split by country."""
    return _build_lines("blind5", BLIND5_VALIDATION)


# The sixth blind set's validation part (geo3, session 11, never read for errors): countries.
BLIND6_VALIDATION = frozenset("EC BO GT NI SV TH ID IR RU SY CM CF KE ET TD DZ TN GE AM KG TJ UZ LK NP PA".split())


def build_blind6() -> list[dict]:
    """The sixth blind set (blind6.tsv, geo3): coder notes whose bracket or comma names the
    town's container ("X (X, Province)", "X (Province)", "X township (Region)"), namesakes of
    bigger foreign towns, containers named like a country or a foreign province. Measured once
    before any change of geo3; split by country."""
    return _build_lines("blind6", BLIND6_VALIDATION)


# The seventh blind set's validation part (geo, session 12, never read for errors): countries,
# chosen before the set was measured.
BLIND7_VALIDATION = frozenset("LY VE IN SS NE MZ YE CO GH TR TZ KG TJ EC HN SL MG AO NI PG KW OM VN UZ DO FI ES CA".split())


def build_blind7() -> list[dict]:
    """The seventh blind set (blind7.tsv, session 12): towns the gazetteer lacks with their
    region, namesakes across countries, a foreign force's nationality before the actor,
    cross-border cues, organisations and currencies beside the place, quarters of capitals,
    admin2/admin3 names, other spellings. Measured once before any change; split by country."""
    return _build_lines("blind7", BLIND7_VALIDATION)


# The eighth blind set's validation part (geo, session 12 round 3, never read for errors):
# countries, chosen when the set was written.
BLIND8_VALIDATION = frozenset("CD MX HN SV GT NI BR DO IN TH KH MY LK NP SN GH TG GN LR CG DJ SZ KZ UZ BA RS XK MD AZ AM".split())


def build_blind8() -> list[dict]:
    """The eighth blind set (blind8.tsv, session 12 round 3): blind7's shapes and many lines
    led by a people's adjective or a state's forces whose town shares its name with a larger
    place abroad. Not measured by its writer; split by country."""
    return _build_lines("blind8", BLIND8_VALIDATION)


def crc_validation(cc: str) -> bool:
    """Session 13's split, fixed before any line was written: a country is validation when the
    crc32 of its ISO code is 0 mod 4."""
    return zlib.crc32(cc.encode()) % 4 == 0


def build_blind9() -> list[dict]:
    """The ninth blind set (blind9.tsv, session 13): containers ("X, Y province", "X (X, Y)",
    "the X district of Y", "X, north of Y"), districts and sub-districts, Cyrillic
    transliterations. Measured once before any change; split by crc_validation."""
    return _build_lines("blind9", None)


def build_blind10() -> list[dict]:
    """The tenth blind set (blind10.tsv, session 13): the final batch, not run by its writer;
    split by crc_validation."""
    return _build_lines("blind10", None)


def _build_lines(name: str, validation: frozenset | None) -> list[dict]:
    """A hand-written set `name`.tsv: text, gold (name|country|feature[|admin1]), shape."""
    gz = gazetteer.get()
    out, missing = [], []
    for i, line in enumerate((HERE / f"{name}.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        text, place, shape = line.split("\t")
        gname, cc, feature, *a1 = place.split("|")
        p = _gold_place(gz, gname, cc, feature, own_name_first=True, admin1=a1[0] if a1 else None)
        if p is None:
            missing.append(f"{name}.tsv:{i}: no {feature} {gname!r} in {cc} in the gazetteer")
            continue
        out.append({"text": text, "gold": _gold(tuple(p)), "genre": "hand", "shape": shape,
                    "country": cc, "id": f"{name}-{len(out):04d}",
                    "split": f"{name}-validation" if (crc_validation(cc) if validation is None else cc in validation)
                    else f"{name}-train"})
    for m in missing:
        print(m, file=sys.stderr)
    return out


def build() -> list[dict]:
    gz = gazetteer.get()
    con = sqlite3.connect(f"file:{gz.path}?mode=ro", uri=True)
    items = []
    for cc, (country, demonym) in COUNTRIES.items():
        a1rows = _admin1_rows(con, cc)
        spell = ADMIN1_SPELLING.get(cc, {})
        towns = _towns(con, cc, gz)
        for n, t in enumerate(towns):
            a1 = spell.get(t[5], t[5])
            if a1 is None or "(" in a1:
                continue            # a division with no name journalists write
            slots = {"T": _plain(t[1]), "A": a1, "C": country, "D": demonym,
                     "N": str(2 + int(_h(t[1])[:2], 16) % 19)}
            pool = TOWN
            near = _big_near(con, cc, t)
            if near and n % 3 == 0:
                d, big = near
                slots.update(B=_plain(big[1]), K=str(int(round(d / 5.0)) * 5 or 5),
                             W=_bearing_word(t[2], t[3], big[2], big[3]))
                pool = TOWN_NEAR
            genre, shape, tpl = pool[int(_h(cc + t[1])[:6], 16) % len(pool)]
            items.append({"text": tpl.format(**slots), "gold": _gold(t), "genre": genre,
                          "shape": shape, "country": cc})
        provinces = [(a1, row) for a1, row in a1rows.items()
                     if spell.get(a1, a1) is not None and "(" not in spell.get(a1, a1)]
        for a1, row in sorted(provinces, key=lambda t: _h(cc + t[0]))[:PROVINCES_PER_COUNTRY]:
            written = spell.get(a1, a1)
            genre, shape, tpl = PROVINCE_ONLY[int(_h(a1)[:6], 16) % len(PROVINCE_ONLY)]
            items.append({"text": tpl.format(A=written, C=country, D=demonym), "gold": _gold(row),
                          "genre": genre, "shape": shape, "country": cc})
    items += _hand(con, gz)
    for i, it in enumerate(items):
        it["id"] = f"pl-{i:04d}"
        it["split"] = "validation" if it["country"] in VALIDATION else "train"
    return items


def _write(name: str, items: list[dict], validation: str | None) -> None:
    out = HERE / name
    with open(out, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False, sort_keys=True) + "\n")
    tail = (f"validation {sum(it['split'] == validation for it in items)}" if validation
            else "(validation only)")
    print(f"{out}: {len(items)} events, {len({it['country'] for it in items})} countries, {tail}")


def main() -> None:
    if sys.argv[1:] == ["blind7"]:        # one set only: the others stay as built
        _write("blind7.jsonl", build_blind7(), "blind7-validation")
        return
    if sys.argv[1:] == ["blind8"]:
        _write("blind8.jsonl", build_blind8(), "blind8-validation")
        return
    if sys.argv[1:] == ["blind9"]:
        _write("blind9.jsonl", build_blind9(), "blind9-validation")
        return
    if sys.argv[1:] == ["blind10"]:
        _write("blind10.jsonl", build_blind10(), "blind10-validation")
        return
    _write("events.jsonl", build(), "validation")
    _write("hard.jsonl", build_hard(), None)
    _write("fresh.jsonl", build_fresh(), "fresh-validation")
    _write("coder.jsonl", build_coder(), "coder-validation")
    _write("prior.jsonl", build_prior(), "prior-validation")
    _write("blind.jsonl", build_blind(), "blind-validation")
    _write("blind2.jsonl", build_blind2(), "blind2-validation")
    _write("blind3.jsonl", build_blind3(), "blind3-validation")
    _write("blind4.jsonl", build_blind4(), "blind4-validation")
    _write("blind5.jsonl", build_blind5(), "blind5-validation")
    _write("blind6.jsonl", build_blind6(), "blind6-validation")
    _write("blind7.jsonl", build_blind7(), "blind7-validation")
    _write("blind8.jsonl", build_blind8(), "blind8-validation")
    _write("blind9.jsonl", build_blind9(), "blind9-validation")
    if (HERE / "blind10.tsv").exists():
        _write("blind10.jsonl", build_blind10(), "blind10-validation")


if __name__ == "__main__":
    main()
