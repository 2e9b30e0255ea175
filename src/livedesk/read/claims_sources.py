"""The sources lexicon (lexicons/sources.json) and how a claimant's words become a known source.

A claimant is written many ways ("the Observatory", "SOHR", "a representative of the Russian
Hmeemeem Air Base"); this module folds them to one canonical source with its kind and alignment.
Armed groups and state forces that speak in their own name come from actors.json, so the two
lexicons never disagree about a side's name. Names nobody listed are classified by their head
noun ("officials", "witnesses", "state television"), which is what generalises to new reports.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[1] / "lexicons" / "sources.json"

# Kinds whose statements speak for their side: two of them are one origin, not two.
MOUTHPIECES = frozenset({"official", "state media", "militant media", "armed group"})


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    alignment: str | None = None


def fold(text: str) -> str:
    """Case, hyphens, apostrophes, 'the' and parenthetical notes folded away, for alias lookup."""
    text = re.sub(r"\([^)]*\)", " ", text or "")
    text = text.lower().replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^0-9a-z]+", " ", text)
    text = re.sub(r"^(the|a|an) ", "", text.strip())
    return text.strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, Source]:
    try:
        data = json.loads(LEXICON.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:          # a broken lexicon must say which file
        raise RuntimeError(f"{LEXICON}: cannot read lexicon: {exc}") from exc
    idx: dict[str, Source] = {}
    try:                                          # armed groups speak for themselves
        from livedesk.read import lexicon as actors_lexicon
        for a in actors_lexicon.actors():
            if a.generic:
                continue
            kind = "official" if a.type in ("state forces", "foreign forces", "police") else "armed group"
            src = Source(a.name, kind, a.name)
            for al in a.aliases:
                if len(fold(al)) > 2 or al.isupper():
                    idx.setdefault(fold(al), src)
    except (ImportError, RuntimeError):
        pass
    # sources.json wins over actors.json: "Syrian army" said something = the Syrian government said it.
    for s in data["sources"]:
        src = Source(s["name"], s["kind"], s.get("alignment"))
        for al in [s["name"], *s.get("aliases", [])]:
            idx[fold(al)] = src
    idx.pop("", None)
    return idx


@lru_cache(maxsize=1)
def _caps_only() -> frozenset[str]:
    """Short all-capital aliases ("IS", "AP", "UN") match only when written in capitals."""
    keys = set()
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    names = [al for s in data["sources"] for al in [s["name"], *s.get("aliases", [])]]
    try:
        from livedesk.read import lexicon as actors_lexicon
        names += [al for a in actors_lexicon.actors() for al in a.aliases]
    except (ImportError, RuntimeError):
        pass
    for al in names:
        if al.isupper() and len(al) <= 3:
            keys.add(fold(al))
    return frozenset(keys)


def exact(name: str) -> Source | None:
    """The source a name denotes when the whole name is a listed name or alias."""
    key = fold(name)
    hit = _index().get(key)
    if hit is not None and key in _caps_only() and key.upper() not in (name or ""):
        return None
    return hit


@lru_cache(maxsize=65536)        # names repeat across thousands of mentions
def lookup(name: str) -> Source | None:
    """The source a whole name denotes, or the longest listed name inside it."""
    key = fold(name)
    idx, caps = _index(), _caps_only()
    if key in idx and (key not in caps or key.upper() in (name or "")):
        return idx[key]
    # "pro-Kremlin channel", "Iran-backed militia", "Britain-based monitor": a patron or a
    # home named in a modifier is not the speaker
    name = _PATRON.sub(" ", name or "")
    key = fold(name)
    upper = set(re.findall(r"\b[A-Z]{2,3}\b", name or ""))
    words = key.split()
    for n in range(min(len(words), 7), 0, -1):
        for i in range(len(words) - n + 1):
            k = " ".join(words[i:i + n])
            hit = idx.get(k)
            if hit and (k not in caps or k.upper() in upper):
                return hit
    return None


_PATRON = re.compile(r"\b(?:pro|anti)-[\w’'-]+|\b[\w’']+-(?:backed|affiliated|linked|aligned|allied|"
                     r"led|run|controlled|funded|based|sponsored|owned|leaning)\b", re.I)


def patron(name: str) -> Source | None:
    """The side a claimant leans to by its own description ("pro-Kremlin", "ISIS-affiliated")."""
    for m in _PATRON.finditer(name or ""):
        word = re.sub(r"^(?:pro|anti)-|-[a-z]+$", "", m.group(0), flags=re.I)
        if m.group(0).lower().startswith("anti-") or m.group(0).lower().endswith("-based"):
            continue
        hit = lookup(word)
        if hit and hit.alignment:
            return hit
    return None


# Head nouns of claimants nobody listed, and the kind they make.
_OFFICIAL = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "minister", "ministry",
             "government", "governor", "commander", "army", "military", "authorities", "authority",
             "representative", "president", "general", "colonel", "mayor", "ambassador", "embassy",
             "police", "command", "statement", "prosecutor", "office", "council"}
_WITNESS = {"witness", "witnesses", "eyewitness", "eyewitnesses", "resident", "residents", "villager",
            "villagers", "activist", "activists", "local", "locals", "doctor", "doctors", "medic",
            "medics", "rescuer", "rescuers", "fighter", "fighters", "survivor", "survivors", "nurse",
            "journalist", "journalists", "reporter", "reporters", "correspondent", "correspondents"}
_UNNAMED = {"source", "sources", "report", "reports", "someone", "some", "people", "observers",
            "analysts", "it", "they", "he", "she", "insider", "insiders", "rumours", "rumors"}
_MEDIA = {"press", "media", "newspaper", "newspapers", "television", "tv", "outlet", "radio",
          "channel", "agency", "broadcaster", "daily", "website", "magazine"}


def classify(name: str, country_side: str | None = None) -> Source:
    """Kind and alignment of a claimant: from the lexicon when listed, else from its words."""
    hit = lookup(name)
    words = set(fold(name).split())
    if hit:
        # "a representative of X" speaks for X: an official of that side
        if hit.kind != "official" and words & (_OFFICIAL - {"statement", "office"}) and hit.kind in MOUTHPIECES:
            return Source(hit.name, "official", hit.alignment)
        return hit
    leans = patron(name)
    if leans is not None:
        if words & _MEDIA:
            kind = "militant media" if leans.kind == "armed group" else "newspaper/broadcaster"
            return Source(name, kind, leans.alignment)
        if words & _OFFICIAL or leans.kind == "armed group":
            return Source(name, "armed group" if leans.kind == "armed group" else "official", leans.alignment)
        return Source(name, "unknown", leans.alignment)
    if "state" in words and words & _MEDIA:
        return Source(name, "state media", country_side)
    if country_side and len(words) <= 2 and all(w in _demonyms() for w in words):
        return Source(name, "official", country_side)      # "Ukraine says": its government
    if words & _OFFICIAL:
        return Source(name, "official", country_side)
    if words & _MEDIA:
        return Source(name, "newspaper/broadcaster", None)
    if words & _WITNESS:
        return Source(name, "local witness", None)
    if not words or words & _UNNAMED:
        return Source(name, "unnamed", None)
    return Source(name, "unknown", None)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """'syrian' / 'syria' -> 'Military Forces of Syria': the side an unlisted official belongs to."""
    out: dict[str, str] = {}
    try:
        from livedesk.read import lexicon as actors_lexicon
    except ImportError:
        return out
    skip = {"the", "pro", "government", "regime", "national", "armed", "military", "state",
            "republican", "special", "security", "counter", "joint", "islamic", "revolutionary",
            "general", "popular", "air", "army", "forces", "troops"}
    for a in actors_lexicon.actors():
        if a.type not in ("state forces", "foreign forces") or a.generic:
            continue
        if a.name.startswith("Military Forces of"):
            country = fold(a.name.removeprefix("Military Forces of"))
            out[country] = a.name
        for al in a.aliases:
            words = fold(al.replace(".", "")).split()
            if words and words[0] not in skip and al[:1].isupper():
                out.setdefault(words[0], a.name)
    return out


def side_of(words: str) -> str | None:
    """The state side a phrase names by country or demonym ("Syrian officials" -> Syria's side)."""
    dem = _demonyms()
    for w in fold((words or "").replace(".", "")).split():
        if w in dem:
            return dem[w]
    return None


def is_vague(src: Source) -> bool:
    """Speakers too vague to count as an origin of their own ("multiple sources", "a fighter")."""
    return src.kind in ("unnamed", "local witness", "unknown") and lookup(src.name) is None


@lru_cache(maxsize=65536)
def origin_key(name: str, kind: str | None, alignment: str | None) -> str:
    """The identity corroboration counts: a side's mouthpieces share one; anyone else is itself."""
    if kind in MOUTHPIECES and alignment:
        return "side:" + alignment
    hit = lookup(name)
    return "src:" + (hit.name if hit else fold(name))


def same_source(a: str, b: str) -> bool:
    """Whether two written names denote one source ("The Observatory" / "SOHR" / "Syrian
    Observatory for Human Rights (monitor)"): by the lexicon, else by close spelling."""
    ha, hb = lookup(a), lookup(b)
    if ha and hb:
        return ha.name == hb.name
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return fa == fb
    from rapidfuzz import fuzz
    return fa == fb or fuzz.token_set_ratio(fa, fb) >= 90
