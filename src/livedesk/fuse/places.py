"""Places as fusion compares them: folded names, the division a name says it is, the proper names in
a text, distances."""
from __future__ import annotations

import math
import re
from functools import lru_cache


@lru_cache(maxsize=131072)          # a million mentions name a few thousand places
def fold_place(name: str | None) -> str:
    name = (name or "").lower()
    name = re.sub(r"\b(al|el|ad|as|ar|ash|the)[-\s]", "", name)
    return re.sub(r"[^a-z0-9]+", "", name)


# Words a place's name carries that say where it lies from a place, not another place: "near
# Palmyra", "20 km east of Palmyra", "the outskirts of Rafah", "the town of Avdiivka". Reports of one
# event name its place in these ways; compared, they are one name.
_AROUND = re.compile(r"^(?:(?:about|some|around|roughly)\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)\s+)?"
                     r"(?:(?:to\s+the\s+)?(?:north|south|east|west)(?:ern)?(?:[- ]?(?:north|south|east|west)(?:ern)?)?\s+of|"
                     r"near|nearby|outside|around|close\s+to|on\s+the\s+(?:outskirts|edge|edges)\s+of|"
                     r"(?:the\s+)?(?:outskirts|edge)\s+of|"
                     r"(?:the\s+)?(?:town|village|city|district|camp|port|suburb)\s+of)\s+(?:the\s+)?", re.I)


@lru_cache(maxsize=131072)
def place_core(name: str | None) -> str:
    """'near Palmyra', '20 km east of Palmyra', 'the town of Avdiivka' -> 'palmyra' / 'avdiivka':
    the named place itself, folded."""
    name = (name or "").strip()
    rest = _AROUND.sub("", name, count=1)
    if rest != name:        # "near Kunduz city" is near Kunduz ("Kuwait City" alone is not Kuwait)
        rest = re.sub(r"\s+(?:city|town)$", "", rest, flags=re.I)
    return fold_place(rest or name)


# A place named as a division is that division whatever point it was resolved to ("Deir ez-Zor
# province" placed at the city is still the whole province): first-level words, then second-level.
_ADMIN1_WORD = re.compile(r"\b(?:province|governorate|oblast|prefecture|state|muhafazah)\b", re.I)
_ADMIN2_WORD = re.compile(r"\b(?:district|raion|county|subdistrict|nahiya)\b", re.I)


def where_precision(loc) -> int:
    """The Location's where precision (UCDP), raised to the division its name says it is."""
    if loc is None:
        return 6
    name = loc.name or ""
    if _ADMIN1_WORD.search(name):
        return max(loc.precision, 4)
    if _ADMIN2_WORD.search(name):
        return max(loc.precision, 3)
    return loc.precision


@lru_cache(maxsize=131072)
def division_core(name: str) -> str:
    """'Idlib province', 'the province of Idlib' -> 'idlib': the division's own name, folded."""
    name = re.sub(r"\bof\b", " ", _ADMIN2_WORD.sub(" ", _ADMIN1_WORD.sub(" ", name)), flags=re.I)
    return fold_place(name)


_ARTICLE = r"(?:\b(?:al|el|ad|as|ar|ash)[-\s])?"
_NAME = re.compile(_ARTICLE + r"[A-Z][\w'’-]*(?:\s+" + _ARTICLE + r"[A-Z][\w'’-]*){0,2}")


def names_in(text: str) -> frozenset[str]:
    """Proper names of up to three words in a text ('Azaz', 'Maarat al-Numan', 'Deir ez-Zor'),
    folded as places are, with their first words: where a vague mention's text names a town."""
    out = set()
    for m in _NAME.finditer(text):
        words = m.group(0).split()
        for k in range(1, len(words) + 1):
            f = fold_place(" ".join(words[:k]))
            if len(f) >= 4:
                out.add(f)
    return frozenset(out)


def km(a, b) -> float | None:
    """Great-circle distance between two things with .lat and .lon (features or locations)."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return None
    dp, dl = math.radians(b.lat - a.lat), math.radians(b.lon - a.lon)
    if abs(dp) < 0.05 and abs(dl) < 0.05:
        # within ~300 km the flat-earth distance is within 0.1% of the great circle, at a
        # fraction of the cost (matching asks for millions of these)
        return 6371.0 * math.hypot(dp, dl * math.cos(math.radians((a.lat + b.lat) / 2)))
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))
