"""The actors and weapons lexicons (JSON files users extend), loaded once.

They live in livedesk/lexicons/ so that adding an alias needs no code change; this module only
indexes them for lookup by lower-cased alias.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"
KNOWN_NAMES = Path(__file__).with_name("known_names.json")


@dataclass(frozen=True)
class Actor:
    name: str
    type: str
    country: str | None = None
    generic: bool = False
    aliases: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Weapon:
    name: str
    cls: str
    suggests: str | None
    aliases: tuple[str, ...] = field(default_factory=tuple)


def _load(name: str) -> dict:
    path = LEXICON_DIR / name
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:          # a broken lexicon must say which file
        raise RuntimeError(f"{path}: cannot read lexicon: {exc}") from exc


@lru_cache(maxsize=1)
def actors() -> tuple[Actor, ...]:
    return tuple(Actor(a["name"], a["type"], a.get("country"), bool(a.get("generic")),
                       tuple(a.get("aliases", ())) + (a["name"],))
                 for a in _load("actors.json")["actors"])


@lru_cache(maxsize=1)
def weapons() -> tuple[Weapon, ...]:
    return tuple(Weapon(w["name"], w.get("class", ""), w.get("suggests"),
                        tuple(w.get("aliases", ())) + (w["name"],))
                 for w in _load("weapons.json")["weapons"])


@lru_cache(maxsize=1)
def known_names() -> dict[str, list[str]]:
    data = json.loads(KNOWN_NAMES.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


@lru_cache(maxsize=1)
def actor_index() -> dict[str, Actor]:
    """Lower-cased alias -> actor. Specific actors win over generic ones on a shared alias."""
    idx: dict[str, Actor] = {}
    for a in sorted(actors(), key=lambda a: not a.generic):   # generic first, specific overwrite
        for al in a.aliases:
            idx[al.lower()] = a
    return idx


@lru_cache(maxsize=1)
def weapon_index() -> dict[str, Weapon]:
    return {al.lower(): w for w in weapons() for al in w.aliases}


_BY_NAME: tuple[tuple[Actor, ...], dict[str, Actor]] = ((), {})


def actor_by_name(name: str) -> Actor | None:
    """The first actor of the lexicon with this name. A dict built once per loaded lexicon: the
    reading asks this hundreds of times a report (speed, issue 14); it is rebuilt when actors()
    gives a new tuple (its cache cleared)."""
    global _BY_NAME
    acts = actors()
    if _BY_NAME[0] is not acts:
        index: dict[str, Actor] = {}
        for a in acts:
            index.setdefault(a.name, a)
        _BY_NAME = (acts, index)
    return _BY_NAME[1].get(name)


_PERIOD = re.compile(r" \((?:\d{4})-(?:\d{4})?\)$")


def side_key(name: str | None) -> str | None:
    """An actor's name without its term of office: 'Military Forces of Syria (2000-)' -> 'Military
    Forces of Syria', the spelling the sources lexicon aligns claimants with."""
    return _PERIOD.sub("", name) if name else name
