"""The trained head, loaded once from model/ (written by train.py), and its probabilities.

Files: meta.json (labels, calibration, threshold, what it was trained on), vocab.txt (one word
feature a line), w_emb.npy / w_bow.npy / bias.npy (the logistic-regression weights). Plain .npy
and text, no pickles: loading runs no code from the files, and equal weights give equal bytes.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from livedesk.read.typing_model import LABELS, encoder, features

MODEL_DIR = Path(__file__).resolve().parent / "model"
FILES = ("meta.json", "vocab.txt", "w_emb.npy", "w_bow.npy", "bias.npy")


class ModelMissing(RuntimeError):
    """The model files are absent or unreadable: the message says how to rebuild them."""


@dataclass
class Head:
    labels: tuple[str, ...]
    w_emb: np.ndarray            # (labels, 512): the embedding part of the weights
    w_bow: np.ndarray            # (labels, vocabulary): the word-feature part
    bias: np.ndarray             # (labels,)
    vocab: list[str]
    temperature: float = 1.0     # logits are divided by it (fitted on held-out predictions)
    threshold: float = 0.5       # P(some event) at or above which a sentence reports one
    meta: dict = field(default_factory=dict)

    def __post_init__(self):
        self.index = {g: i for i, g in enumerate(self.vocab)}
        self._col = {lab: i for i, lab in enumerate(self.labels)}

    def col(self, label: str) -> int:
        return self._col[label]

    def logits(self, texts: list[str], emb: np.ndarray | None = None) -> np.ndarray:
        emb = encoder.encode(texts) if emb is None else emb
        out = emb.astype(np.float64) @ self.w_emb.T.astype(np.float64) + self.bias
        for i, t in enumerate(texts):
            idx = features.indices(t, self.index)
            if idx:
                out[i] += self.w_bow[:, idx].sum(axis=1) / np.sqrt(len(idx))
        return out

    def proba(self, texts: list[str], emb: np.ndarray | None = None) -> np.ndarray:
        """(len(texts), len(labels)) calibrated probabilities, rows summing to 1."""
        return softmax(self.logits(texts, emb) / self.temperature)

    def trigger(self, text: str, label: str) -> tuple[int, int]:
        """The span of the word (or word pair) that speaks most for `label`: where the event is
        told, for the stages that look for its actors and dates nearby. (0, 0) when none does."""
        row = self.w_bow[self.col(label)]
        best, span = 0.0, (0, 0)
        for g, s, e in features.grams(features.tokens(text)):
            j = self.index.get(g)
            # A function word can carry weight ("after" in "... after troops fled") but tells
            # nothing of where the event is told: a trigger holds at least one content word.
            if j is not None and row[j] > best and not all(w in features.FUNCTION_WORDS for w in g.split()):
                best, span = row[j], (s, e)
        return span


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def save(head: Head, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "w_emb.npy", head.w_emb.astype(np.float32))
    np.save(out / "w_bow.npy", head.w_bow.astype(np.float32))
    np.save(out / "bias.npy", head.bias.astype(np.float32))
    (out / "vocab.txt").write_text("".join(g + "\n" for g in head.vocab), encoding="utf-8")
    meta = dict(head.meta, labels=list(head.labels), temperature=head.temperature, threshold=head.threshold)
    (out / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def read(path: Path) -> Head:
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        vocab = (path / "vocab.txt").read_text(encoding="utf-8").splitlines()
        arrays = {n: np.load(path / f"{n}.npy", allow_pickle=False) for n in ("w_emb", "w_bow", "bias")}
    except (OSError, ValueError) as exc:
        raise ModelMissing(f"event typing model in {path} cannot be read ({exc}); "
                           f"rebuild it with `livedesk train events`") from exc
    labels = tuple(meta.get("labels", ()))
    if labels != LABELS or arrays["w_bow"].shape != (len(labels), len(vocab)):
        raise ModelMissing(f"event typing model in {path} does not fit this version of livedesk; "
                           f"rebuild it with `livedesk train events`")
    return Head(labels, arrays["w_emb"], arrays["w_bow"], arrays["bias"].astype(np.float64), vocab,
                float(meta["temperature"]), float(meta["threshold"]), meta)


@lru_cache(maxsize=4)
def load(path: str | None = None) -> Head:
    """The shipped head (or the one in `path`), read once per process."""
    return read(Path(path) if path else MODEL_DIR)
