"""Name keys: how a place name is folded before it is looked up.

Transliterated Arabic, Russian and Ukrainian names reach the news in many spellings
(Deir ez-Zor, Deir al-Zour, Dayr az Zawr, Deir Ezzor). Two keys absorb most of that:
`key` folds case, diacritics, punctuation and the Arabic article; `skeleton` goes further
(consonants only, doubled letters merged) and is used only as a fallback, with a penalty,
because it also merges names that are really different.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# The Arabic article as English-language news writes it, sun-letter assimilations included.
_ARTICLE = r"(?:al|el|ad|ed|adh|as|es|ash|esh|at|et|ath|ar|er|az|ez|an|en|ul)"
_LEAD_ARTICLE = re.compile(rf"^{_ARTICLE}[-\s']+(?=\w)")
_INNER_ARTICLE = re.compile(rf"(?<=\w)[-\s']+{_ARTICLE}[-\s']+(?=\w)")
_LEAD_THE = re.compile(r"^the\s+")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb\u02be\u02bf\u00b4`'\u2032ʿʾ]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Letters with no decomposition that NFKD leaves alone.
_FOLD = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d",
                       "þ": "th", "ł": "l", "ı": "i", "ħ": "h", "ŧ": "t"})


_ABBREV = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "point"}


def fold(name: str) -> str:
    """Lower case ASCII: diacritics dropped, apostrophes and periods removed (U.S. -> us)."""
    s = name.lower()
    if s.isascii():          # most names in English text: no decomposition to undo
        return s.replace("'", "").replace("`", "").replace(".", "")
    s = unicodedata.normalize("NFKD", s.translate(_FOLD))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = _APOSTROPHES.sub("", s).replace(".", "")
    return s


@lru_cache(maxsize=200_000)
def key(name: str) -> str:
    """The lookup key: folded, the Arabic article and 'the' dropped, punctuation to spaces."""
    s = fold(name).strip()
    if s.isascii() and s.isalpha() and s.islower():
        # One word of plain letters (most names): no article, space or punctuation to fold.
        return _ABBREV.get(s, s)
    s = _LEAD_THE.sub("", s)
    s = _INNER_ARTICLE.sub(" ", s)
    s = _LEAD_ARTICLE.sub("", s)
    s = _NON_WORD.sub(" ", s).strip()
    # Abbreviated generics: St. Petersburg / Saint Petersburg, Mt. Pleasant / Mount Pleasant.
    if any(w in _ABBREV for w in s.split()):
        s = " ".join(_ABBREV.get(w, w) for w in s.split())
    return s


_SKEL_SUBS = [("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "c"),
              ("q", "k"), ("ph", "f"), ("j", "g"), ("z", "z")]


_DOUBLED = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aeiouyw]")


@lru_cache(maxsize=100_000)
def skeleton(name: str) -> str:
    """Consonant skeleton of the key: Tadmur/Tadmor -> tdmr, Deir ez-Zor/Dayr az Zawr -> dr zr."""
    out = []
    for word in key(name).split():
        w = word
        for a, b in _SKEL_SUBS:
            w = w.replace(a, b)
        w = _DOUBLED.sub(r"\1", w)
        head, rest = w[0], _VOWELS.sub("", w[1:])
        w = head + rest
        if head in "aeiouyw" and len(w) >= 3:
            w = w[1:]          # Ezzor/Zor, Idlib/Edlib: a leading vowel is not reliable
        out.append(w)
    s = " ".join(out)
    # Short skeletons merge too much (Bab, Us): the caller skips empty ones.
    return s if len(s.replace(" ", "")) >= 3 else ""


# How romanisations of one Arabic, Persian or Pashto name part beyond their consonants:
# diphthongs (Sheikh/Shaykh, Zuweid/Zuwayd, Beit/Bayt), long vowels (Hareeb/Harib, Zouk/Zuk,
# Hiiraan/Hiran), and the feminine ending with or without h (-ah/-a, -eh/-e).
_TRANSLIT = [(re.compile(r"ei|ey|ai|ay"), "ay"), (re.compile(r"ee|ii|ie"), "i"),
             (re.compile(r"ou|oo|uu"), "u"), (re.compile(r"aa"), "a"),
             (re.compile(r"(?<=\w)(?:ah|eh|e)\b"), "a")]


@lru_cache(maxsize=100_000)
def translit(k: str) -> str:
    """A key with those variations folded: compared, never looked up (skeleton finds)."""
    for rx, to in _TRANSLIT:
        k = rx.sub(to, k)
    return k


def is_ascii_name(name: str) -> bool:
    """Whether the folded name is written in Latin letters (other scripts are not indexed)."""
    k = key(name)
    return bool(k) and any(c.isalpha() for c in k)
