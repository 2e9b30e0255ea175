"""Any name the lexicons know, turned into the names the store holds, for the desk's filters
and source pages: actor=ISIS finds "Islamic State", place=Tadmur finds events written
"Palmyra", source=SOHR finds reports and claims under every name the Observatory goes by.

The store keeps what was read (canonical actors, a place's name as the report or the gazetteer
gave it, outlets and claimants as written), so a filter is widened here to every name of the
one thing the user meant, and the store matches any of them.
"""
from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from functools import lru_cache
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "lexicons"
PLACE_NAMES_MAX = 60      # names of one place passed to the store (GeoNames lists many spellings)


def fold(text: str) -> str:
    """Case, accents, punctuation and a leading article folded away: 'the Islamic State' ->
    'islamic state', 'Ḩamāh' -> 'hamah'."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"[’']s\b", "", text)
    text = re.sub(r"[^0-9a-z]+", " ", text).strip()
    return re.sub(r"^(the|a|an) ", "", text)


# -- actors -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _actor_index() -> dict[str, str]:
    from livedesk.read import lexicon
    idx: dict[str, str] = {}
    for a in lexicon.actors():
        if a.generic:           # "the army" names a different actor in every country
            continue
        for al in a.aliases:
            idx.setdefault(fold(al), a.name)
    idx.pop("", None)
    return idx


def actor_names(query: str) -> list[str]:
    """What an actor filter matches: the text as typed and, when it is a name or alias the
    actors lexicon lists, that actor's canonical name."""
    canon = _actor_index().get(fold(query))
    return list(dict.fromkeys(n for n in (query.strip(), canon) if n))


# -- sources ----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _sources_json() -> dict[str, dict]:
    """fold(any name) -> {name, kind, alignment, aliases} from lexicons/sources.json."""
    data = json.loads((LEXICONS / "sources.json").read_text(encoding="utf-8"))
    idx: dict[str, dict] = {}
    for s in data["sources"]:
        names = list(dict.fromkeys([s["name"], *s.get("aliases", [])]))
        entry = {"name": s["name"], "kind": s.get("kind"), "alignment": s.get("alignment"),
                 "aliases": names}
        for n in names:
            idx.setdefault(fold(n), entry)
    idx.pop("", None)
    return idx


def source_identity(name: str) -> dict:
    """One source whatever name is used: {"name": canonical, "kind", "alignment", "aliases":
    every name it goes by, the canonical first}. Delegates to livedesk.sources (the desk's
    source identity) when it is there; an unlisted name is a source of its own."""
    name = (name or "").strip()
    try:
        from livedesk.sources import identity       # source identity, kept by fusion
    except ImportError:
        identity = None
    if identity is not None:
        ident = dict(identity(name))
    else:
        hit = _sources_json().get(fold(name))
        ident = dict(hit) if hit else {"name": name, "kind": None, "alignment": None,
                                       "aliases": [name]}
    # The name as written is matched too (an outlet stored under a spelling the lexicon lacks).
    ident["aliases"] = list(dict.fromkeys([ident["name"], *ident["aliases"], name]))
    return ident


def source_names(query: str) -> list[str]:
    return source_identity(query)["aliases"]


# -- places -----------------------------------------------------------------------------------
def place_names(query: str) -> list[str]:
    """What a place filter matches: the text as typed and every name the gazetteer gives the
    place it most likely denotes (the most populous of that name, and others of the same
    spelling): Tadmur -> Palmyra, Tadmor, Palmyre, ... Names are folded keys; the store
    compares them without case."""
    query = query.strip()
    names = [query]
    if len(fold(query)) < 3:        # a country code ("SY") or a fragment: as typed
        return names
    try:
        from livedesk.geo import gazetteer
        gaz = gazetteer.get()
        cands = [p for p, kind in gaz.candidates(query) if kind in (0, 1)]
    except Exception:       # no gazetteer built: the typed text alone still filters
        return names
    if not cands:
        return names
    top = cands[0]
    same = [p for p in cands if p.name == top.name][:3]
    names += [p.name for p in same]
    names += _keys_of(str(gaz.path), tuple(p.id for p in same if p.id >= 0))
    return list(dict.fromkeys(n for n in names if n))[:PLACE_NAMES_MAX]


@lru_cache(maxsize=4096)
def _keys_of(path: str, pids: tuple[int, ...]) -> list[str]:
    if not pids:
        return []
    con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        marks = ",".join("?" * len(pids))
        rows = con.execute(f"SELECT DISTINCT key FROM names WHERE kind IN (0, 1) AND pid IN ({marks})"
                           " ORDER BY kind, key", pids).fetchall()
    finally:
        con.close()
    # Skeleton keys ("~plmr") and one-letter codes are index devices, not names.
    return [r[0] for r in rows if not r[0].startswith(("~", "=")) and len(r[0]) > 2]
