"""The words of a sentence as features: lower-cased word tokens and adjacent pairs of them.

Digits are folded to one shape ("12" and "340" are both "0") so that figures do not split the
vocabulary. Tokens are Unicode word runs, so Arabic or Cyrillic text tokenises as well as
English. A feature vector is binary and scaled to unit length (a long sentence does not
outvote a short one by its length alone).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

import numpy as np

# English function words: never a trigger on their own (see model.Head.trigger).
FUNCTION_WORDS = frozenset("""a an the of in on at by to for from with without into onto over under after before
since during while as and or but nor than then that this these those it its he she they them their his her
we our you your i was were is are be been being has have had do does did not no so if when where which who
whom whose what there here near about against between among through across around up down out off also
said says say told according 0""".split())
_WORD = re.compile(r"\w+", re.UNICODE)
_DIGITS = re.compile(r"\d+")


def tokens(text: str) -> list[tuple[str, int, int]]:
    """(normalised token, start, end) for each word of `text`."""
    return [(_DIGITS.sub("0", m.group(0).lower()), m.start(), m.end()) for m in _WORD.finditer(text)]


def grams(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Unigrams and bigrams with the character span each covers."""
    out = list(toks)
    out += [(f"{a[0]} {b[0]}", a[1], b[2]) for a, b in zip(toks, toks[1:])]
    return out


def build_vocabulary(texts: Iterable[str], min_count: int = 2) -> list[str]:
    """Features seen in at least `min_count` training texts, sorted (a deterministic order)."""
    df: Counter[str] = Counter()
    for t in texts:
        df.update({g for g, _, _ in grams(tokens(t))})
    return sorted(g for g, n in df.items() if n >= min_count)


def indices(text: str, index: dict[str, int]) -> list[int]:
    """The vocabulary columns a text switches on (each once)."""
    return sorted({index[g] for g, _, _ in grams(tokens(text)) if g in index})


def matrix(texts: list[str], index: dict[str, int]):
    """A CSR matrix (texts x vocabulary) of unit-length binary rows, for training."""
    from scipy.sparse import csr_matrix

    rows, cols, vals = [], [], []
    for i, t in enumerate(texts):
        idx = indices(t, index)
        if idx:
            w = 1.0 / np.sqrt(len(idx))
            rows += [i] * len(idx)
            cols += idx
            vals += [w] * len(idx)
    return csr_matrix((np.array(vals, dtype=np.float64), (rows, cols)), shape=(len(texts), len(index)))
